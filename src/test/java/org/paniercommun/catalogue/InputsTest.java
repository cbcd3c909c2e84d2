package org.paniercommun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/** Plain parsing, but its messages come from bundles: run inside Quarkus (French, no request). */
@QuarkusTest
class InputsTest {

    @Test
    void readsFrenchNumbersAndYesNo() {
        Inputs in = new Inputs();
        assertEquals(1250L, in.cents("prix", "12,50"));
        assertEquals(980L, in.cents("prix", "9.80 €"));
        assertEquals(new BigDecimal("0.500"), in.quantity("pas", "0,5"));
        assertEquals(new BigDecimal("5.5"), in.percent("tva", "5,5 %"));
        assertTrue(in.yesNo("bio", "Oui"));
        assertTrue(in.yesNo("bio", "on"));
        assertFalse(in.yesNo("bio", "non"));
        assertFalse(in.yesNo("bio", ""));
        assertEquals(SaleUnit.LITRE, in.saleUnit("unite", "L"));
        assertTrue(in.errors().isEmpty(), in.errors().toString());
    }

    @Test
    void blankIsNullWithoutError() {
        Inputs in = new Inputs();
        assertNull(in.cents("prix", " "));
        assertNull(in.quantity("pas", null));
        assertNull(in.integer("km", ""));
        assertTrue(in.errors().isEmpty());
    }

    @Test
    void unreadableTextBecomesAFrenchFieldError() {
        Inputs in = new Inputs();
        assertNull(in.cents("prix", "douze"));
        assertNull(in.cents("logistique", "1,234"));
        assertNull(in.quantity("pas", "0,0005"));
        assertNull(in.integer("km", "8,5"));
        in.yesNo("bio", "peut-être");
        assertEquals(List.of(
                new FieldError("prix", "« douze » n'est pas un montant (exemple : 12,50)."),
                new FieldError("logistique", "Un montant a au plus deux chiffres après la virgule."),
                new FieldError("pas", "Au plus trois chiffres après la virgule."),
                new FieldError("km", "« 8,5 » n'est pas un nombre entier."),
                new FieldError("bio", "Répondez par oui ou non (et non « peut-être »).")), in.errors());
        assertTrue(in.hasError("pas"));
    }

    @Test
    void sameProductDataIgnoresNumberScaleAndGroupOrder() {
        ProductCommand a = new ProductCommand(1L, "Riz", null, ProductCategory.EPICERIE_SECHE, SaleUnit.KG,
                new BigDecimal("0.5"), BigDecimal.ZERO, new BigDecimal("25"), 290L, 15L, new BigDecimal("5.5"), true,
                false, false, false, "Camargue", Set.of(3L, 1L), null);
        ProductCommand b = new ProductCommand(1L, "Riz ", "", ProductCategory.EPICERIE_SECHE, SaleUnit.KG,
                new BigDecimal("0.500"), new BigDecimal("0.000"), new BigDecimal("25.000"), 290L, 15L,
                new BigDecimal("5.50"), true, false, false, false, "Camargue", Set.of(1L, 3L), 7L);
        assertTrue(a.sameDataAs(b));
        ProductCommand c = new ProductCommand(1L, "Riz", null, ProductCategory.EPICERIE_SECHE, SaleUnit.KG,
                new BigDecimal("0.5"), BigDecimal.ZERO, new BigDecimal("25"), 291L, 15L, new BigDecimal("5.5"), true,
                false, false, false, "Camargue", Set.of(3L, 1L), null);
        assertFalse(a.sameDataAs(c), "a one-cent change is a change");
    }
}
