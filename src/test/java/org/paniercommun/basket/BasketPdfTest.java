package org.paniercommun.basket;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.basket.BasketStatements.FunderLine;
import org.paniercommun.basket.BasketStatements.FunderStatement;
import org.paniercommun.basket.DeliveryService.PickupList;
import org.paniercommun.basket.DeliveryService.PickupRow;
import org.paniercommun.print.PdfText;
import org.paniercommun.kernel.Money;

/** The basket pickup list and the funder's statement drawn as PDF from views made in memory, read back as text. */
@QuarkusTest
class BasketPdfTest {

    @Test
    void aLongPickupListRepeatsItsHeaderAndEndsWithTheTotal() {
        List<PickupRow> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(new PickupRow(i, i, "Foyer n° " + i, "Petit", 500, i == 2 ? "COLLECTED" : "WAITING",
                    i == 2 ? "Retiré" : "En attente", i == 2 ? 500 : 0, i == 2 ? "Espèces" : null, null,
                    i == 3 ? "Reporté" : null, null, 0));
        }
        PickupList list = new PickupList(1, "Panier P.A.N.I.E.R.S.", "Petit", LocalDate.of(2026, 12, 9),
                "mercredi 9 décembre 2026", "17 h – 19 h", 2, "Centre social Vachala", "3 rue Vachala", "Reporté", rows,
                59 * 500);
        PdfText text = PdfText.of(BasketPickupDocument.pdf(list));
        assertTrue(text.pages() >= 2, text.pages() + " pages");
        assertTrue(text.flatPage(1).contains("Centre social Vachala"), text.page(1));
        assertTrue(text.flatPage(1).contains("Panier P.A.N.I.E.R.S. (Petit) · mercredi 9 décembre 2026 · 17 h – 19 h"),
                text.page(1));
        assertTrue(text.flatPage(1).contains("Foyer n° 2 Petit 5,00\u00a0€ Retiré 5,00\u00a0€ (Espèces)"), text.page(1));
        assertTrue(text.flatPage(1).contains("Foyer n° 3 Petit 5,00\u00a0€ Reporté"), text.page(1));
        assertTrue(text.flatPage(2).startsWith("Foyer Taille À payer"), "header repeated: " + text.page(2));
        assertTrue(text.page(2).contains("Page 2 / " + text.pages()), text.page(2));
        assertTrue(text.page(text.pages()).contains(Money.format(59 * 500)), text.page(text.pages()));
    }

    @Test
    void theFundersStatementHasItsEnvelopeDeliveredAndPlannedBaskets() {
        List<FunderLine> delivered = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            delivered.add(new FunderLine(LocalDate.of(2026, 12, 2), "Panier n° " + i, "Petit", "Centre social", 4, 4000,
                    2000));
        }
        List<FunderLine> planned = List.of(new FunderLine(LocalDate.of(2026, 12, 30), "Panier prévu", "Grand",
                "Centre social", 3, 6000, 3000));
        FunderStatement s = new FunderStatement(1, "Fondation Solidaire", "f@example.org", "2026-12", "décembre 2026",
                LocalDate.of(2026, 12, 15), 500_000L, delivered, 200, 200_000, 100_000, planned, 3, 6000, 3000, 103_000,
                397_000L, 0);
        PdfText text = PdfText.of(BasketStatementDocument.pdf(s));
        assertTrue(text.pages() >= 2, text.pages() + " pages");
        String all = text.flat();
        assertTrue(all.contains("Fondation Solidaire"), all);
        assertTrue(all.contains(Money.format(500_000)), "the envelope: " + all);
        assertTrue(all.contains("mercredi 2 décembre 2026 Panier n° 1 Petit Centre social 4 40,00\u00a0€ 20,00\u00a0€"), all);
        assertTrue(all.contains("Panier prévu"), all);
        assertTrue(all.contains("200 " + Money.format(200_000) + " " + Money.format(100_000)), "delivered total: " + all);
        assertTrue(text.page(2).contains("Page 2 / " + text.pages()), text.page(2));
    }
}
