package org.paniercommun.basket;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.basket.BasketSetupService.SchemeView;
import org.paniercommun.basket.BasketSetupService.ShareView;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.distribution.DistributionMessages;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.mail.MailBodies;
import org.paniercommun.mail.Outbox;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/**
 * Turns subscriptions into deliveries: each basket due (see {@link BasketCalendar}) becomes a row with its
 * value and shares frozen, the producer learns the counts per relay structure, volunteers tick the pickup list.
 *
 * <p>Funders' envelopes: planning baskets that would take a funder past its monthly envelope is refused with a
 * 409 that says what remains, unless the coordinator confirms the overspending explicitly
 * ({@code overrideBudget}); such baskets are marked and the override is in the audit trail. Nothing is ever
 * overspent silently.
 */
@ApplicationScoped
class DeliveryService {


    @Inject
    EntityManager em;

    @Inject
    BasketSetupService setup;

    @Inject
    Outbox outbox;

    @Inject
    BasketMessages messages;

    @Inject
    AuditLog audit;

    public record PlanCommand(LocalDate from, LocalDate to, boolean overrideBudget) {
    }

    public record PlannedDate(LocalDate date, String dateLabel, int baskets) {
    }

    /** A funder's envelope for one month: already planned, what this plan adds, and what would remain. */
    public record BudgetCheck(long funderId, String funder, String month, String monthLabel, Long budgetCents, long alreadyCents,
            long plannedCents, Long remainingCents, boolean overspent) {
    }

    public record Plan(long offerId, String offer, LocalDate from, LocalDate to, List<PlannedDate> dates,
            int newBaskets, List<BudgetCheck> budgets, boolean overspends, boolean done) {
    }

    public record RelayCount(long relayPointId, String relayPoint, int baskets, int collected, int missed) {
    }

    public record DeliveryView(long id, long offerId, String offer, String size, long producerId, String producer,
            LocalDate date, String dateLabel, String pickupTime, String content, String recipe, Instant notifiedAt,
            List<RelayCount> relays, int total) {
    }

    public record ContentCommand(String content, String recipe) {
    }

    public record PickupRow(long handoutId, long householdId, String household, String size, long householdShareCents,
            String status, String statusLabel, long paidCents, String paymentMethod, String missedRule,
            String missedRuleLabel, String note, long version) {
    }

    public record PickupList(long deliveryId, String offer, String size, LocalDate date, String dateLabel,
            String pickupTime, long relayPointId, String relayPoint, String address, String defaultMissedRule,
            List<PickupRow> rows, long totalToCollectCents) {
    }

    public record PickupCommand(BasketHandout.Status status, Long paidCents, PaymentMethod paymentMethod,
            MissedRule missedRule, String note, Long version) {
    }

    /** A basket to plan: one subscription on one date. */
    private record Due(Subscription subscription, LocalDate date, List<Long> parts, SchemeView scheme) {
    }

    @CheckedTemplate(basePath = "BasketMail")
    static class Templates {
        static native TemplateInstance basketCounts(DeliveryView delivery);
    }

    // ---- planning ----

    /** What planning {@code [from, to]} would add, and each funder's envelope month by month. Changes nothing. */
    @Transactional
    public Plan preview(long offerId, LocalDate from, LocalDate to) {
        return plan(offerId, from, to, false, false);
    }

    /**
     * Materialises the baskets due between {@code from} and {@code to}: one delivery per date, one basket per
     * subscription, its value and shares frozen. Planning twice adds only what is missing.
     *
     * @throws ConflictException (409) when a funder's monthly envelope would be overspent without {@code overrideBudget}
     */
    @Transactional
    public Plan generate(long offerId, PlanCommand command) {
        if (command == null) {
            throw new InvalidInputException("from", BasketTexts.get().error_plan_period_required());
        }
        return plan(offerId, command.from(), command.to(), command.overrideBudget(), true);
    }

    private Plan plan(long offerId, LocalDate from, LocalDate to, boolean override, boolean write) {
        if (from == null || to == null) {
            throw new InvalidInputException("from", BasketTexts.get().error_plan_bounds_required());
        }
        if (to.isBefore(from) || to.isAfter(from.plusMonths(6))) {
            throw new InvalidInputException("to", BasketTexts.get().error_plan_period_invalid());
        }
        BasketOffer offer = setup.requireOffer(offerId);
        if (write) {
            // One planning at a time per offer: two coordinators cannot both pass the envelope check.
            em.createNativeQuery("select id from basket_offers where id = :o for update").setParameter("o", offerId)
                    .getResultList();
        }
        Set<LocalDate> closures = new HashSet<>(setup.closures(offerId).stream()
                .map(BasketSetupService.ClosureView::closedOn).toList());
        List<Subscription> subscriptions = Subscription.list("offerId = ?1 and startOn <= ?2 and endOn >= ?3 "
                + "order by id", offerId, to, from);
        Set<String> existing = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select h.subscription_id, d.delivery_date from basket_handouts h "
                + "join basket_deliveries d on d.id = h.delivery_id where d.offer_id = :o and d.delivery_date between "
                + ":f and :t").setParameter("o", offerId).setParameter("f", from).setParameter("t", to).getResultList();
        rows.forEach(r -> existing.add(((Number) r[0]).longValue() + "@" + BasketSetupService.toDate(r[1])));

        Map<Long, SchemeView> schemes = new LinkedHashMap<>();
        List<Due> due = new ArrayList<>();
        for (Subscription s : subscriptions) {
            List<BasketCalendar.Pause> pauses = SubscriptionPause.<SubscriptionPause>list("subscriptionId", s.id)
                    .stream().map(p -> new BasketCalendar.Pause(p.fromOn, p.toOn)).toList();
            SchemeView scheme = schemes.computeIfAbsent(s.schemeId, setup::scheme);
            for (LocalDate date : BasketCalendar.deliveriesBetween(s.startOn, s.lastDay(), offer.frequency,
                    offer.pickupDay, pauses, closures, from, to)) {
                if (!existing.contains(s.id + "@" + date)) {
                    due.add(new Due(s, date, setup.split(scheme, offer.valueCents), scheme));
                }
            }
        }
        Map<LocalDate, Integer> perDate = new TreeMap<>();
        due.forEach(d -> perDate.merge(d.date(), 1, Integer::sum));
        List<BudgetCheck> budgets = budgets(due, write);
        boolean overspends = budgets.stream().anyMatch(BudgetCheck::overspent);
        List<PlannedDate> dates = perDate.entrySet().stream()
                .map(e -> new PlannedDate(e.getKey(), org.paniercommun.kernel.Dates.day(e.getKey()), e.getValue())).toList();
        if (!write) {
            return new Plan(offerId, offer.name, from, to, dates, due.size(), budgets, overspends, false);
        }
        if (overspends && !override) {
            List<String> over = budgets.stream().filter(BudgetCheck::overspent).map(b -> BasketTexts.get()
                    .error_budget_overspent_funder(b.funder(), b.monthLabel(),
                            Money.format(b.remainingCents()), Money.format(b.budgetCents()),
                            Money.format(b.plannedCents()))).toList();
            throw new ConflictException(BasketTexts.get().error_budget_overspent(String.join(" ; ", over)));
        }
        Map<LocalDate, Long> deliveries = new LinkedHashMap<>();
        for (Due d : due) {
            long deliveryId = deliveries.computeIfAbsent(d.date(), date -> deliveryRow(offer, date));
            BasketHandout h = new BasketHandout();
            h.deliveryId = deliveryId;
            h.subscriptionId = d.subscription().id;
            h.relayPointId = d.subscription().relayPointId;
            h.valueCents = offer.valueCents;
            h.budgetOverride = overspends;
            long household = 0;
            List<ShareView> shares = d.scheme().shares();
            List<Object[]> funderParts = new ArrayList<>();
            for (int i = 0; i < shares.size(); i++) {
                if (shares.get(i).funderId() == null) {
                    household = d.parts().get(i);
                } else {
                    funderParts.add(new Object[] { shares.get(i).funderId(), d.parts().get(i) });
                }
            }
            h.householdShareCents = household;
            h.persist();
            for (Object[] part : funderParts) {
                em.createNativeQuery("insert into basket_handout_shares (handout_id, funder_id, amount_cents) "
                        + "values (:h, :f, :a)").setParameter("h", h.id).setParameter("f", part[0])
                        .setParameter("a", part[1]).executeUpdate();
            }
        }
        if (overspends) {
            audit.record("BASKET_BUDGET_OVERRIDE", "offre de panier " + offerId, "dépassement confirmé : "
                    + String.join(" ; ", budgets.stream().filter(BudgetCheck::overspent).map(b -> b.funder() + " "
                            + b.monthLabel() + " " + Money.format(b.alreadyCents() + b.plannedCents()) + " pour "
                            + Money.format(b.budgetCents())).toList()));
        }
        audit.record("BASKET_PLANNED", "offre de panier " + offerId, due.size() + " panier(s) du " + org.paniercommun.kernel.Dates.day(from) + " au " + org.paniercommun.kernel.Dates.day(to));
        return new Plan(offerId, offer.name, from, to, dates, due.size(), budgets, overspends, true);
    }

    private long deliveryRow(BasketOffer offer, LocalDate date) {
        long offerId = offer.id;
        em.createNativeQuery("insert into basket_deliveries (id, offer_id, producer_id, offer_name, offer_size, "
                + "pickup_time, delivery_date) values (nextval('basket_deliveries_seq'), :o, :p, :n, :s, :t, :d) "
                + "on conflict (offer_id, delivery_date) do nothing")
                .setParameter("o", offerId).setParameter("p", offer.producerId).setParameter("n", offer.name)
                .setParameter("s", offer.size.name()).setParameter("t", offer.pickupTime).setParameter("d", date)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select id from basket_deliveries where offer_id = :o and delivery_date = :d")
                .setParameter("o", offerId).setParameter("d", date).getSingleResult()).longValue();
    }

    /** Per funder with a share in the plan and per month: envelope, already planned (all offers), this plan. */
    private List<BudgetCheck> budgets(List<Due> due, boolean lock) {
        Map<String, long[]> planned = new TreeMap<>();
        Map<Long, Funder> funders = new LinkedHashMap<>();
        for (Due d : due) {
            List<ShareView> shares = d.scheme().shares();
            for (int i = 0; i < shares.size(); i++) {
                Long funderId = shares.get(i).funderId();
                if (funderId != null) {
                    funders.computeIfAbsent(funderId, setup::requireFunder);
                    String key = funderId + "|" + YearMonth.from(d.date());
                    planned.computeIfAbsent(key, k -> new long[1])[0] += d.parts().get(i);
                }
            }
        }
        if (lock && !funders.isEmpty()) {
            // Two plannings drawing on one envelope (even for different offers) take turns: the second sees the first.
            em.createNativeQuery("select id from basket_funders where id in (:ids) order by id for update")
                    .setParameter("ids", funders.keySet()).getResultList();
        }
        List<BudgetCheck> checks = new ArrayList<>();
        for (Map.Entry<String, long[]> e : planned.entrySet()) {
            String[] key = e.getKey().split("\\|");
            Funder funder = funders.get(Long.valueOf(key[0]));
            YearMonth month = YearMonth.parse(key[1]);
            long already = spent(funder.id, month);
            Long budget = funder.monthlyBudgetCents;
            Long remaining = budget == null ? null : budget - already;
            checks.add(new BudgetCheck(funder.id, funder.name, month.toString(), org.paniercommun.kernel.Dates.month(month), budget, already, e.getValue()[0],
                    remaining, budget != null && already + e.getValue()[0] > budget));
        }
        return checks;
    }

    /** What a funder's shares of the baskets planned in a month already amount to, all offers together. */
    public long spent(long funderId, YearMonth month) {
        return ((Number) em.createNativeQuery("select coalesce(sum(s.amount_cents), 0) from basket_handout_shares s "
                + "join basket_handouts h on h.id = s.handout_id join basket_deliveries d on d.id = h.delivery_id "
                + "where s.funder_id = :f and d.delivery_date between :a and :b").setParameter("f", funderId)
                .setParameter("a", month.atDay(1)).setParameter("b", month.atEndOfMonth()).getSingleResult()).longValue();
    }

    // ---- deliveries and producer counts ----

    public List<DeliveryView> deliveries(Long offerId, Long producerId, LocalDate from, LocalDate to) {
        StringBuilder q = new StringBuilder("select d.id from basket_deliveries d where d.delivery_date between :f and :t");
        if (offerId != null) {
            q.append(" and d.offer_id = :o");
        }
        if (producerId != null) {
            q.append(" and d.producer_id = :p");
        }
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        if (visible != null) {
            q.append(" and d.producer_id in (select id from producers where antenna_id in (:visible))");
        }
        q.append(" order by d.delivery_date, d.offer_name, d.id");
        var query = em.createNativeQuery(q.toString()).setParameter("f", from).setParameter("t", to);
        if (visible != null) {
            query.setParameter("visible", visible);
        }
        if (offerId != null) {
            query.setParameter("o", offerId);
        }
        if (producerId != null) {
            query.setParameter("p", producerId);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(id -> delivery(id.longValue())).toList();
    }

    public DeliveryView delivery(long id) {
        return delivery(id, BasketTexts.get());
    }

    /** The delivery with its labels from {@code text}: the request's language, or French for a producer's e-mail. */
    private DeliveryView delivery(long id, BasketMessages text) {
        BasketDelivery d = requireDelivery(id);
        Producer producer = Producer.findById(d.producerId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select rp.id, rp.name, count(h.id),
                       count(h.id) filter (where h.status = 'COLLECTED'), count(h.id) filter (where h.status = 'MISSED')
                from basket_handouts h join relay_points rp on rp.id = h.relay_point_id
                where h.delivery_id = :d group by rp.id, rp.name order by rp.name""").setParameter("d", id)
                .getResultList();
        List<RelayCount> relays = rows.stream().map(r -> new RelayCount(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
        return new DeliveryView(d.id, d.offerId, d.offerName, text.size(d.offerSize), producer.id,
                producer.name, d.deliveryDate, org.paniercommun.kernel.Dates.day(d.deliveryDate), d.pickupTime, d.content, d.recipe, d.notifiedAt, relays,
                relays.stream().mapToInt(RelayCount::baskets).sum());
    }

    BasketDelivery requireDelivery(long id) {
        BasketDelivery d = BasketDelivery.findById(id);
        if (d == null) {
            throw new NotFoundException(BasketTexts.get().error_delivery_not_found());
        }
        return d;
    }

    /** The producer who packs delivery {@code deliveryId} (frozen on the delivery). */
    public long producerOf(long deliveryId) {
        return requireDelivery(deliveryId).producerId;
    }

    /**
     * E-mails each producer the counts per relay structure of its deliveries due between {@code today} and
     * {@code today + daysAhead}, once per delivery (through the outbox). Returns how many e-mails were written.
     */
    @Transactional
    public int notifyProducers(LocalDate today, int daysAhead) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select d.id from basket_deliveries d where d.notified_at is null "
                + "and d.delivery_date between :f and :t order by d.delivery_date for update skip locked")
                .setParameter("f", today).setParameter("t", today.plusDays(daysAhead)).getResultList();
        int sent = 0;
        for (Number id : ids) {
            // The producer's e-mail is in French, whoever asked for it to be sent.
            DeliveryView view = delivery(id.longValue(), Texts.inDefaultLocale(BasketMessages.class));
            Producer producer = Producer.findById(view.producerId());
            BasketDelivery d = BasketDelivery.findById(id.longValue());
            d.notifiedAt = Instant.now();
            if (producer.email == null || producer.email.isBlank() || view.total() == 0) {
                continue;
            }
            MailBodies bodies = MailBodies.render(() -> Templates.basketCounts(view));
            outbox.enqueue(producer.email, messages.mail_subject(view.dateLabel(), view.total(), view.offer()),
                    bodies.html(), bodies.text());
            sent++;
        }
        return sent;
    }

    @Transactional
    public DeliveryView setContent(long deliveryId, ContentCommand command) {
        BasketDelivery d = requireDelivery(deliveryId);
        if (command == null) {
            throw new InvalidInputException("content", BasketTexts.get().error_content_required());
        }
        if (command.content() != null && command.content().length() > 4000) {
            throw new InvalidInputException("content", BasketTexts.get().error_max_4000());
        }
        if (command.recipe() != null && command.recipe().length() > 8000) {
            throw new InvalidInputException("recipe", BasketTexts.get().error_max_8000());
        }
        d.content = command.content() == null || command.content().isBlank() ? null : command.content().trim();
        d.recipe = command.recipe() == null || command.recipe().isBlank() ? null : command.recipe().trim();
        return delivery(deliveryId);
    }

    // ---- pickup ----

    public PickupList pickupList(long deliveryId, long relayPointId) {
        DeliveryView delivery = delivery(deliveryId);
        BasketOffer offer = BasketOffer.findById(delivery.offerId());
        @SuppressWarnings("unchecked")
        List<Object[]> relays = em.createNativeQuery("select name, address from relay_points where id = :r")
                .setParameter("r", relayPointId).getResultList();
        if (relays.isEmpty()) {
            throw new NotFoundException(BasketTexts.get().error_relay_not_found());
        }
        Object[] relay = relays.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select h.id, hh.id, hh.display_name, h.household_share_cents, h.status, h.paid_cents, h.payment_method,
                       h.missed_rule, h.note, h.version
                from basket_handouts h join basket_subscriptions s on s.id = h.subscription_id
                join households hh on hh.id = s.household_id
                where h.delivery_id = :d and h.relay_point_id = :r order by lower(hh.display_name), h.id""")
                .setParameter("d", deliveryId).setParameter("r", relayPointId).getResultList();
        BasketMessages text = BasketTexts.get();
        List<PickupRow> list = rows.stream().map(r -> {
            BasketHandout.Status status = BasketHandout.Status.valueOf((String) r[4]);
            MissedRule rule = r[7] == null ? null : MissedRule.valueOf((String) r[7]);
            return new PickupRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    delivery.size(), ((Number) r[3]).longValue(), status.name(), text.handout_status(status),
                    ((Number) r[5]).longValue(), r[6] == null ? null
                            : Texts.of(DistributionMessages.class).payment_method(PaymentMethod.valueOf((String) r[6])),
                    rule == null ? null : rule.name(), rule == null ? null : text.missed_rule(rule), (String) r[8],
                    ((Number) r[9]).longValue());
        }).toList();
        return new PickupList(deliveryId, delivery.offer(), delivery.size(), delivery.date(), delivery.dateLabel(),
                delivery.pickupTime(), relayPointId, (String) relay[0], (String) relay[1], text.missed_rule(offer.missedRule),
                list,
                list.stream().filter(r -> !r.status().equals("MISSED")).mapToLong(PickupRow::householdShareCents).sum());
    }

    /**
     * Records the pickup of one basket: collected with the payment of the household's share, or missed with what
     * became of the basket (the offer's rule unless another is given). The version guards two volunteers on one list.
     */
    @Transactional
    public PickupRow record(long handoutId, PickupCommand command, String by) {
        BasketHandout h = BasketHandout.findById(handoutId);
        if (h == null) {
            throw new NotFoundException(BasketTexts.get().error_handout_not_found());
        }
        if (command == null || command.status() == null || command.status() == BasketHandout.Status.WAITING) {
            throw new InvalidInputException("status", BasketTexts.get().error_handout_status_required());
        }
        if (command.version() != null && command.version() != h.version) {
            throw new ConflictException(BasketTexts.get().error_handout_stale());
        }
        BasketOffer offer = BasketOffer.findById(BasketDelivery.<BasketDelivery>findById(h.deliveryId).offerId);
        long paid = command.paidCents() == null ? 0 : command.paidCents();
        if (paid < 0) {
            throw new InvalidInputException("paidCents", BasketTexts.get().error_paid_negative());
        }
        org.paniercommun.kernel.Validation.requireBounded("paidCents", paid);
        if (command.note() != null && command.note().length() > 300) {
            throw new InvalidInputException("note", BasketTexts.get().error_max_300());
        }
        if (command.status() == BasketHandout.Status.COLLECTED) {
            if (paid > 0 && command.paymentMethod() == null) {
                throw new InvalidInputException("paymentMethod", BasketTexts.get().error_payment_method_required());
            }
            h.missedRule = null;
            h.paidCents = paid;
            h.paymentMethod = paid > 0 ? command.paymentMethod().name() : null;
        } else {
            if (paid > 0) {
                throw new InvalidInputException("paidCents", BasketTexts.get().error_missed_not_paid());
            }
            h.missedRule = command.missedRule() == null ? offer.missedRule : command.missedRule();
            h.paidCents = 0;
            h.paymentMethod = null;
        }
        h.status = command.status();
        h.note = command.note() == null || command.note().isBlank() ? null : command.note().trim();
        h.recordedBy = by;
        h.recordedAt = Instant.now();
        em.flush();
        return pickupList(h.deliveryId, h.relayPointId).rows().stream().filter(r -> r.handoutId() == handoutId)
                .findFirst().orElseThrow();
    }

    /** A household's basket on one date, with the week's content and recipe. */
    public record MyDelivery(long deliveryId, LocalDate date, String dateLabel, String offer, String size,
            String relayPoint, String pickupTime, long shareCents, String status, String statusLabel, String content,
            String recipe) {
    }

    /** The baskets of a household from {@code from} on (the last one before it included, for its recipe). */
    public List<MyDelivery> ofHousehold(long householdId, LocalDate from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.delivery_date, d.offer_name, d.offer_size, rp.name, d.pickup_time, h.household_share_cents,
                       h.status, d.content, d.recipe
                from basket_handouts h join basket_subscriptions s on s.id = h.subscription_id
                join basket_deliveries d on d.id = h.delivery_id
                join relay_points rp on rp.id = h.relay_point_id
                where s.household_id = :h and d.delivery_date >= :f order by d.delivery_date limit 12""")
                .setParameter("h", householdId).setParameter("f", from).getResultList();
        BasketMessages text = BasketTexts.get();
        return rows.stream().map(r -> {
            LocalDate date = BasketSetupService.toDate(r[1]);
            BasketHandout.Status status = BasketHandout.Status.valueOf((String) r[7]);
            return new MyDelivery(((Number) r[0]).longValue(), date, org.paniercommun.kernel.Dates.day(date), (String) r[2],
                    text.size(BasketSize.valueOf((String) r[3])), (String) r[4], (String) r[5], ((Number) r[6]).longValue(),
                    status.name(), text.handout_status(status), (String) r[8], (String) r[9]);
        }).toList();
    }

    /** The purchasing group of a relay point, to check that a volunteer works for it. */
    public long groupOfRelayPoint(long relayPointId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select group_id from relay_points where id = :r")
                .setParameter("r", relayPointId).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException(BasketTexts.get().error_relay_not_found());
        }
        return ids.get(0).longValue();
    }

    /** The purchasing group of the relay point where a basket is handed out. */
    public long groupOfHandout(long handoutId) {
        BasketHandout h = BasketHandout.findById(handoutId);
        if (h == null) {
            throw new NotFoundException(BasketTexts.get().error_handout_not_found());
        }
        return groupOfRelayPoint(h.relayPointId);
    }
}
