package org.paniercommun.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FundRulesTest {

    @Test
    void reductionIsTheRateOfTheTotalRoundedHalfUpWithinTheCap() {
        assertEquals(1000, FundRules.reduction(5000, 20, null));
        // 12,35 € × 10 % = 1,235 € → 1,24 €
        assertEquals(124, FundRules.reduction(1235, 10, null));
        // 12,34 € × 30 % = 3,702 € → 3,70 €
        assertEquals(370, FundRules.reduction(1234, 30, null));
        assertEquals(500, FundRules.reduction(5000, 30, 500L));
        assertEquals(0, FundRules.reduction(0, 30, null));
    }

    @Test
    void bestRateIsTheHighestThatFits() {
        List<Integer> rates = List.of(10, 20, 30);
        assertEquals(30, FundRules.bestRateWithin(5000, rates, null, 1500));
        assertEquals(20, FundRules.bestRateWithin(5000, rates, null, 1499));
        assertEquals(10, FundRules.bestRateWithin(5000, rates, null, 500));
        assertEquals(0, FundRules.bestRateWithin(5000, rates, null, 499));
    }

    @Test
    void bonsAcceptedAreTheHighestRateOfWhatIsPaidInWholeEurosDown() {
        // 33,27 € × 30 % = 9,98 € → 9 bons of 1 €: paying with bons never goes above the rate.
        assertEquals(9, FundRules.bonsAccepted(3327, 30));
        assertEquals(10, FundRules.bonsAccepted(3334, 30));
        assertEquals(0, FundRules.bonsAccepted(333, 30));
        assertEquals(0, FundRules.bonsAccepted(-500, 30), "a household in credit pays nothing, so no bons");
        assertEquals(0, FundRules.bonsAccepted(10_000, 0), "an antenna without rates takes no bons");
    }
}
