package org.paniercommun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.report.RoundSimulation.Item;
import org.paniercommun.report.RoundSimulation.Product;
import org.paniercommun.report.RoundSimulation.Result;
import org.paniercommun.report.RoundSimulation.Row;
import org.paniercommun.report.RoundSimulation.Segment;

class RoundSimulationTest {

    // Cost 4,00 € (purchase 3,00 €); tiers 50 / 90 / 115 %.
    static final Product LENTILS = new Product(1, "Lentilles", 400, 300, 200, 360, 460);
    // Cost 3,33 € (purchase 2,50 €): 166,5 → 167, 299,7 → 300, 382,95 → 383.
    static final Product OIL = new Product(2, "Huile", 333, 250, 167, 300, 383);

    @Test
    void computesEachTierAndTotalsToTheCentByHand() {
        Result result = RoundSimulation.compute(List.of(
                new Segment(1, 2, List.of(new Item(LENTILS, new BigDecimal("1.5")), new Item(OIL, new BigDecimal("0.5")))),
                new Segment(2, 1, List.of(new Item(LENTILS, BigDecimal.ONE))),
                new Segment(2, 2, List.of(new Item(OIL, new BigDecimal("0.333")))),
                new Segment(3, 1, List.of(new Item(LENTILS, new BigDecimal("2"))))));

        // Tier 1: 3 kg lentils, 1 L oil. Paid 600 + 167, cost 1200 + 333, producers 900 + 250.
        assertEquals(new Row(1, 2, 767, 1533, 1150, 766), result.tiers().get(0));
        // Tier 2: 1 kg lentils, 0,666 L oil (rounded once per product): 360 + 199,8→200; 400 + 221,778→222;
        // 300 + 166,5→167.
        assertEquals(new Row(2, 3, 560, 622, 467, 62), result.tiers().get(1));
        // Tier 3 pays more than it costs: a surplus of 1,20 €.
        assertEquals(new Row(3, 1, 920, 800, 600, -120), result.tiers().get(2));
        assertEquals(new Row(0, 6, 2247, 2955, 2217, 708), result.total());
    }

    @Test
    void noHouseholdsMeansZeroEverywhere() {
        Result result = RoundSimulation.compute(List.of());
        assertEquals(3, result.tiers().size());
        assertEquals(new Row(0, 0, 0, 0, 0, 0), result.total());
    }

    @Test
    void householdsWithAnEmptyBasketAreCountedButCostNothing() {
        Result result = RoundSimulation.compute(List.of(new Segment(3, 4, List.of())));
        assertEquals(new Row(3, 4, 0, 0, 0, 0), result.tiers().get(2));
        assertEquals(4, result.total().households());
    }
}
