package org.paniercommun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostPriceTest {

    @Test
    void costPriceIsPurchasePlusLogistics() {
        assertEquals(1062, CostPrice.perUnit(980, 82));
        assertEquals(980, CostPrice.perUnit(980, 0));
    }

    @Test
    void negativePartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CostPrice.perUnit(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> CostPrice.perUnit(10, -1));
    }

    @Test
    void overflowIsNotSilent() {
        assertThrows(ArithmeticException.class, () -> CostPrice.perUnit(Long.MAX_VALUE, 1));
    }

    @Test
    void quantityCostIsRoundedHalfUpToTheCentOnTheTotal() {
        // 2,345 kg at 3,99 €/kg = 9,35655 € -> 9,36 €
        assertEquals(936, org.paniercommun.pricing.LineAmount.of(399, new BigDecimal("2.345")));
        // 0,5 kg at 2,25 €/kg = 1,125 € -> 1,13 €
        assertEquals(113, org.paniercommun.pricing.LineAmount.of(225, new BigDecimal("0.500")));
        // 0,1 kg at 0,04 €/kg = 0,004 € -> 0,00 €
        assertEquals(0, org.paniercommun.pricing.LineAmount.of(4, new BigDecimal("0.1")));
    }

    @Test
    void casePriceIsUnitCostTimesCaseSize() {
        // olive oil 10,62 €/L in a 5 L can
        assertEquals(5310, CostPrice.perCase(1062, new BigDecimal("5.000")));
        // lentils 2,40 €/kg in a 25 kg sack
        assertEquals(6000, CostPrice.perCase(240, new BigDecimal("25")));
    }

    @Test
    void negativeQuantityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> org.paniercommun.pricing.LineAmount.of(100, new BigDecimal("-1")));
    }
}
