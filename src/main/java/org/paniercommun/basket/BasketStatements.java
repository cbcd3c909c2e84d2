package org.paniercommun.basket;

import org.paniercommun.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.Table;

/**
 * Monthly money of the baskets. Every basket planned for a date (packed and brought to its relay structure) is
 * paid in full to the producer and billed to each funder for its frozen share, whatever happened at pickup (a
 * missed basket was still packed; the missed-basket rule says where it went). The amounts come from the rows
 * frozen at planning, so an antenna report can sum the same figures later; a producer's month counts the
 * deliveries it packed (the producer frozen on each delivery), even if the offer has changed producer since.
 * Each line is one delivery (and relay structure) under the offer's name and size frozen on that delivery, so a
 * statement already handed out reads the same after the offer is renamed, and a month with a rename shows the
 * deliveries before it under the old name and those after it under the new one.
 */
@ApplicationScoped
public class BasketStatements {


    @Inject
    EntityManager em;

    @Inject
    BasketSetupService setup;

    public record FunderLine(LocalDate date, String offer, String size, String relayPoint, int baskets,
            long valueCents, long amountCents) {
    }

    public record FunderStatement(long funderId, String funder, String month, String monthLabel, Long budgetCents,
            List<FunderLine> lines, int baskets, long valueCents, long totalCents) {
    }

    public record ProducerLine(LocalDate date, String offer, String size, int baskets, long unitValueCents,
            long amountCents) {
    }

    public record ProducerMonth(long producerId, String producer, String month, String monthLabel,
            List<ProducerLine> lines, int baskets, long totalCents) {
    }

    public FunderStatement funder(long funderId, YearMonth month) {
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
        List<FunderLine> lines = rows.stream().map(r -> new FunderLine(BasketSetupService.toDate(r[0]), (String) r[1],
                BasketTexts.get().size(BasketSize.valueOf((String) r[2])), (String) r[3], ((Number) r[4]).intValue(),
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue())).toList();
        return new FunderStatement(funder.id, funder.name, month.toString(), org.paniercommun.web.Dates.month(month), funder.monthlyBudgetCents,
                lines, lines.stream().mapToInt(FunderLine::baskets).sum(),
                lines.stream().mapToLong(FunderLine::valueCents).sum(), lines.stream().mapToLong(FunderLine::amountCents).sum());
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
        List<ProducerLine> lines = rows.stream().map(r -> new ProducerLine(BasketSetupService.toDate(r[0]),
                (String) r[1], BasketTexts.get().size(BasketSize.valueOf((String) r[2])), ((Number) r[3]).intValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
        return new ProducerMonth(producer.id, producer.name, month.toString(), org.paniercommun.web.Dates.month(month), lines,
                lines.stream().mapToInt(ProducerLine::baskets).sum(), lines.stream().mapToLong(ProducerLine::amountCents).sum());
    }

    static String csv(FunderStatement s) {
        return CsvWriter.write(table(s));
    }

    /** The funder's monthly statement as a table, written as CSV and as .xlsx with the same columns. */
    static Table table(FunderStatement s) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (FunderLine l : s.lines()) {
            // ISO for the spreadsheet (sorts and reads as a date), the French long form for the person reading it.
            rows.add(java.util.Arrays.asList(l.date(), org.paniercommun.web.Dates.day(l.date()), l.offer(), l.size(), l.relayPoint(),
                    l.baskets(), Table.euros(l.valueCents()), Table.euros(l.amountCents())));
        }
        String total = Texts.of(BasketMessages.class).common_total();
        rows.add(java.util.Arrays.asList(total, null, null, null, null, s.baskets(), Table.euros(s.valueCents()),
                Table.euros(s.totalCents())));
        return new Table("Relevé financeur", List.of("date", "jour", "offre", "taille", "structure_relais", "paniers",
                "valeur_paniers", "part_financeur"), rows);
    }

    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now();
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.paniercommun.web.InvalidInputException("month", BasketTexts.get().error_month_invalid());
        }
    }
}
