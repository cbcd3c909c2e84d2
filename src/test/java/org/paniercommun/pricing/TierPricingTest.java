package org.paniercommun.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TierPricingTest {

    private final TierPricing defaults = TierPricing.defaults();

    @Test
    void defaultTiersAreHalfNinetyAndHundredFifteenPercentOfCost() {
        // Olive oil at 10,00 € the litre cost price.
        assertEquals(500, defaults.unitPrice(1000, 1, false));
        assertEquals(900, defaults.unitPrice(1000, 2, false));
        assertEquals(1150, defaults.unitPrice(1000, 3, false));
    }

    @Test
    void halfCentsRoundUpAndJustBelowRoundsDown() {
        // 2,37 € × 50 % = 1,185 € → 1,19 €
        assertEquals(119, defaults.unitPrice(237, 1, false));
        // 2,33 € × 115 % = 2,6795 € → 2,68 €
        assertEquals(268, defaults.unitPrice(233, 3, false));
        // 0,01 € × 50 % = 0,005 € → 0,01 €
        assertEquals(1, defaults.unitPrice(1, 1, false));
        // 0,01 € × 90 % = 0,009 € → 0,01 €; 0,01 € × 40 % = 0,004 € → 0
        assertEquals(1, defaults.unitPrice(1, 2, false));
        TierPricing low = new TierPricing(new BigDecimal("40"), new BigDecimal("90"), new BigDecimal("115"), 1);
        assertEquals(0, low.unitPrice(1, 1, false));
    }

    @Test
    void cashFriendlyStepsRoundToFiveOrTenCents() {
        TierPricing fiveCents = new TierPricing(new BigDecimal("50"), new BigDecimal("90"), new BigDecimal("115"), 5);
        // 2,37 € × 50 % = 1,185 € → 1,20 € (1,185 / 0,05 = 23,7 → 24 steps)
        assertEquals(120, fiveCents.unitPrice(237, 1, false));
        // 2,35 € × 50 % = 1,175 € = 23,5 steps → 24 steps (half-up) = 1,20 €
        assertEquals(120, fiveCents.unitPrice(235, 1, false));
        // 2,30 € × 50 % = 1,15 € exactly
        assertEquals(115, fiveCents.unitPrice(230, 1, false));
        TierPricing tenCents = new TierPricing(new BigDecimal("50"), new BigDecimal("90"), new BigDecimal("115"), 10);
        // 12,34 € × 115 % = 14,191 € → 14,20 €
        assertEquals(1420, tenCents.unitPrice(1234, 3, false));
        // 12,34 € × 90 % = 11,106 € → 11,10 €
        assertEquals(1110, tenCents.unitPrice(1234, 2, false));
    }

    @Test
    void onePriceForAllIsTheCostPriceInEveryTier() {
        TierPricing.TierPrices prices = defaults.prices(455, true);
        assertEquals(new TierPricing.TierPrices(455, 455, 455), prices);
        assertEquals(455, prices.forTier(1));
    }

    @Test
    void fractionalCoefficientsAreExact() {
        TierPricing odd = new TierPricing(new BigDecimal("33.3"), new BigDecimal("87.5"), new BigDecimal("112.5"), 1);
        // 3,00 € × 33,3 % = 0,999 € → 1,00 €
        assertEquals(100, odd.unitPrice(300, 1, false));
        // 1,99 € × 87,5 % = 1,74125 € → 1,74 €
        assertEquals(174, odd.unitPrice(199, 2, false));
    }

    @Test
    void lineAmountRoundsHalfUpOnceOnTheLine() {
        // 0,5 kg of lentils at 2,37 €/kg = 1,185 € → 1,19 €
        assertEquals(119, LineAmount.of(237, new BigDecimal("0.500")));
        // 0,333 kg at 1,50 €/kg = 0,4995 € → 0,50 €
        assertEquals(50, LineAmount.of(150, new BigDecimal("0.333")));
        // 1,234 kg at 0,01 €/kg = 0,01234 € → 0,01 €
        assertEquals(1, LineAmount.of(1, new BigDecimal("1.234")));
        // 3 pieces at 2,05 € = 6,15 €
        assertEquals(615, LineAmount.of(205, new BigDecimal("3")));
        // zero quantity
        assertEquals(0, LineAmount.of(999, BigDecimal.ZERO));
    }

    @Test
    void largeQuantitiesStayExact() {
        // a pallet: 1 000 kg of flour at 1,17 €/kg
        assertEquals(117000, LineAmount.of(117, new BigDecimal("1000.000")));
        // 99 999,999 kg at 99 999,99 € — no overflow, no double drift
        // 9 999 999 × 99 999,999 = 999 999 890 000,001 cents
        assertEquals(999_999_890_000L, LineAmount.of(9999999, new BigDecimal("99999.999")));
        assertEquals(5_000_000_000L, defaults.unitPrice(10_000_000_000L, 1, false));
    }

    @Test
    void refusesSettingsAndInputsOutsideTheRules() {
        assertThrows(IllegalArgumentException.class,
                () -> new TierPricing(new BigDecimal("50"), new BigDecimal("90"), new BigDecimal("115"), 2));
        assertThrows(IllegalArgumentException.class,
                () -> new TierPricing(new BigDecimal("-1"), new BigDecimal("90"), new BigDecimal("115"), 1));
        assertThrows(IllegalArgumentException.class, () -> defaults.unitPrice(100, 4, false));
        assertThrows(IllegalArgumentException.class, () -> defaults.unitPrice(-1, 1, false));
        assertThrows(IllegalArgumentException.class, () -> LineAmount.of(100, new BigDecimal("-0.5")));
    }
}
