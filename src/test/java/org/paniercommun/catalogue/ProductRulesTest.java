package org.paniercommun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/** Plain rules, but their messages come from the catalogue bundle: run inside Quarkus (French, no request). */
@QuarkusTest
class ProductRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void minimumMustBeAMultipleOfTheStep() {
        assertTrue(ProductRules.check(d("0.5"), d("1.5"), d("5.5")).isEmpty());
        assertTrue(ProductRules.check(d("0.5"), d("0"), d("5.5")).isEmpty(), "0 means no minimum");
        assertTrue(ProductRules.check(d("6"), d("12.000"), d("20")).isEmpty());
        assertEquals(List.of(new FieldError("orderMinimum", "Le minimum de commande doit être un multiple du pas (ou 0).")),
                ProductRules.check(d("0.5"), d("1.25"), d("5.5")));
        assertEquals(List.of(new FieldError("orderMinimum", "Le minimum de commande doit être un multiple du pas (ou 0).")),
                ProductRules.check(d("6"), d("4"), d("10")));
    }

    @Test
    void vatMustBeOneOfTheThreeFrenchRates() {
        assertTrue(ProductRules.check(d("1"), d("0"), d("5.50")).isEmpty());
        assertTrue(ProductRules.check(d("1"), d("0"), d("10.0")).isEmpty());
        assertTrue(ProductRules.check(d("1"), d("0"), d("20")).isEmpty());
        assertEquals(List.of(new FieldError("vatRate", "Le taux de TVA doit être 5,5, 10 ou 20 %.")),
                ProductRules.check(d("1"), d("0"), d("7")));
    }

    @Test
    void missingValuesAreLeftToBeanValidation() {
        assertTrue(ProductRules.check(null, d("1"), null).isEmpty());
        assertTrue(ProductRules.check(d("0"), d("1"), d("5.5")).isEmpty(), "a zero step is reported elsewhere");
    }

    @Test
    void enumsAreFoundByCodeOrFrenchLabel() {
        assertEquals(ProductCategory.EPICERIE_SECHE, ProductCategory.parse("epicerie seche").orElseThrow());
        assertEquals(ProductCategory.FRUITS_LEGUMES, ProductCategory.parse("Fruits et légumes").orElseThrow());
        assertEquals(ProductCategory.HYGIENE, ProductCategory.parse("HYGIENE").orElseThrow());
        assertTrue(ProductCategory.parse("Boucherie").isEmpty());
        assertEquals(SaleUnit.PIECE, SaleUnit.parse("pièce").orElseThrow());
        assertEquals(SaleUnit.LITRE, SaleUnit.parse("l").orElseThrow());
        assertEquals(SaleUnit.LITRE, SaleUnit.parse("LITRE").orElseThrow());
        assertEquals("5,5\u00a0%", VatRate.REDUIT.label());
    }
}
