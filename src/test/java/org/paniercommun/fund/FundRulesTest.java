package org.paniercommun.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
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

    // ---- decisions, applied by FundService ----

    @Test
    void aRequestDrawsOrReleasesTheDifferenceWithWhatTheOrderHolds() {
        // 50 € at 20 %: 10 € wanted. Nothing held yet: draw 10 €.
        assertEquals(new FundRules.Draw(1000, 1000), FundRules.request(0, 20, 5000, null));
        // 12 € held: 2 € go back.
        assertEquals(new FundRules.Release(200, 1000), FundRules.request(1200, 20, 5000, null));
        assertEquals(new FundRules.Keep(1000), FundRules.request(1000, 20, 5000, null));
        // No rate any more: everything held goes back.
        assertEquals(new FundRules.Release(1000, 0), FundRules.request(1000, null, 5000, null));
        // Within the cap.
        assertEquals(new FundRules.Draw(500, 500), FundRules.request(0, 30, 5000, 500L));
    }

    @Test
    void afterClosingTheReductionFollowsTheGoodsAtTheRateGrantedAndAnOrderWithoutRateKeepsItsOwn() {
        assertEquals(new FundRules.Release(100, 900), FundRules.settle(1000, 20, 4500, null));
        assertEquals(new FundRules.Draw(100, 1100), FundRules.settle(1000, 20, 5500, null));
        assertEquals(new FundRules.Keep(0), FundRules.settle(0, null, 5500, null));
        assertEquals(new FundRules.Release(1000, 0), FundRules.settle(1000, 20, 0, null), "nothing handed out");
    }

    @Test
    void aDrawTheFundCannotGiveFallsBackToTheBestRateWithinWhatItHas() {
        // 50 €, 3 € held, 7 € above the floor: with the 3 € back, 10 € — 20 % is possible, 30 % is not.
        FundRules.FallBack fallBack = FundRules.fallBack(300, 5000, List.of(10, 20, 30), null, 700);
        assertEquals(300, fallBack.releaseCents());
        assertEquals(20, fallBack.possibleRatePercent());
        assertEquals(0, fallBack.reductionCents());
        assertEquals(0, FundRules.fallBack(0, 5000, List.of(10, 20, 30), null, 499).possibleRatePercent());
    }

    @Property(tries = 1000)
    void aDecisionMovesTheFundByExactlyTheChangeOfTheReduction(
            @ForAll @LongRange(min = 0, max = 1_000_000) long previous,
            @ForAll @IntRange(min = 0, max = 30) int rate, @ForAll @LongRange(min = 0, max = 10_000_000) long total,
            @ForAll boolean capped, @ForAll @LongRange(min = 0, max = 100_000) long cap, @ForAll boolean settle) {
        Integer ratePercent = rate == 0 ? null : rate;
        Long capCents = capped ? cap : null;
        FundRules.FundDecision decision = settle ? FundRules.settle(previous, ratePercent, total, capCents)
                : FundRules.request(previous, ratePercent, total, capCents);
        long expected = ratePercent == null ? (settle ? previous : 0) : FundRules.reduction(total, rate, capCents);
        assertEquals(expected, decision.reductionCents());
        long moved = decision instanceof FundRules.Draw d ? -d.cents()
                : decision instanceof FundRules.Release r ? r.cents() : 0;
        assertEquals(previous - decision.reductionCents(), moved, "the fund gets back what the order no longer holds");
        if (decision instanceof FundRules.Draw d) {
            assertTrue(d.cents() > 0);
        } else if (decision instanceof FundRules.Release r) {
            assertTrue(r.cents() > 0);
        } else {
            assertInstanceOf(FundRules.Keep.class, decision);
        }
        assertTrue(ratePercent == null || decision.reductionCents() <= total
                && (capCents == null || decision.reductionCents() <= capCents), "never above the goods nor the cap");
    }
}
