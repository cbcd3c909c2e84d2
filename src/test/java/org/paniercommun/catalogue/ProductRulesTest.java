package org.paniercommun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.catalogue.ProductRules.Breach;

/** Plain rules answering codes: no Quarkus (their words are checked in {@link ProductTextsTest}). */
class ProductRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void minimumMustBeAMultipleOfTheStep() {
        assertTrue(ProductRules.check(d("0.5"), d("1.5"), d("5.5")).isEmpty());
        assertTrue(ProductRules.check(d("0.5"), d("0"), d("5.5")).isEmpty(), "0 means no minimum");
        assertTrue(ProductRules.check(d("6"), d("12.000"), d("20")).isEmpty());
        assertEquals(List.of(Breach.MINIMUM_NOT_MULTIPLE), ProductRules.check(d("0.5"), d("1.25"), d("5.5")));
        assertEquals(List.of(Breach.MINIMUM_NOT_MULTIPLE), ProductRules.check(d("6"), d("4"), d("10")));
        assertEquals("orderMinimum", Breach.MINIMUM_NOT_MULTIPLE.field);
    }

    @Test
    void vatMustBeOneOfTheThreeFrenchRates() {
        assertTrue(ProductRules.check(d("1"), d("0"), d("5.50")).isEmpty());
        assertTrue(ProductRules.check(d("1"), d("0"), d("10.0")).isEmpty());
        assertTrue(ProductRules.check(d("1"), d("0"), d("20")).isEmpty());
        assertEquals(List.of(Breach.UNKNOWN_VAT), ProductRules.check(d("1"), d("0"), d("7")));
        assertEquals("vatRate", Breach.UNKNOWN_VAT.field);
    }

    @Test
    void bothBreachesAreReportedTogether() {
        assertEquals(List.of(Breach.MINIMUM_NOT_MULTIPLE, Breach.UNKNOWN_VAT),
                ProductRules.check(d("0.5"), d("1.25"), d("7")));
    }

    @Test
    void missingValuesAreLeftToBeanValidation() {
        assertTrue(ProductRules.check(null, d("1"), null).isEmpty());
        assertTrue(ProductRules.check(d("0"), d("1"), d("5.5")).isEmpty(), "a zero step is reported elsewhere");
    }
}
