package org.paniercommun.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.print.PdfText;
import org.paniercommun.report.FunderReport.Amount;
import org.paniercommun.report.FunderReport.Count;
import org.paniercommun.report.FunderReport.ProducerPaid;
import org.paniercommun.kernel.Money;

/** The funders' report drawn as PDF from a report made in memory, read back as text: charts, then figures. */
@QuarkusTest
class ReportPdfTest {

    @Test
    void theReportHasItsChartsWithTheirFiguresAndEveryTableOverSeveralPages() {
        List<ProducerPaid> producers = new ArrayList<>();
        long due = 0;
        for (int i = 1; i <= 60; i++) {
            producers.add(new ProducerPaid("Producteur n° " + i, i % 2 == 0, i * 1000L, i * 1000L));
            due += i * 1000L;
        }
        FunderReport report = new FunderReport(1, "VRAC Bassin minier",
                new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ReportPeriod.Span.YEAR),
                List.of(new FunderReport.RoundRef(1, "Janvier", LocalDate.of(2026, 1, 20))),
                new FunderReport.Households(12, 30, List.of(new Count("Tarif 1", 5), new Count("Tarif 2", 7)),
                        List.of(new Count("Lens centre", 12))),
                new FunderReport.Orders(12, 44_820, 3_735),
                List.of(new FunderReport.Volume("Épicerie sèche", "kg", new BigDecimal("29.8"))),
                new FunderReport.ValueShares(18_000, 15_000, new BigDecimal("83.3"), 5_000, new BigDecimal("27.8"),
                        10_000, new BigDecimal("55.6")),
                new FunderReport.Producers(producers, due, due, 80, 30, new BigDecimal("50.0"), due / 2),
                new FunderReport.Fund(List.of(new Amount("Coupons", 4_200)), 4_200, null, null, 0, 4_200),
                List.of(new Amount("Mieux manger pour tous", 15_700)), 15_700,
                new FunderReport.Baskets(0, 0, 0, 0, 0, 0, 0, List.of()),
                new FunderReport.Memberships(List.of(), 0, 0));
        PdfText text = PdfText.of(ReportDocument.pdf(report, ReportPages.charts(report)));
        assertTrue(text.pages() >= 2, text.pages() + " pages");
        String all = text.flat();
        assertTrue(all.contains("VRAC Bassin minier : rapport d'activité, " + ReportTexts.label(report.period())), all);
        assertTrue(all.contains("1 tournée distribuée sur la période."), all);
        assertTrue(all.contains("Foyers servis par tarif"), all);
        assertTrue(all.contains("Tarif 1 5 foyers") && all.contains("Tarif 2 7 foyers"), "label, bar, figure: " + all);
        assertTrue(all.contains("Bio 83,3 %") && all.contains("Local 27,8 %"), all);
        assertTrue(all.contains("Foyers servis (au moins une commande retirée) 12"), all);
        assertTrue(all.contains("Panier moyen") || all.contains(Money.format(3_735)), all);
        assertTrue(all.contains("30 producteurs locaux sur 60 (à moins de 80 km), soit 50,0 % des producteurs."), all);
        assertTrue(all.contains("Producteur n° 60 Oui " + Money.format(60_000)) || all.contains("Producteur n° 60"), all);
        assertTrue(all.contains("Mieux manger pour tous " + Money.format(15_700)), all);
        assertTrue(all.contains("Aucun panier solidaire sur la période."), all);
        assertTrue(text.page(2).contains("Page 2 / " + text.pages()), text.page(2));
        assertTrue(!all.contains("Réductions accordées " + Money.format(0)), "fewer than 3 households: hidden: " + all);
    }
}
