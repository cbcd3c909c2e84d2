package org.paniercommun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.report.FunderReport.Delivered;
import org.paniercommun.report.FunderReport.ValueShares;

/** Plain Java: each share of purchases is computed once, on the delivered purchase value, one decimal half-up. */
class ValueSharesTest {

    @Test
    void sharesAreOnTheDeliveredPurchaseValueWithOneDecimalHalfUp() {
        // 85,00 € local of 200,00 € = 42,5 % exactly; organic 133,33 / 200 = 66,665 → 66,7 (half-up).
        ValueShares shares = ValueShares.of(List.of(new Delivered(8_500, true, true, false),
                new Delivered(4_833, true, false, true), new Delivered(6_667, false, false, false)));
        assertEquals(20_000, shares.purchaseValueCents());
        assertEquals(8_500, shares.localCents());
        assertEquals(new BigDecimal("42.5"), shares.localPercent());
        assertEquals(13_333, shares.organicCents());
        assertEquals(new BigDecimal("66.7"), shares.organicPercent());
        assertEquals(new BigDecimal("24.2"), shares.fairTradePercent()); // 24,165 → 24,2
    }

    @Test
    void noPurchaseGivesZeroShares() {
        ValueShares shares = ValueShares.of(List.of());
        assertEquals(0, shares.purchaseValueCents());
        assertEquals(new BigDecimal("0.0"), shares.localPercent());
        assertEquals(new BigDecimal("0.0"), shares.organicPercent());
    }
}
