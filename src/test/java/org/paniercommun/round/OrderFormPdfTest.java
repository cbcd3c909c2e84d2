package org.paniercommun.round;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.print.PdfText;
import org.paniercommun.round.OrderForms.Line;
import org.paniercommun.round.OrderForms.OrderForm;
import org.paniercommun.round.OrderForms.Section;

/** The paper order form drawn as PDF from a form made in memory, read back as text. */
@QuarkusTest
class OrderFormPdfTest {

    @Test
    void aLongFormHasItsBoxesItsSectionsOnSeveralPagesAndTheFundBox() {
        List<Section> sections = new ArrayList<>();
        int number = 1;
        for (String category : List.of("Épicerie sèche", "Fruits et légumes")) {
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < 30; i++, number++) {
                lines.add(new Line(number, category + " produit " + number, "Ferme du Marais", "kg", "0,5", "1",
                        "1,20\u00a0€", "2,16\u00a0€", "2,40\u00a0€", i % 5 == 0 ? "un sac de 25 kg" : null));
            }
            sections.add(new Section(category, lines));
        }
        OrderForm form = new OrderForm(1, 2, "Décembre", "VRAC Bassin minier", "Lens centre",
                "mardi 15 décembre 2026 à 18 h", "OPEN", false, sections, 30);
        PdfText text = PdfText.of(OrderFormDocument.pdf(form));
        assertTrue(text.pages() >= 2, "60 products: " + text.pages());
        String first = text.flatPage(1);
        assertTrue(first.contains("Bon de commande — Décembre"), first);
        assertTrue(first.contains("VRAC Bassin minier · groupement Lens centre · à rendre au point relais avant le mardi"),
                first);
        assertTrue(first.contains("Nom du foyer :") && first.contains("N° de foyer :") && first.contains("Point relais :"),
                first);
        assertTrue(first.contains("Tarif (cochez) :") && first.contains("Tarif 1") && first.contains("Tarif 3"), first);
        assertTrue(first.contains("Épicerie sèche"), first);
        assertTrue(first.contains("N° Produit Producteur Unité Par Minimum Tarif 1 Tarif 2 Tarif 3 Quantité"), first);
        assertTrue(first.contains("1 Épicerie sèche produit 1 Ferme du Marais kg 0,5 1 1,20\u00a0€ 2,16\u00a0€ 2,40\u00a0€"),
                first);
        assertTrue(first.contains("Pour compléter un sac de 25 kg, j'accepte jusqu'à kg de plus"), first);
        assertTrue(text.flatPage(2).contains("N° Produit Producteur Unité Par Minimum Tarif 1 Tarif 2 Tarif 3 Quantité"),
                "header repeated: " + text.page(2));
        assertTrue(text.page(2).contains("Page 2 / " + text.pages()), text.page(2));
        String all = text.flat();
        assertTrue(all.contains("Fruits et légumes produit 60"), all);
        assertTrue(all.contains("Caisse solidaire") && all.contains("Coupons solidaires de 1 €")
                && all.contains("Nombre de coupons :"), all);
    }
}
