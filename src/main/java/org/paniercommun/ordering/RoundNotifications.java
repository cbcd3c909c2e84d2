package org.paniercommun.ordering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paniercommun.household.Household;
import org.paniercommun.mail.MailBodies;
import org.paniercommun.mail.Outbox;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundDates;
import org.paniercommun.round.RoundMessages;
import org.paniercommun.round.RoundSlot;

/**
 * E-mails of a round (round opened, reminder before the deadline, order confirmation), written to the
 * outbox in the caller's transaction. Households without an e-mail address are skipped: they hear of the
 * round at their relay point. The household's price tier is never named in a mail; the prices say enough.
 * A household that cannot order online (no active login, and no invitation or access code waiting: issue 21) is
 * not invited to: its e-mails carry no order link and say to order on paper or ask a volunteer for an access code.
 */
@ApplicationScoped
public class RoundNotifications {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    RoundMessages messages;

    @Inject
    java.time.Clock clock;

    @ConfigProperty(name = "panier.public-url")
    String publicUrl;

    /** What a household reads about its round: where and when it collects, where it orders. */
    public record RoundMail(String householdName, String roundName, String deadline, String relayPointName,
            String relayPointAddress, String slot, String orderUrl) {
    }

    public record LineMail(String product, String quantity, String unitPrice, String amount) {
    }

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance roundOpened(RoundMail mail);

        static native TemplateInstance reminder(RoundMail mail);

        static native TemplateInstance roundCancelled(RoundMail mail);

        static native TemplateInstance orderConfirmed(RoundMail mail, List<LineMail> lines, String total,
                String fundReduction, String coupons, String toPay, boolean cancelled);
    }

    /** Called in the transaction that opens the round. */
    public void roundOpened(Round round) {
        String subject = messages.mail_opened_subject(round.name, RoundDates.dateTime(round.deadline));
        Map<Long, RoundSlot> slots = slots(round);
        List<Household> recipients = recipients(round, false);
        java.util.Set<Long> online = online(recipients.stream().map(h -> h.id).toList());
        for (Household household : recipients) {
            RoundMail mail = roundMail(round, household, slots, online.contains(household.id));
            MailBodies bodies = MailBodies.render(() -> Templates.roundOpened(mail));
            outbox.enqueue(household.email, subject, bodies.html(), bodies.text());
        }
    }

    /** Reminder before the deadline to the households that have not ordered; called in the reminder's transaction. */
    void reminder(Round round) {
        String subject = messages.mail_reminder_subject(RoundDates.dateTime(round.deadline), round.name);
        Map<Long, RoundSlot> slots = slots(round);
        List<Household> recipients = recipients(round, true);
        java.util.Set<Long> online = online(recipients.stream().map(h -> h.id).toList());
        for (Household household : recipients) {
            RoundMail mail = roundMail(round, household, slots, online.contains(household.id));
            MailBodies bodies = MailBodies.render(() -> Templates.reminder(mail));
            outbox.enqueue(household.email, subject, bodies.html(), bodies.text());
        }
    }

    /** Called in the transaction that cancels the round: every household that had ordered in it is told. */
    void roundCancelled(Round round) {
        String subject = messages.mail_cancelled_subject(round.name);
        Map<Long, RoundSlot> slots = slots(round);
        List<Household> ordered = em.createQuery("""
                select h from Order o join o.household h left join fetch h.relayPoint
                where o.round.id = :round and o.status = org.paniercommun.ordering.OrderStatus.SUBMITTED
                  and h.active = true and h.erasedAt is null
                  and h.email is not null and trim(h.email) <> '' order by h.id""", Household.class)
                .setParameter("round", round.id)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
        for (Household household : ordered) {
            RoundMail mail = roundMail(round, household, slots, false);
            MailBodies bodies = MailBodies.render(() -> Templates.roundCancelled(mail));
            outbox.enqueue(household.email, subject, bodies.html(), bodies.text());
        }
    }

    /** Called in the transaction that saves (creates or changes) an order. */
    public void orderConfirmed(Order order) {
        Household household = order.household;
        if (!hasEmail(household)) {
            return;
        }
        Round round = order.round;
        RoundMail mail = orderMail(round, household);
        boolean cancelled = order.status == OrderStatus.CANCELLED;
        var catalogue = Texts.inDefaultLocale(org.paniercommun.catalogue.CatalogueMessages.class);
        List<LineMail> lines = order.lines.stream()
                .map(line -> new LineMail(line.offer.productName(),
                        org.paniercommun.catalogue.Amounts.text(catalogue, line.quantity, line.offer.saleUnit()),
                        Money.format(line.unitPriceCents) + " / " + line.offer.saleUnit().defaultLabel(),
                        Money.format(line.amountCents)))
                .toList();
        String subject = cancelled ? messages.mail_order_cancelled_subject(round.name)
                : messages.mail_order_saved_subject(round.name);
        MailBodies bodies = MailBodies.render(
                () -> Templates.orderConfirmed(mail, lines, Money.format(order.totalCents),
                        order.fundReductionCents > 0 ? Money.format(order.fundReductionCents) : null,
                        order.couponCount > 0 ? order.couponCount + " × 1 € = " + Money.format(order.couponCount * 100L) : null,
                        Money.format(order.amountToPayCents()), cancelled));
        outbox.enqueue(household.email, subject, bodies.html(), bodies.text());
    }

    /** Active, non-erased households of the round's groups with an e-mail; optionally only those without an order. */
    private List<Household> recipients(Round round, boolean withoutSubmittedOrder) {
        String notOrdered = withoutSubmittedOrder ? """
                 and not exists (select 1 from Order o where o.round.id = :round and o.household = h
                                 and o.status = org.paniercommun.ordering.OrderStatus.SUBMITTED)""" : "";
        return em.createQuery("""
                select h from Household h left join fetch h.relayPoint
                where h.group.id in (select g.id from Round r join r.groups g where r.id = :round)
                  and h.active = true and h.erasedAt is null
                  and h.email is not null and trim(h.email) <> ''""" + notOrdered + " order by h.id", Household.class)
                .setParameter("round", round.id)
                // Read to write e-mails, never changed here: no snapshot of each of 50,000 households.
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    private Map<Long, RoundSlot> slots(Round round) {
        return em.createQuery("select s from RoundSlot s where s.round.id = :round", RoundSlot.class)
                .setParameter("round", round.id)
                .getResultList().stream()
                .collect(Collectors.toMap(s -> s.relayPoint.id, Function.identity()));
    }

    /**
     * One order's e-mail: only the household's own slot and whether it orders online, in one statement (an order's
     * transaction need not load every slot of the round, and every statement is a round trip of its own).
     */
    private RoundMail orderMail(Round round, Household household) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select s.distribution_date as day, s.time_slot as hours,
                       exists (select 1 from user_accounts a where a.id = h.user_account_id""" + " and " + ORDERS_ONLINE + """
                       ) as online
                from households h left join round_slots s on s.round_id = :round and s.relay_point_id = h.relay_point_id
                where h.id = :household""")
                .unwrap(NativeQuery.class).addScalar("day", LocalDate.class).addScalar("hours", String.class)
                .addScalar("online", Boolean.class)
                // Nothing pending in the order's transaction touches these tables (see online()).
                .setHibernateFlushMode(org.hibernate.FlushMode.COMMIT)
                .setParameter("round", round.id).setParameter("household", household.id)
                .setParameter("now", clock.instant()).getSingleResult();
        String slot = household.relayPoint == null || row[0] == null && row[1] == null ? null
                : RoundDates.slot((LocalDate) row[0], (String) row[1]);
        return roundMail(round, household, slot, Boolean.TRUE.equals(row[2]));
    }

    private RoundMail roundMail(Round round, Household household, Map<Long, RoundSlot> slots, boolean online) {
        var point = household.relayPoint;
        return roundMail(round, household, point == null ? null : RoundDates.slot(slots.get(point.id)), online);
    }

    private RoundMail roundMail(Round round, Household household, String slot, boolean online) {
        var point = household.relayPoint;
        return new RoundMail(household.displayName, round.name, RoundDates.dateTime(round.deadline),
                point == null ? null : point.name, point == null ? null : point.address, slot,
                online ? orderUrl(round) : null);
    }

    /**
     * A login {@code a} that orders online: active with its password chosen, or an invitation or access code still
     * waiting (it was invited: the link it will use leads to the login page). Binds {@code :now}.
     */
    private static final String ORDERS_ONLINE = """
            a.active and (a.password_set or exists (select 1 from account_tokens t where t.user_account_id = a.id
                   and t.kind in ('INVITATION', 'HOUSEHOLD_CODE') and t.used_at is null and t.expires_at > :now
                   and t.failed_tries < 5))""";

    /** Of these households, those that can order online ({@link #ORDERS_ONLINE}). */
    private static final int ONLINE_CHUNK = 10_000;

    private java.util.Set<Long> online(List<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return java.util.Set.of();
        }
        if (householdIds.size() > ONLINE_CHUNK) {
            // A statement binds at most 32,767 parameters: a round of a large antenna asks in parts.
            java.util.Set<Long> online = new java.util.HashSet<>();
            for (int from = 0; from < householdIds.size(); from += ONLINE_CHUNK) {
                online.addAll(online(householdIds.subList(from, Math.min(householdIds.size(), from + ONLINE_CHUNK))));
            }
            return online;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select h.id from households h join user_accounts a on a.id = h.user_account_id
                where h.id in (:ids)""" + " and " + ORDERS_ONLINE)
                // Only these tables: a native query otherwise flushes the whole persistence context first, which in
                // an order's transaction wrote its 15 lines early and walked them again at commit (issue 25). And no
                // flush at all: the transactions that send these e-mails (an order, a round opened, a reminder) change
                // no household, login or token, and deciding that the flush is not needed walks the whole context.
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("households")
                .addSynchronizedQuerySpace("user_accounts").addSynchronizedQuerySpace("account_tokens")
                .setHibernateFlushMode(org.hibernate.FlushMode.COMMIT)
                .setParameter("ids", householdIds).setParameter("now", clock.instant())
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    String orderUrl(Round round) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/commandes/" + round.id;
    }

    private static boolean hasEmail(Household household) {
        return household.email != null && !household.email.isBlank() && household.active
                && household.erasedAt == null;
    }
}
