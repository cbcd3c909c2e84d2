package org.paniercommun.basket;

import org.paniercommun.access.ObjectKind;
import org.paniercommun.access.Scope;
import org.paniercommun.kernel.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/** What coordinators set up: basket offers with their relay structures and closures, funders and funding schemes. */
@ApplicationScoped
class BasketSetupService {

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public record OfferCommand(String name, BasketSize size, Long valueCents, Long producerId, Frequency frequency,
            DayOfWeek pickupDay, String pickupTime, List<Long> relayPointIds, MissedRule missedRule) {
    }

    /**
     * The editable fields of an offer, with the {@code version} read before editing (optimistic lock). Relay
     * structures and closures have their own actions; {@code active} changes by withdrawing and reinstating.
     */
    public record OfferUpdate(String name, BasketSize size, Long valueCents, Long producerId, Frequency frequency,
            DayOfWeek pickupDay, String pickupTime, MissedRule missedRule, Long version) {
    }

    /** The offer after an edit, and how many baskets already planned from today on keep their frozen value. */
    public record OfferUpdated(OfferView offer, boolean valueChanged, long plannedKeepingValue) {
    }

    public record Ref(long id, String name) {
    }

    public record ClosureCommand(LocalDate closedOn, String reason) {
    }

    public record ClosureView(LocalDate closedOn, String reason) {
    }

    public record OfferView(long id, String name, String size, String sizeLabel, long valueCents, long producerId,
            String producer, String frequency, String frequencyLabel, String pickupDay, String pickupDayLabel,
            String pickupTime, List<Ref> relayPoints, List<ClosureView> closures, String missedRule,
            String missedRuleLabel, boolean active, long version) {
    }

    public record FunderCommand(String name, String email, Long monthlyBudgetCents) {
    }

    public record FunderView(long id, String name, String email, Long monthlyBudgetCents) {
        static FunderView of(Funder f) {
            return new FunderView(f.id, f.name, f.email, f.monthlyBudgetCents);
        }
    }

    /** One payer of a scheme: a funder, or the household when {@code funderId} is null. */
    public record ShareCommand(Long funderId, Integer percent) {
    }

    public record SchemeCommand(String name, List<ShareCommand> shares) {
    }

    public record ShareView(Long funderId, String payer, int percent) {
    }

    public record SchemeView(long id, String name, List<ShareView> shares, String summary) {
    }

    // ---- offers ----

    @Transactional
    public OfferView createOffer(OfferCommand command) {
        List<FieldError> errors = new ArrayList<>();
        if (command == null) {
            throw new InvalidInputException("name", BasketTexts.get().error_offer_name_required());
        }
        Scope.requireField("producerId", ObjectKind.PRODUCER, command.producerId());
        if (command.relayPointIds() != null) {
            command.relayPointIds().forEach(id -> Scope.requireField("relayPointIds", ObjectKind.RELAY_POINT, id));
        }
        Producer producer = checkOfferFields(command.name(), command.size(), command.valueCents(),
                command.producerId(), command.frequency(), command.pickupDay(), command.pickupTime(), errors);
        Set<Long> relays = new LinkedHashSet<>(command.relayPointIds() == null ? List.of() : command.relayPointIds());
        if (relays.isEmpty()) {
            errors.add(new FieldError("relayPointIds", BasketTexts.get().error_relay_points_required()));
        } else {
            Number found = (Number) em.createNativeQuery("select count(*) from relay_points where id in (:ids)")
                    .setParameter("ids", relays).getSingleResult();
            if (found.intValue() != relays.size()) {
                errors.add(new FieldError("relayPointIds", BasketTexts.get().error_relay_point_unknown()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BasketOffer offer = new BasketOffer();
        offer.name = command.name().trim();
        offer.size = command.size();
        offer.valueCents = command.valueCents();
        offer.producerId = producer.id;
        offer.frequency = command.frequency();
        offer.pickupDay = command.pickupDay();
        offer.pickupTime = command.pickupTime().trim();
        offer.missedRule = command.missedRule() == null ? MissedRule.HELD : command.missedRule();
        offer.persist();
        for (Long relay : relays) {
            em.createNativeQuery("insert into basket_offer_relay_points (offer_id, relay_point_id) values (:o, :r)")
                    .setParameter("o", offer.id).setParameter("r", relay).executeUpdate();
        }
        audit.record("BASKET_OFFER_CREATED", "offre de panier " + offer.id, offer.name);
        return offer(offer.id);
    }

    /** The checks an offer's fields pass when it is created and when it is edited; the producer, if found. */
    private static Producer checkOfferFields(String name, BasketSize size, Long valueCents, Long producerId,
            Frequency frequency, DayOfWeek pickupDay, String pickupTime, List<FieldError> errors) {
        if (name == null || org.paniercommun.kernel.TextInput.invisible(name) || name.length() > 120) {
            errors.add(new FieldError("name", BasketTexts.get().error_offer_name_invalid()));
        }
        if (size == null) {
            errors.add(new FieldError("size", BasketTexts.get().error_size_required()));
        }
        if (valueCents == null || valueCents <= 0) {
            errors.add(new FieldError("valueCents", BasketTexts.get().error_value_required()));
        } else if (valueCents > org.paniercommun.kernel.Money.MAX_CENTS) {
            errors.add(new FieldError("valueCents", org.paniercommun.kernel.Texts.of(org.paniercommun.kernel.AppMessages.class)
                    .form_amount_too_big(org.paniercommun.kernel.Money.format(org.paniercommun.kernel.Money.MAX_CENTS))));
        }
        Producer producer = producerId == null ? null : Producer.findById(producerId);
        if (producer == null) {
            errors.add(new FieldError("producerId", BasketTexts.get().error_producer_required()));
        }
        if (frequency == null) {
            errors.add(new FieldError("frequency", BasketTexts.get().error_frequency_required()));
        }
        if (pickupDay == null) {
            errors.add(new FieldError("pickupDay", BasketTexts.get().error_pickup_day_required()));
        }
        if (pickupTime == null || org.paniercommun.kernel.TextInput.invisible(pickupTime) || pickupTime.length() > 40) {
            errors.add(new FieldError("pickupTime", BasketTexts.get().error_pickup_time_required()));
        }
        return producer;
    }

    /**
     * Edits an offer, refused with a 409 when {@code version} is not the offer's current one (someone saved in
     * between).
     *
     * <p>Money already due never changes. The value and the funding shares of every basket are frozen on its
     * {@link BasketHandout} row (and {@code basket_handout_shares}) when it is planned, and the funders'
     * statements, the producers' totals and the funders' report add up those rows, never the offer's value. So a
     * new value applies to the baskets planned after the edit; baskets already planned (delivered or still to
     * come) keep the value and shares that were checked against the funders' envelopes when they were planned.
     * This was chosen over an "applies from date X" rule because it needs no new state and cannot reprice a
     * basket behind an envelope check; the page says how many planned baskets still to come keep the old value.
     *
     * <p>The producer is frozen on each {@link BasketDelivery} (migration V39), and so are the offer's name, size
     * and pickup time that documents print (V41). A delivery counts as past once it is dated before today or its
     * counts were sent to the producer: a new producer, name, size or pickup time reaches only the deliveries
     * still to come; past deliveries, what they are owed and the statements, totals and pickup lists already
     * handed out keep what they were made with.
     *
     * <p>The delivery calendar ({@link BasketCalendar}) is computed from the offer's frequency and pickup day for
     * the whole life of a subscription, and planned baskets sit on its dates. Changing either while a subscription
     * still has baskets to come would shift its rhythm and leave planned baskets on the old dates next to new
     * ones on the new dates, so it is refused (409) with an explanation; it is allowed once every subscription has
     * ended (or before the first one).
     */
    @Transactional
    public OfferUpdated updateOffer(long offerId, OfferUpdate command) {
        BasketMessages messages = Texts.of(BasketMessages.class);
        BasketOffer offer = requireOffer(offerId);
        if (command == null) {
            throw new InvalidInputException("name", BasketTexts.get().error_offer_name_required());
        }
        List<FieldError> errors = new ArrayList<>();
        if (command.version() == null) {
            errors.add(new FieldError("version", messages.error_offer_version()));
        }
        Producer producer = checkOfferFields(command.name(), command.size(), command.valueCents(),
                command.producerId(), command.frequency(), command.pickupDay(), command.pickupTime(), errors);
        if (command.missedRule() == null) {
            errors.add(new FieldError("missedRule", BasketTexts.get().error_missed_rule_required()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Lock the row: a planning (which also locks it) or another edit waits, and the version check below holds.
        em.createNativeQuery("select id from basket_offers where id = :o for update").setParameter("o", offerId)
                .getResultList();
        em.refresh(offer);
        if (command.version() != offer.version) {
            throw new ConflictException(messages.error_offer_stale());
        }
        LocalDate today = LocalDate.now();
        if (command.frequency() != offer.frequency || command.pickupDay() != offer.pickupDay) {
            List<Subscription> subscriptions = Subscription.list("offerId", offerId);
            long running = subscriptions.stream().filter(s -> !s.lastDay().isBefore(today)).count();
            if (running > 0) {
                throw new ConflictException(messages.error_offer_rhythm_locked(running));
            }
        }
        List<String> changes = new ArrayList<>();
        boolean valueChanged = command.valueCents() != offer.valueCents;
        if (valueChanged) {
            changes.add("valeur " + offer.valueCents + " → " + command.valueCents() + " centimes");
        }
        if (producer.id != offer.producerId) {
            changes.add("producteur " + offer.producerId + " → " + producer.id);
        }
        if (command.frequency() != offer.frequency || command.pickupDay() != offer.pickupDay) {
            changes.add("rythme " + offer.frequency + " " + offer.pickupDay + " → " + command.frequency() + " "
                    + command.pickupDay());
        }
        String name = command.name().trim();
        if (!name.equals(offer.name)) {
            changes.add("nom « " + offer.name + " » → « " + name + " »");
        }
        String pickupTime = command.pickupTime().trim();
        if (producer.id != offer.producerId || !name.equals(offer.name) || command.size() != offer.size
                || !pickupTime.equals(offer.pickupTime)) {
            // What is frozen on each delivery follows the edit only on the deliveries still to come.
            em.createNativeQuery("update basket_deliveries set producer_id = :p, offer_name = :n, offer_size = :s, "
                    + "pickup_time = :pt, version = version + 1 "
                    + "where offer_id = :o and delivery_date >= :t and notified_at is null")
                    .setParameter("p", producer.id).setParameter("n", name).setParameter("s", command.size().name())
                    .setParameter("pt", pickupTime).setParameter("o", offerId).setParameter("t", today)
                    .executeUpdate();
        }
        offer.name = name;
        offer.size = command.size();
        offer.valueCents = command.valueCents();
        offer.producerId = producer.id;
        offer.frequency = command.frequency();
        offer.pickupDay = command.pickupDay();
        offer.pickupTime = pickupTime;
        offer.missedRule = command.missedRule();
        em.flush();
        long keeping = ((Number) em.createNativeQuery("select count(*) from basket_handouts h join basket_deliveries d "
                + "on d.id = h.delivery_id where d.offer_id = :o and d.delivery_date >= :t").setParameter("o", offerId)
                .setParameter("t", today).getSingleResult()).longValue();
        audit.record("BASKET_OFFER_UPDATED", "offre de panier " + offerId,
                changes.isEmpty() ? offer.name : String.join(" ; ", changes));
        return new OfferUpdated(offer(offerId), valueChanged, keeping);
    }

    /** Withdraws an offer: it takes no new subscription; existing subscriptions and their baskets go on. */
    @Transactional
    public OfferView withdraw(long offerId) {
        return setActive(offerId, false);
    }

    /** Puts a withdrawn offer back: it takes new subscriptions again. */
    @Transactional
    public OfferView reinstate(long offerId) {
        return setActive(offerId, true);
    }

    private OfferView setActive(long offerId, boolean active) {
        BasketOffer offer = requireOffer(offerId);
        if (offer.active == active) {
            BasketMessages messages = Texts.of(BasketMessages.class);
            throw new ConflictException(active ? messages.error_offer_not_withdrawn()
                    : messages.error_offer_already_withdrawn());
        }
        offer.active = active;
        audit.record(active ? "BASKET_OFFER_REINSTATED" : "BASKET_OFFER_WITHDRAWN", "offre de panier " + offerId,
                offer.name);
        em.flush();
        return offer(offerId);
    }

    @Transactional
    public OfferView setMissedRule(long offerId, MissedRule rule) {
        if (rule == null) {
            throw new InvalidInputException("missedRule", BasketTexts.get().error_missed_rule_required());
        }
        requireOffer(offerId).missedRule = rule;
        return offer(offerId);
    }

    @Transactional
    public OfferView addClosure(long offerId, ClosureCommand command) {
        requireOffer(offerId);
        if (command == null || command.closedOn() == null) {
            throw new InvalidInputException("closedOn", BasketTexts.get().error_closed_on_required());
        }
        if (command.reason() != null && command.reason().length() > 160) {
            throw new InvalidInputException("reason", BasketTexts.get().error_max_160());
        }
        em.createNativeQuery("insert into basket_closures (offer_id, closed_on, reason) values (:o, :d, :r) "
                + "on conflict (offer_id, closed_on) do update set reason = excluded.reason")
                .setParameter("o", offerId).setParameter("d", command.closedOn())
                .setParameter("r", command.reason() == null || command.reason().isBlank() ? null : command.reason().trim())
                .executeUpdate();
        return offer(offerId);
    }

    public List<OfferView> offers() {
        java.util.Set<Long> visible = Scope.orNone(Scope.visibleAntennasNow());
        List<BasketOffer> offers = visible == null ? BasketOffer.list("order by name, id")
                : BasketOffer.list("producerId in (select p.id from Producer p where p.antenna.id in ?1) order by name, id",
                        visible);
        return offers.stream().map(o -> offer(o.id)).toList();
    }

    public List<OfferView> offersOfProducer(long producerId) {
        List<BasketOffer> offers = BasketOffer.list("producerId = ?1 order by name, id", producerId);
        return offers.stream().map(o -> offer(o.id)).toList();
    }

    public OfferView offer(long id) {
        BasketOffer o = requireOffer(id);
        Producer producer = Producer.findById(o.producerId);
        BasketMessages text = BasketTexts.get();
        return new OfferView(o.id, o.name, o.size.name(), text.size(o.size), o.valueCents, o.producerId, producer.name,
                o.frequency.name(), text.frequency(o.frequency), o.pickupDay.name(), dayLabel(o.pickupDay), o.pickupTime,
                relayPoints(id), closures(id), o.missedRule.name(), text.missed_rule(o.missedRule), o.active, o.version);
    }

    public List<Ref> relayPoints(long offerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select rp.id, rp.name from basket_offer_relay_points x "
                + "join relay_points rp on rp.id = x.relay_point_id where x.offer_id = :o order by rp.name")
                .setParameter("o", offerId).getResultList();
        return rows.stream().map(r -> new Ref(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    public List<ClosureView> closures(long offerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select closed_on, reason from basket_closures where offer_id = :o "
                + "order by closed_on").setParameter("o", offerId).getResultList();
        return rows.stream().map(r -> new ClosureView(toDate(r[0]), (String) r[1])).toList();
    }

    /** Every relay point, for the offer form. */
    public List<Ref> allRelayPoints() {
        @SuppressWarnings("unchecked")
        java.util.Set<Long> visible = Scope.orNone(Scope.visibleAntennasNow());
        var query = em.createNativeQuery("select id, name from relay_points where active"
                + (visible == null ? "" : " and group_id in (select id from purchasing_groups where antenna_id in (:v))")
                + " order by name");
        if (visible != null) {
            query.setParameter("v", visible);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Ref(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** Every active producer, for the offer form. */
    public List<Ref> producers() {
        java.util.Set<Long> visible = Scope.orNone(Scope.visibleAntennasNow());
        List<Producer> producers = visible == null ? Producer.list("active = true order by name")
                : Producer.list("active = true and antenna.id in ?1 order by name", visible);
        return producers.stream().map(p -> new Ref(p.id, p.name)).toList();
    }

    BasketOffer requireOffer(long id) {
        BasketOffer offer = BasketOffer.findById(id);
        if (offer == null) {
            throw new NotFoundException(BasketTexts.get().error_offer_not_found());
        }
        return offer;
    }

    // ---- funders ----

    @Transactional
    public FunderView createFunder(FunderCommand command) {
        if (command == null || command.name() == null || org.paniercommun.kernel.TextInput.invisible(command.name())
                || command.name().length() > 160) {
            throw new InvalidInputException("name", BasketTexts.get().error_funder_name_required());
        }
        if (command.monthlyBudgetCents() != null && command.monthlyBudgetCents() < 0) {
            throw new InvalidInputException("monthlyBudgetCents", BasketTexts.get().error_budget_negative());
        }
        org.paniercommun.kernel.Validation.requireBounded("monthlyBudgetCents", command.monthlyBudgetCents());
        if (command.email() != null && command.email().length() > 254) {
            throw new InvalidInputException("email", BasketTexts.get().error_max_254());
        }
        if (Funder.count("lower(name) = lower(?1)", command.name().trim()) > 0) {
            throw new ConflictException(BasketTexts.get().error_funder_name_taken(command.name().trim()));
        }
        Funder funder = new Funder();
        funder.name = command.name().trim();
        funder.email = command.email() == null || command.email().isBlank() ? null : command.email().trim();
        funder.monthlyBudgetCents = command.monthlyBudgetCents();
        funder.persist();
        return FunderView.of(funder);
    }

    @Transactional
    public FunderView setBudget(long funderId, Long monthlyBudgetCents) {
        if (monthlyBudgetCents != null && monthlyBudgetCents < 0) {
            throw new InvalidInputException("monthlyBudgetCents", BasketTexts.get().error_budget_negative());
        }
        org.paniercommun.kernel.Validation.requireBounded("monthlyBudgetCents", monthlyBudgetCents);
        Funder funder = requireFunder(funderId);
        funder.monthlyBudgetCents = monthlyBudgetCents;
        return FunderView.of(funder);
    }

    public List<FunderView> funders() {
        List<Funder> funders = Funder.list("order by name");
        return funders.stream().map(FunderView::of).toList();
    }

    public Funder requireFunder(long id) {
        Funder funder = Funder.findById(id);
        if (funder == null) {
            throw new NotFoundException(BasketTexts.get().error_funder_not_found());
        }
        return funder;
    }

    // ---- schemes ----

    /** A scheme's shares must total 100 %, with at most one household share and each funder once. */
    @Transactional
    public SchemeView createScheme(SchemeCommand command) {
        if (command == null || command.name() == null || org.paniercommun.kernel.TextInput.invisible(command.name())
                || command.name().length() > 160) {
            throw new InvalidInputException("name", BasketTexts.get().error_scheme_name_required());
        }
        List<ShareCommand> shares = command.shares() == null ? List.of() : command.shares();
        ShareSplit.Problem problem = ShareSplit.problem(shares.stream().map(ShareCommand::percent).toList());
        if (problem != null) {
            throw new InvalidInputException("shares", BasketTexts.get().error_shares(problem.reason(), problem.total()));
        }
        Set<Long> seen = new java.util.HashSet<>();
        int households = 0;
        for (ShareCommand share : shares) {
            if (share.funderId() == null) {
                households++;
            } else {
                requireFunder(share.funderId());
                if (!seen.add(share.funderId())) {
                    throw new InvalidInputException("shares", BasketTexts.get().error_scheme_funder_twice());
                }
            }
        }
        if (households > 1) {
            throw new InvalidInputException("shares", BasketTexts.get().error_scheme_household_once());
        }
        if (FundingScheme.count("lower(name) = lower(?1)", command.name().trim()) > 0) {
            throw new ConflictException(BasketTexts.get().error_scheme_name_taken(command.name().trim()));
        }
        FundingScheme scheme = new FundingScheme();
        scheme.name = command.name().trim();
        scheme.persist();
        int position = 0;
        for (ShareCommand share : shares) {
            em.createNativeQuery("insert into basket_scheme_shares (scheme_id, position, funder_id, percent) "
                    + "values (:s, :p, :f, :pc)").setParameter("s", scheme.id).setParameter("p", position++)
                    .setParameter("f", share.funderId()).setParameter("pc", share.percent()).executeUpdate();
        }
        return scheme(scheme.id);
    }

    public List<SchemeView> schemes() {
        List<FundingScheme> schemes = FundingScheme.list("order by name");
        return schemes.stream().map(s -> scheme(s.id)).toList();
    }

    public SchemeView scheme(long id) {
        FundingScheme scheme = FundingScheme.findById(id);
        if (scheme == null) {
            throw new NotFoundException(BasketTexts.get().error_scheme_not_found());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.funder_id, coalesce(f.name, :h), s.percent "
                + "from basket_scheme_shares s left join basket_funders f on f.id = s.funder_id "
                + "where s.scheme_id = :s order by s.position").setParameter("s", id)
                .setParameter("h", BasketTexts.get().common_household()).getResultList();
        List<ShareView> shares = rows.stream().map(r -> new ShareView(r[0] == null ? null : ((Number) r[0]).longValue(),
                (String) r[1], ((Number) r[2]).intValue())).toList();
        String summary = String.join(" / ", shares.stream().map(s -> s.payer() + " " + s.percent() + " %").toList());
        return new SchemeView(scheme.id, scheme.name, shares, summary);
    }

    /** Splits a value by a scheme: one amount per share, in the scheme's order (see {@link ShareSplit}). */
    public List<Long> split(SchemeView scheme, long valueCents) {
        return ShareSplit.split(valueCents, scheme.shares().stream().map(ShareView::percent).toList());
    }

    // ---- helpers ----

    public static String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
