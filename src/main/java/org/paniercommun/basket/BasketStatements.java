package org.paniercommun.basket;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.mail.MailBodies;
import org.paniercommun.mail.Outbox;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.paniercommun.catalogue.Producer;

/**
 * Monthly money of the baskets. Every basket delivered on its date (packed and brought to its relay structure) is
 * paid in full to the producer and billed to each funder for its frozen share, whatever happened at pickup (a
 * missed basket was still packed; the missed-basket rule says where it went). A funder's statement bills only the
 * baskets delivered so far (dated today or before); those planned later in the month are listed apart, and the
 * monthly envelope is checked against both, so a month that will go past it says so before it happens. The amounts come from the rows
 * frozen at planning, so an antenna report can sum the same figures later; a producer's month counts the
 * deliveries it packed (the producer frozen on each delivery), even if the offer has changed producer since.
 * Each line is one delivery (and relay structure) under the offer's name and size frozen on that delivery, so a
 * statement already handed out reads the same after the offer is renamed, and a month with a rename shows the
 * deliveries before it under the old name and those after it under the new one.
 */
@ApplicationScoped
class BasketStatements {


    @Inject
    EntityManager em;

    @Inject
    BasketSetupService setup;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @CheckedTemplate(basePath = "BasketMail")
    static class Templates {
        static native TemplateInstance funderStatement(FunderStatement statement);
    }

    public record FunderLine(LocalDate date, String offer, String size, String relayPoint, int baskets,
            long valueCents, long amountCents) {
    }

    /**
     * A funder's month as of {@code asOf}: the baskets delivered (dated {@code asOf} or before) are what the funder
     * pays ({@code lines}, {@code baskets}, {@code valueCents}, {@code totalCents}); the baskets planned after it are
     * shown apart ({@code plannedLines} and their totals), not billed until they are delivered. The envelope holds both:
     * {@code usedCents} is delivered plus planned, {@code remainingCents} what is left of the envelope (null without
     * one), {@code overspentCents} how far past it the month goes (0 when within it).
     */
    public record FunderStatement(long funderId, String funder, String email, String month, String monthLabel,
            LocalDate asOf, Long budgetCents, List<FunderLine> lines, int baskets, long valueCents, long totalCents,
            List<FunderLine> plannedLines, int plannedBaskets, long plannedValueCents, long plannedCents, long usedCents,
            Long remainingCents, long overspentCents) {

        public boolean overspent() {
            return overspentCents > 0;
        }
    }

    public record ProducerLine(LocalDate date, String offer, String size, int baskets, long unitValueCents,
            long amountCents) {
    }

    /**
     * A producer's month as of {@code asOf}: the baskets delivered (dated {@code asOf} or before), paid at their full
     * value, and apart those still to deliver this month.
     */
    public record ProducerMonth(long producerId, String producer, String month, String monthLabel, LocalDate asOf,
            List<ProducerLine> lines, int baskets, long totalCents, List<ProducerLine> plannedLines, int plannedBaskets,
            long plannedCents) {
    }

    public FunderStatement funder(long funderId, YearMonth month) {
        return funder(funderId, month, LocalDate.now());
    }

    /** The statement of {@code month} as it stands on {@code asOf}: baskets dated after it are still to come. */
    public FunderStatement funder(long funderId, YearMonth month, LocalDate asOf) {
        Funder funder = setup.requireFunder(funderId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.delivery_date, d.offer_name, d.offer_size, rp.name, count(*), sum(h.value_cents),
                       sum(s.amount_cents)
                from basket_handout_shares s join basket_handouts h on h.id = s.handout_id
                join basket_deliveries d on d.id = h.delivery_id
                join relay_points rp on rp.id = h.relay_point_id
                where s.funder_id = :f and d.delivery_date between :a and :b
                group by d.id, rp.id order by d.delivery_date, d.offer_name, d.id, rp.name, rp.id""")
                .setParameter("f", funderId).setParameter("a", month.atDay(1)).setParameter("b", month.atEndOfMonth())
                .getResultList();
        List<FunderLine> all = rows.stream().map(r -> new FunderLine(BasketSetupService.toDate(r[0]), (String) r[1],
                BasketTexts.get().size(BasketSize.valueOf((String) r[2])), (String) r[3], ((Number) r[4]).intValue(),
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue())).toList();
        List<FunderLine> delivered = all.stream().filter(l -> !l.date().isAfter(asOf)).toList();
        List<FunderLine> planned = all.stream().filter(l -> l.date().isAfter(asOf)).toList();
        long total = delivered.stream().mapToLong(FunderLine::amountCents).reduce(0L, Math::addExact);
        long plannedCents = planned.stream().mapToLong(FunderLine::amountCents).reduce(0L, Math::addExact);
        long used = total + plannedCents;
        Long budget = funder.monthlyBudgetCents;
        return new FunderStatement(funder.id, funder.name, funder.email, month.toString(), org.paniercommun.kernel.Dates.month(month), asOf,
                budget, delivered, delivered.stream().mapToInt(FunderLine::baskets).sum(),
                delivered.stream().mapToLong(FunderLine::valueCents).reduce(0L, Math::addExact), total, planned,
                planned.stream().mapToInt(FunderLine::baskets).sum(),
                        planned.stream().mapToLong(FunderLine::valueCents).reduce(0L, Math::addExact),
                plannedCents, used, budget == null ? null : Math.max(0, budget - used),
                budget == null ? 0 : Math.max(0, used - budget));
    }

    /**
     * E-mails the statement of {@code month} to the funder, its PDF attached, through the outbox. A new address
     * typed by the coordinator is kept on the funder for the next months.
     */
    @Transactional
    public FunderStatement send(long funderId, YearMonth month, String email) {
        String to = email == null ? null : email.trim();
        if (to == null || to.isEmpty() || to.length() > 254 || !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", Texts.of(BasketStatementMessages.class).error_email());
        }
        Funder funder = setup.requireFunder(funderId);
        if (!to.equals(funder.email)) {
            funder.email = to;
        }
        FunderStatement statement = funder(funderId, month);
        BasketStatementMessages french = Texts.inDefaultLocale(BasketStatementMessages.class);
        MailBodies bodies = MailBodies.render(() -> Templates.funderStatement(statement));
        byte[] document = BasketStatementDocument.pdf(statement);
        outbox.enqueue(to, french.mail_subject(statement.funder(), statement.monthLabel()), bodies.html(),
                bodies.text(), new Outbox.Attachment(fileName(statement, "pdf"), "application/pdf", document));
        audit.record("BASKET_STATEMENT_SENT", "financeur " + funderId, "relevé " + statement.month() + " envoyé à " + to);
        return statement;
    }

    static String fileName(FunderStatement s, String extension) {
        return "releve-financeur-" + s.funderId() + "-" + s.month() + "." + extension;
    }

    public ProducerMonth producer(long producerId, YearMonth month) {
        Producer producer = Producer.findById(producerId);
        if (producer == null) {
            throw new jakarta.ws.rs.NotFoundException(BasketTexts.get().error_producer_not_found());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.delivery_date, d.offer_name, d.offer_size, count(*), min(h.value_cents), sum(h.value_cents)
                from basket_handouts h join basket_deliveries d on d.id = h.delivery_id
                where d.producer_id = :p and d.delivery_date between :a and :b
                group by d.id order by d.delivery_date, d.offer_name, d.id""")
                .setParameter("p", producerId).setParameter("a", month.atDay(1)).setParameter("b", month.atEndOfMonth())
                .getResultList();
        List<ProducerLine> all = rows.stream().map(r -> new ProducerLine(BasketSetupService.toDate(r[0]),
                (String) r[1], BasketTexts.get().size(BasketSize.valueOf((String) r[2])), ((Number) r[3]).intValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
        LocalDate asOf = LocalDate.now();
        List<ProducerLine> lines = all.stream().filter(l -> !l.date().isAfter(asOf)).toList();
        List<ProducerLine> planned = all.stream().filter(l -> l.date().isAfter(asOf)).toList();
        return new ProducerMonth(producer.id, producer.name, month.toString(), org.paniercommun.kernel.Dates.month(month), asOf, lines,
                lines.stream().mapToInt(ProducerLine::baskets).sum(),
                        lines.stream().mapToLong(ProducerLine::amountCents).reduce(0L, Math::addExact),
                planned, planned.stream().mapToInt(ProducerLine::baskets).sum(),
                planned.stream().mapToLong(ProducerLine::amountCents).reduce(0L, Math::addExact));
    }

    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now();
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.paniercommun.kernel.InvalidInputException("month", BasketTexts.get().error_month_invalid());
        }
    }
}
