package org.paniercommun.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ShareSplitTest {

    @Test
    void theSchemesOfTheDomainSplitByHand() {
        assertEquals(List.of(500L, 500L), ShareSplit.split(1000, List.of(50, 50)));
        assertEquals(List.of(1000L, 1000L), ShareSplit.split(2000, List.of(50, 50)));
        assertEquals(List.of(300L, 400L, 300L), ShareSplit.split(1000, List.of(30, 40, 30)));
        assertEquals(List.of(600L, 800L, 600L), ShareSplit.split(2000, List.of(30, 40, 30)));
    }

    @Test
    void theOddCentGoesToTheLargestRemainderThenToTheFirstListed() {
        // 1,01 € at 50/50: exact 50,5 and 50,5 → tie, the first listed gets the cent.
        assertEquals(List.of(51L, 50L), ShareSplit.split(101, List.of(50, 50)));
        // 0,10 € at 33/33/34: exact 3,3 / 3,3 / 3,4 → floors 3/3/3, the cent goes to the largest remainder (0,4).
        assertEquals(List.of(3L, 3L, 4L), ShareSplit.split(10, List.of(33, 33, 34)));
        // 0,07 € at 30/40/30: exact 2,1 / 2,8 / 2,1 → floors 2/2/2, one cent to the 40 % part.
        assertEquals(List.of(2L, 3L, 2L), ShareSplit.split(7, List.of(30, 40, 30)));
        // 0,05 € at 30/40/30: exact 1,5 / 2,0 / 1,5 → floors 1/2/1, two cents left: ties between first and third.
        assertEquals(List.of(2L, 2L, 1L), ShareSplit.split(5, List.of(30, 40, 30)));
    }

    @Test
    void sharesMustTotalOneHundred() {
        assertEquals(new ShareSplit.Problem(ShareSplit.Problem.Reason.TOTAL, 90), ShareSplit.problem(List.of(50, 40)));
        assertNull(ShareSplit.problem(List.of(100)));
        assertEquals(ShareSplit.Problem.Reason.OUT_OF_RANGE, ShareSplit.problem(List.of(0, 100)).reason());
        assertThrows(IllegalArgumentException.class, () -> ShareSplit.split(1000, List.of(60, 60)));
    }

    @Property(tries = 1000)
    void partsAlwaysSumToTheValueAndStayWithinOneCentOfTheirExactShare(
            @ForAll @LongRange(min = 0, max = 10_000_000) long value, @ForAll("percents") List<Integer> percents) {
        List<Long> parts = ShareSplit.split(value, percents);
        assertEquals(percents.size(), parts.size());
        assertEquals(value, parts.stream().mapToLong(Long::longValue).sum());
        for (int i = 0; i < parts.size(); i++) {
            long exactTimes100 = value * percents.get(i);
            long diff = Math.abs(parts.get(i) * 100 - exactTimes100);
            assertTrue(diff < 100, "part " + i + " = " + parts.get(i) + " for " + value + " × " + percents.get(i) + " %");
            assertTrue(parts.get(i) >= 0);
        }
        assertEquals(parts, ShareSplit.split(value, percents), "the same basket always splits the same way");
    }

    /** 1 to 6 whole percentages totalling 100. */
    @Provide
    Arbitrary<List<Integer>> percents() {
        return Arbitraries.integers().between(1, 6).flatMap(n -> Arbitraries.integers().between(1, 99).list()
                .ofSize(n - 1).uniqueElements().map(cuts -> {
                    List<Integer> sorted = new ArrayList<>(cuts.stream().sorted().toList());
                    List<Integer> result = new ArrayList<>();
                    int previous = 0;
                    for (int cut : sorted) {
                        result.add(cut - previous);
                        previous = cut;
                    }
                    result.add(100 - previous);
                    return result;
                }));
    }
}
