package org.paniercommun.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.paniercommun.pricing.CaseRounding.Decision;
import org.paniercommun.pricing.CaseRounding.Demand;
import org.paniercommun.pricing.CaseRounding.OfferAllocation;
import org.paniercommun.pricing.CaseRounding;

/** Allocation of one product (whole cases, then the shortage at reception) as a pure function: no Quarkus. */
class AllocationTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static BigDecimal q(String value) {
        return new BigDecimal(value).setScale(3);
    }

    private static Demand demand(long id, String quantity, long secondsAfter) {
        return new Demand(id, q(quantity), q("0"), Instant.EPOCH.plusSeconds(secondsAfter));
    }

    @Test
    void aShortageAtReceptionIsTakenFromTheLatestOrdersOneStepEachInTurn() {
        // 3 households ordered 4 + 4 + 2 = 10 bags, 2 whole cases of 5; the producer delivered 7.
        List<Demand> demands = List.of(demand(1, "4", 0), demand(2, "4", 10), demand(3, "2", 20));
        OfferAllocation allocation = CaseRounding.allocateOffer(q("5"), ONE, q("10"), demands, Decision.ROUND_DOWN,
                q("7"));
        assertEquals(2, allocation.cases());
        assertEquals(q("7"), allocation.allocatedTotal());
        assertEquals(q("0"), allocation.surplus());
        // Latest first, one bag each in turn: line 3, line 2, line 1.
        assertEquals(q("3"), allocation.allocated().get(1L));
        assertEquals(q("3"), allocation.allocated().get(2L));
        assertEquals(q("1"), allocation.allocated().get(3L));
    }

    @Test
    void moreThanTheHouseholdsGetIsSurplusStock() {
        List<Demand> demands = List.of(demand(1, "3", 0), demand(2, "4", 10));
        // 7 ordered, rounded up to 2 cases of 5: 3 left in the cases; 9 received: 2 left.
        OfferAllocation allocation = CaseRounding.allocateOffer(q("5"), ONE, q("7"), demands, Decision.ROUND_UP,
                q("9"));
        assertEquals(2, allocation.cases());
        assertEquals(q("7"), allocation.allocatedTotal());
        assertEquals(q("2"), allocation.surplus());
        OfferAllocation beforeReception = CaseRounding.allocateOffer(q("5"), ONE, q("7"), demands,
                Decision.ROUND_UP, null);
        assertEquals(q("3"), beforeReception.surplus());
    }

    // ---- properties ----

    /** One product's lines, case size, step, decision and reception. */
    record Offer(BigDecimal caseSize, BigDecimal step, List<Demand> demands, Decision decision, BigDecimal received) {

        BigDecimal ordered() {
            return demands.stream().map(Demand::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        OfferAllocation allocate() {
            return CaseRounding.allocateOffer(caseSize, step, ordered(), demands, decision, received);
        }
    }

    @Property(tries = 1000)
    void nobodyGetsMoreThanOrderedAndAcceptedNorLessThanNothing(@ForAll("offers") Offer offer) {
        OfferAllocation allocation = offer.allocate();
        for (Demand demand : offer.demands()) {
            BigDecimal got = allocation.allocated().get(demand.lineId());
            assertTrue(got.signum() >= 0, "line " + demand.lineId() + " got " + got);
            assertTrue(got.compareTo(demand.quantity().add(demand.tolerance())) <= 0,
                    "line " + demand.lineId() + " got " + got + " for " + demand);
        }
        assertEquals(0, allocation.allocated().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(allocation.allocatedTotal()), "the total is what the lines get");
    }

    @Property(tries = 1000)
    void neverMoreIsAllocatedThanArrivedAndTheRestIsSurplus(@ForAll("offers") Offer offer) {
        OfferAllocation allocation = offer.allocate();
        assertTrue(allocation.surplus().signum() >= 0);
        if (offer.received() != null) {
            assertTrue(allocation.allocatedTotal().compareTo(offer.received()) <= 0,
                    allocation.allocatedTotal() + " allocated, " + offer.received() + " received");
            assertEquals(0, allocation.allocatedTotal().add(allocation.surplus()).compareTo(offer.received()),
                    "what arrived is handed out or kept");
        } else {
            assertEquals(0, allocation.allocatedTotal().add(allocation.surplus())
                    .compareTo(offer.caseSize().multiply(BigDecimal.valueOf(allocation.cases()))),
                    "what the cases hold is handed out or kept");
        }
    }

    @Property(tries = 500)
    void theSameOrdersGiveTheSameAllocationWhateverTheOrderTheyAreRead(@ForAll("offers") Offer offer,
            @ForAll long seed) {
        List<Demand> shuffled = new ArrayList<>(offer.demands());
        Collections.shuffle(shuffled, new Random(seed));
        Map<Long, BigDecimal> first = offer.allocate().allocated();
        Map<Long, BigDecimal> again = new Offer(offer.caseSize(), offer.step(), shuffled, offer.decision(),
                offer.received()).allocate().allocated();
        assertEquals(first, again);
    }

    @Property(tries = 1000)
    void aShortageIsSpreadLatestFirstAndNoLineLosesMoreThanOneStepMoreThanAnother(@ForAll("offers") Offer offer) {
        if (offer.received() == null) {
            return;
        }
        Map<Long, BigDecimal> cases = new Offer(offer.caseSize(), offer.step(), offer.demands(), offer.decision(),
                null).allocate().allocated();
        Map<Long, BigDecimal> received = offer.allocate().allocated();
        List<Demand> earliestFirst = new ArrayList<>(offer.demands());
        earliestFirst.sort(java.util.Comparator.comparing(Demand::orderedAt).thenComparingLong(Demand::lineId));
        for (int i = 0; i < earliestFirst.size(); i++) {
            for (int j = i + 1; j < earliestFirst.size(); j++) {
                Demand earlier = earliestFirst.get(i);
                Demand later = earliestFirst.get(j);
                BigDecimal lostEarlier = cases.get(earlier.lineId()).subtract(received.get(earlier.lineId()));
                BigDecimal lostLater = cases.get(later.lineId()).subtract(received.get(later.lineId()));
                if (received.get(later.lineId()).signum() > 0) {
                    // The later line still holds something: the earlier one never lost more than it did.
                    assertTrue(lostEarlier.compareTo(lostLater) <= 0, earlier + " lost " + lostEarlier + ", "
                            + later + " lost " + lostLater);
                }
                if (received.get(earlier.lineId()).signum() > 0 && received.get(later.lineId()).signum() > 0) {
                    assertTrue(lostLater.subtract(lostEarlier).compareTo(offer.step()) <= 0);
                }
            }
        }
    }

    @Provide
    Arbitrary<Offer> offers() {
        Arbitrary<BigDecimal> step = Arbitraries.of(q("1"), q("0.5"), q("0.25"));
        return step.flatMap(s -> {
            Arbitrary<BigDecimal> caseSize = Arbitraries.integers().between(1, 24).map(n -> s.multiply(
                    BigDecimal.valueOf(n)).setScale(3));
            return caseSize.flatMap(c -> {
                int maxTolerance = c.divide(s, 0, java.math.RoundingMode.DOWN).intValueExact() - 1;
                Arbitrary<Demand> line = Combinators.combine(Arbitraries.integers().between(0, 30),
                        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.just(0),
                                Arbitraries.integers().between(0, Math.max(0, maxTolerance))),
                        Arbitraries.integers().between(0, 1000))
                        .as((n, t, at) -> new Demand(0, s.multiply(BigDecimal.valueOf(n)).setScale(3),
                                s.multiply(BigDecimal.valueOf(t)).setScale(3), Instant.EPOCH.plusSeconds(at)));
                Arbitrary<List<Demand>> lines = line.list().ofMinSize(1).ofMaxSize(12).map(list -> {
                    List<Demand> numbered = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Demand d = list.get(i);
                        numbered.add(new Demand(i + 1, d.quantity(), d.tolerance(), d.orderedAt()));
                    }
                    return numbered;
                });
                return Combinators.combine(lines, Arbitraries.of(Decision.values()),
                        Arbitraries.integers().between(0, 400).injectNull(0.4))
                        .as((l, d, r) -> new Offer(c, s, l, d, r == null ? null : s.multiply(BigDecimal.valueOf(r))
                                .setScale(3)));
            });
        });
    }
}
