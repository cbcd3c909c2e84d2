package org.paniercommun.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paniercommun.pricing.CaseRounding.Decision;
import org.paniercommun.pricing.CaseRounding.Demand;
import org.paniercommun.pricing.CaseRounding.Policy;
import org.paniercommun.pricing.CaseRounding.Result;

class CaseRoundingTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final BigDecimal ONE = new BigDecimal("1");

    private static BigDecimal q(String value) {
        return new BigDecimal(value).setScale(3);
    }

    private static Demand demand(long line, String quantity, String tolerance, int minutesAfterStart) {
        return new Demand(line, new BigDecimal(quantity), new BigDecimal(tolerance), T0.plusSeconds(60L * minutesAfterStart));
    }

    @Test
    void theIssuesWorkedExampleGivesOneCaseWithThreeForAAndTwoForB() {
        // Case of 5. A orders 2 (tolerance 3), B orders 2, then A changes to 4 with tolerance 1: A's line is now
        // the latest. 6 ordered: tolerance 1 cannot complete a second case (4 missing), so one case of 5.
        Demand a = demand(1, "4", "1", 20);
        Demand b = demand(2, "2", "0", 10);
        Result result = CaseRounding.allocate(q("5"), ONE, List.of(a, b), Decision.ROUND_DOWN);
        assertEquals(1, result.cases());
        assertEquals(q("3"), result.allocated().get(1L));
        assertEquals(q("2"), result.allocated().get(2L));
        assertEquals(q("0"), result.surplus());
    }

    @Test
    void beforeTheChangeATolerancesCompleteTheCase() {
        Demand a = demand(1, "2", "3", 0);
        Demand b = demand(2, "2", "0", 10);
        Result result = CaseRounding.allocate(q("5"), ONE, List.of(a, b), Decision.ROUND_DOWN);
        assertEquals(1, result.cases());
        assertTrue(result.filledByTolerance());
        assertEquals(q("3"), result.allocated().get(1L));
        assertEquals(q("2"), result.allocated().get(2L));
    }

    @Test
    void theLastCaseMessageAgreesWithTheAllocation() {
        // The demo's washing liquid: 110 L ordered in cases of 20 L, tolerances 15 L. The last case lacks 10 L
        // and the tolerances fill it: 6 × 20 = 120 L allocated, nothing to decide, no "il manque 10 L".
        CaseRounding.LastCase filled = CaseRounding.lastCase(q("110"), q("15"), q("20"));
        assertEquals(5, filled.fullCases());
        assertEquals(q("10"), filled.inLastCase());
        assertEquals(q("10"), filled.missing());
        assertTrue(filled.filledByTolerances());
        assertFalse(filled.needsDecision());
        List<Demand> demands = List.of(new Demand(1, q("100"), q("0"), T0), new Demand(2, q("10"), q("15"), T0.plusSeconds(1)));
        Result result = CaseRounding.allocate(q("20"), q("5"), demands, Decision.ROUND_DOWN);
        assertEquals(6, result.cases());
        assertEquals(q("120"), result.allocatedTotal());
        assertTrue(result.filledByTolerance());

        // Tolerances of 5 L only: a decision is needed, and the figures are those the page shows.
        CaseRounding.LastCase shortOf = CaseRounding.lastCase(q("110"), q("5"), q("20"));
        assertTrue(shortOf.needsDecision());
        assertEquals(q("10"), shortOf.missing());
        // Whole cases: nothing missing, nothing to decide.
        CaseRounding.LastCase whole = CaseRounding.lastCase(q("120"), q("0"), q("20"));
        assertEquals(6, whole.fullCases());
        assertEquals(q("0"), whole.missing());
        assertFalse(whole.needsDecision());
        // Less than a case.
        CaseRounding.LastCase small = CaseRounding.lastCase(q("20"), q("0"), q("25"));
        assertEquals(0, small.fullCases());
        assertEquals(q("5"), small.missing());
        assertTrue(small.needsDecision());
    }

    @Test
    void wholeCasesAreLeftAlone() {
        Result result = CaseRounding.allocate(q("25"), new BigDecimal("0.5"),
                List.of(demand(1, "10", "2", 0), demand(2, "15", "0", 1)), Decision.ROUND_DOWN);
        assertEquals(1, result.cases());
        assertEquals(q("10"), result.allocated().get(1L));
        assertEquals(q("15"), result.allocated().get(2L));
        assertEquals(q("0"), result.missing());
    }

    @Test
    void roundingUpKeepsEveryOrderAndRecordsTheSurplus() {
        Result result = CaseRounding.allocate(q("25"), new BigDecimal("0.5"),
                List.of(demand(1, "10", "0", 0), demand(2, "12", "0", 1)), Decision.ROUND_UP);
        assertEquals(1, result.cases());
        assertEquals(q("3"), result.missing());
        assertEquals(q("3"), result.surplus());
        assertEquals(q("10"), result.allocated().get(1L));
        assertEquals(q("12"), result.allocated().get(2L));
    }

    @Test
    void tolerancesAreUsedEarliestOrderFirst() {
        // 22 of 25 ordered, 3 missing: the earliest order (line 3) gives its 2, then line 1 gives 1.
        Result result = CaseRounding.allocate(q("25"), ONE, List.of(demand(1, "10", "5", 5), demand(2, "10", "5", 9),
                demand(3, "2", "2", 1)), Decision.ROUND_DOWN);
        assertTrue(result.filledByTolerance());
        assertEquals(q("11"), result.allocated().get(1L));
        assertEquals(q("10"), result.allocated().get(2L));
        assertEquals(q("4"), result.allocated().get(3L));
    }

    @Test
    void tolerancesThatCannotCompleteTheCaseAreNotUsed() {
        Result result = CaseRounding.allocate(q("25"), ONE, List.of(demand(1, "10", "1", 0), demand(2, "10", "1", 1)),
                Decision.ROUND_UP);
        assertFalse(result.filledByTolerance());
        assertEquals(q("10"), result.allocated().get(1L));
        assertEquals(q("5"), result.surplus());
    }

    @Test
    void roundingDownTrimsTheLatestOrderFirstOneStepEach() {
        // 5 + 3 + 4 = 12 in cases of 10: 2 to trim, one step (1) from each of the two latest orders.
        Result result = CaseRounding.allocate(q("10"), ONE, List.of(demand(1, "5", "0", 0), demand(2, "3", "0", 1),
                demand(3, "4", "0", 2)), Decision.ROUND_DOWN);
        assertEquals(1, result.cases());
        assertEquals(q("5"), result.allocated().get(1L));
        assertEquals(q("2"), result.allocated().get(2L));
        assertEquals(q("3"), result.allocated().get(3L));
    }

    @Test
    void aHouseholdIsNotTrimmedTwiceBeforeEveryOtherOnceAndNeverBelowZero() {
        // 1 + 1 + 6 = 8 in cases of 5: 3 to trim. Pass 1 takes one from each (latest first), the last unit
        // comes from the only line that still holds something.
        Result result = CaseRounding.allocate(q("5"), ONE, List.of(demand(1, "6", "0", 0), demand(2, "1", "0", 1),
                demand(3, "1", "0", 2)), Decision.ROUND_DOWN);
        assertEquals(q("5"), result.allocated().get(1L));
        assertEquals(q("0"), result.allocated().get(2L));
        assertEquals(q("0"), result.allocated().get(3L));
    }

    @Test
    void lessThanOneCaseRoundedDownGivesNothing() {
        Result result = CaseRounding.allocate(q("25"), new BigDecimal("0.5"),
                List.of(demand(1, "3", "0", 0), demand(2, "2.5", "0", 1)), Decision.ROUND_DOWN);
        assertEquals(0, result.cases());
        assertEquals(q("0"), result.allocatedTotal());
    }

    @Test
    void trimmingInHalfKilosStopsExactlyAtTheCase() {
        // 13.5 in cases of 12.5, step 0.5: 1 to trim = 0.5 from each of the two latest.
        Result result = CaseRounding.allocate(new BigDecimal("12.5"), new BigDecimal("0.5"),
                List.of(demand(1, "5", "0", 0), demand(2, "4.5", "0", 1), demand(3, "4", "0", 2)), Decision.ROUND_DOWN);
        assertEquals(q("12.5"), result.allocatedTotal());
        assertEquals(q("5"), result.allocated().get(1L));
        assertEquals(q("4"), result.allocated().get(2L));
        assertEquals(q("3.5"), result.allocated().get(3L));
    }

    @Test
    void nearestRoundsUpFromHalfACase() {
        assertEquals(Decision.ROUND_UP, CaseRounding.decide(Policy.NEAREST, q("12.5"), q("25")));
        assertEquals(Decision.ROUND_DOWN, CaseRounding.decide(Policy.NEAREST, q("12"), q("25")));
        assertEquals(Decision.ROUND_UP, CaseRounding.decide(Policy.NEAREST, q("40"), q("25")));
        assertEquals(Decision.ROUND_DOWN, CaseRounding.decide(Policy.ROUND_DOWN, q("49"), q("25")));
        assertEquals(Decision.ROUND_UP, CaseRounding.decide(Policy.ROUND_UP, q("26"), q("25")));
    }

    @Test
    void aShortageIsSpreadLikeATrim() {
        List<Demand> demands = List.of(demand(1, "10", "0", 0), demand(2, "10", "0", 1), demand(3, "5", "0", 2));
        Map<Long, BigDecimal> current = Map.of(1L, q("10"), 2L, q("10"), 3L, q("5"));
        Map<Long, BigDecimal> after = CaseRounding.trim(demands, current, q("4"), ONE);
        // Pass 1: 3, 2, 1 give one each; pass 2 starts again from the latest.
        assertEquals(q("9"), after.get(1L));
        assertEquals(q("9"), after.get(2L));
        assertEquals(q("3"), after.get(3L));
        Map<Long, BigDecimal> all = CaseRounding.trim(demands, current, q("40"), ONE);
        assertTrue(all.values().stream().allMatch(v -> v.signum() == 0));
    }

    /** Many generated cases: the invariants of the rule hold whatever the orders. */
    @Test
    void invariantsHoldOnManyGeneratedCases() {
        Random random = new Random(20261124);
        for (int run = 0; run < 3000; run++) {
            BigDecimal step = random.nextBoolean() ? ONE : new BigDecimal("0.5");
            BigDecimal caseSize = step.multiply(BigDecimal.valueOf(1 + random.nextInt(30)));
            List<Demand> demands = new ArrayList<>();
            int households = 1 + random.nextInt(12);
            for (int i = 0; i < households; i++) {
                BigDecimal quantity = step.multiply(BigDecimal.valueOf(1 + random.nextInt(20)));
                BigDecimal tolerance = random.nextInt(3) == 0 ? step.multiply(BigDecimal.valueOf(random.nextInt(6)))
                        : BigDecimal.ZERO;
                demands.add(new Demand(i + 1, quantity, tolerance, T0.plusSeconds(random.nextInt(100_000))));
            }
            Decision decision = random.nextBoolean() ? Decision.ROUND_UP : Decision.ROUND_DOWN;
            Result result = CaseRounding.allocate(caseSize, step, demands, decision);

            BigDecimal bought = caseSize.multiply(BigDecimal.valueOf(result.cases()));
            assertEquals(0, result.allocatedTotal().add(result.surplus()).compareTo(bought),
                    "what is bought is handed out or kept as surplus");
            assertTrue(result.surplus().compareTo(caseSize) < 0, "never a whole case of surplus");
            Map<Long, Integer> trims = new HashMap<>();
            for (Demand d : demands) {
                BigDecimal got = result.allocated().get(d.lineId());
                assertTrue(got.signum() >= 0, "never below zero");
                assertTrue(got.compareTo(d.quantity().add(d.tolerance())) <= 0, "never above quantity + tolerance");
                if (got.compareTo(d.quantity()) > 0) {
                    assertTrue(result.filledByTolerance(), "topped up only to complete a case");
                }
                if (got.compareTo(d.quantity()) < 0) {
                    trims.put(d.lineId(), d.quantity().subtract(got).divide(step, 0, java.math.RoundingMode.UP).intValue());
                }
            }
            if (!trims.isEmpty()) {
                assertEquals(Decision.ROUND_DOWN, decision);
                assertEquals(0, result.surplus().signum());
                // Fairness: a household still holding something was trimmed at least as often as anyone, less one.
                int most = trims.values().stream().max(Integer::compare).orElse(0);
                for (Demand d : demands) {
                    BigDecimal got = result.allocated().get(d.lineId());
                    if (got.signum() > 0) {
                        assertTrue(trims.getOrDefault(d.lineId(), 0) >= most - 1,
                                "no household trimmed twice before another once (run " + run + ")");
                    }
                }
            }
        }
    }

    /**
     * A large round reads only the lines case rounding can reach: allocating those (with any other lines among
     * them) gives every line what allocating all of them gives, and the reach is usually a small part.
     */
    @Test
    void allocatingOnlyTheReachGivesEveryLineWhatAllocatingAllLinesGives() {
        Random random = new Random(20261202);
        int runsReadingFewer = 0;
        for (int run = 0; run < 5000; run++) {
            BigDecimal step = List.of(ONE, new BigDecimal("0.5"), new BigDecimal("0.25")).get(random.nextInt(3));
            BigDecimal caseSize = step.multiply(BigDecimal.valueOf(1 + random.nextInt(30)));
            List<Demand> demands = new ArrayList<>();
            int lines = random.nextInt(40);
            for (int i = 0; i < lines; i++) {
                BigDecimal quantity = step.multiply(BigDecimal.valueOf(random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(8)));
                if (random.nextInt(8) == 0) {
                    quantity = quantity.add(step.divide(BigDecimal.valueOf(2))); // less than a step above a multiple
                }
                BigDecimal tolerance = random.nextInt(3) == 0 ? step.multiply(BigDecimal.valueOf(random.nextInt(4)))
                        : BigDecimal.ZERO;
                // Few distinct times: many ties, broken by the line id as in the rule.
                demands.add(new Demand(100 + random.nextInt(1000) * 40L + i, quantity, tolerance,
                        T0.plusSeconds(random.nextInt(6))));
            }
            Decision decision = random.nextBoolean() ? Decision.ROUND_UP : Decision.ROUND_DOWN;
            Result all = CaseRounding.allocate(caseSize, step, demands, decision);

            BigDecimal ordered = BigDecimal.ZERO;
            BigDecimal tolerance = BigDecimal.ZERO;
            for (Demand d : demands) {
                ordered = ordered.add(d.quantity());
                tolerance = d.quantity().signum() > 0 ? tolerance.add(d.tolerance()) : tolerance;
            }
            CaseRounding.Reach reach = CaseRounding.reach(caseSize, new CaseRounding.Totals(ordered, tolerance), decision);
            List<Demand> read = new ArrayList<>(within(reach, demands, step));
            for (Demand d : demands) {
                if (!read.contains(d) && random.nextInt(10) == 0) {
                    read.add(d); // a line read because it holds a stored allocation from an earlier decision
                }
            }
            Collections.shuffle(read, random);
            Result part = CaseRounding.allocate(caseSize, step, ordered, read, decision);

            String where = "run " + run + " (" + reach + ")";
            assertEquals(all.cases(), part.cases(), where);
            assertEquals(0, all.allocatedTotal().compareTo(part.allocatedTotal()), where);
            assertEquals(0, all.surplus().compareTo(part.surplus()), where);
            assertEquals(0, all.missing().compareTo(part.missing()), where);
            assertEquals(all.filledByTolerance(), part.filledByTolerance(), where);
            for (Demand d : demands) {
                BigDecimal got = part.allocated().getOrDefault(d.lineId(), d.quantity());
                assertEquals(0, all.allocated().get(d.lineId()).compareTo(got), where + ", line " + d.lineId());
            }
            if (within(reach, demands, step).size() < demands.size()) {
                runsReadingFewer++;
            }
        }
        assertTrue(runsReadingFewer > 2500, "the reach leaves lines unread in most runs: " + runsReadingFewer);
    }

    /** The lines of a reach, as its kinds define them (closing finds the same with window sums in SQL). */
    private static List<Demand> within(CaseRounding.Reach reach, List<Demand> demands, BigDecimal step) {
        List<Demand> sorted = new ArrayList<>(demands);
        sorted.sort(Comparator.comparing(Demand::orderedAt).thenComparingLong(Demand::lineId));
        List<Demand> read = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        switch (reach.kind()) {
            case NONE -> {
            }
            case TOP_UP -> {
                for (Demand d : sorted) {
                    if (d.quantity().signum() > 0 && d.tolerance().signum() > 0 && before.compareTo(reach.amount()) < 0) {
                        read.add(d);
                        before = before.add(d.tolerance());
                    }
                }
            }
            case TRIM -> {
                Collections.reverse(sorted);
                for (Demand d : sorted) {
                    if (d.quantity().signum() > 0 && before.compareTo(reach.amount()) < 0) {
                        read.add(d);
                        before = before.add(d.quantity().min(step));
                    }
                }
            }
        }
        return read;
    }
}
