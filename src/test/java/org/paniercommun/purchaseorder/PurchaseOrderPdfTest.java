package org.paniercommun.purchaseorder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.print.PdfText;
import org.paniercommun.purchaseorder.PurchaseOrderService.Line;
import org.paniercommun.purchaseorder.PurchaseOrderService.PurchaseOrderView;

/** A purchase order drawn as PDF from a view made in memory, read back as text. */
@QuarkusTest
class PurchaseOrderPdfTest {

    @Test
    void aLongOrderHasItsDeliveryItsLinesOnSeveralPagesAndItsTotal() {
        List<Line> lines = new ArrayList<>();
        long total = 0;
        for (int i = 1; i <= 70; i++) {
            lines.add(new Line("Miel de fleurs n° " + i, "kg", BigDecimal.valueOf(25), 2, BigDecimal.valueOf(50), 800,
                    40_000));
            total += 40_000;
        }
        PurchaseOrderView order = new PurchaseOrderView(1L, 2, "Décembre", "VRAC Bassin minier", 3, "Rucher du Marais",
                "rucher@example.org", LocalDate.of(2026, 12, 10), "Plateforme, 1 rue du Port, Lens", "Quai n° 2", lines,
                total, true, List.of());
        PdfText text = PdfText.of(PurchaseOrderDocument.pdf(order));
        assertTrue(text.pages() >= 2, "70 lines: " + text.pages());
        assertTrue(text.page(1).contains("Bon de commande"), text.page(1));
        assertTrue(text.page(1).contains("Rucher du Marais"), text.page(1));
        assertTrue(text.page(1).contains("Décembre · VRAC Bassin minier"), text.page(1));
        assertTrue(text.page(1).contains("jeudi 10 décembre 2026"), text.page(1));
        assertTrue(text.flatPage(1).contains("Plateforme, 1 rue du Port, Lens") && text.page(1).contains("Quai n° 2"));
        assertTrue(text.flatPage(1).contains("Miel de fleurs n° 1 2 25 kg 50 kg 8,00\u00a0€ / kg 400,00\u00a0€"),
                text.page(1));
        assertTrue(text.flatPage(2).startsWith("Produit Colis"), "header repeated: " + text.page(2));
        assertTrue(text.page(2).contains("Page 2 / " + text.pages()), text.page(2));
        assertTrue(text.flat().contains("Total de la commande " + org.paniercommun.kernel.Money.format(total)), text.all());
    }
}
