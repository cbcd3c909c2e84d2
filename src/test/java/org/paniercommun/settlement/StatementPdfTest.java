package org.paniercommun.settlement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.print.PdfText;
import org.paniercommun.settlement.SettlementService.AdjustmentView;
import org.paniercommun.settlement.SettlementService.StatementLine;
import org.paniercommun.settlement.SettlementService.StatementView;
import org.paniercommun.kernel.Money;

/** A producer's statement drawn as PDF from a view made in memory, read back as text. */
@QuarkusTest
class StatementPdfTest {

    @Test
    void aLongStatementHasItsLinesAdjustmentsAndTotalToPay() {
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(new StatementLine("Pommes Boskoop n° " + i, "kg", new BigDecimal("12.5"), 250, 3125,
                    i == 3 ? "2 kg abîmés" : null));
        }
        long total = 60 * 3125 - 500;
        StatementView statement = new StatementView(1L, 2, "Décembre", 3, "Verger Sainte-Barbe", "v@example.org", "PAID",
                "Payé", lines, List.of(new AdjustmentView(-500, "caisse cassée", "coord")), 60 * 3125, total, null,
                LocalDate.of(2026, 12, 20), "VIR-42", 0);
        PdfText text = PdfText.of(StatementDocument.pdf(statement));
        assertTrue(text.pages() >= 2, "60 lines: " + text.pages());
        assertTrue(text.page(1).contains("Relevé producteur : Verger Sainte-Barbe"), text.page(1));
        assertTrue(text.flatPage(1).contains("Tournée Décembre · état : Payé · payé le dimanche 20 décembre 2026 (réf. VIR-42)"),
                text.page(1));
        assertTrue(text.flatPage(1).contains("Pommes Boskoop n° 3 12,5 kg 2,50\u00a0€ / kg 31,25\u00a0€ 2 kg abîmés"),
                text.page(1));
        assertTrue(text.flatPage(2).startsWith("Produit Quantité reçue Prix d'achat Montant Remarque"), text.page(2));
        assertTrue(text.page(2).contains("Page 2 / " + text.pages()), text.page(2));
        assertTrue(text.all().contains("Ajustement : caisse cassée -5,00\u00a0€"), text.all());
        assertTrue(text.all().contains("Total à payer au producteur " + Money.format(total)), text.all());
    }
}
