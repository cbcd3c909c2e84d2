package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTotalsTest {

    private static OrderTotals.Line line(long price, String quantity) {
        return new OrderTotals.Line(price, new BigDecimal(quantity));
    }

    @Test
    void theAmountToPayIsTheTotalLessTheFundPlusTheCoupons() {
        // 1,5 kg at 2,73 € = 4,095 → 4,10 €; 2 × 1,90 € = 3,80 €; 10 % of 7,90 € = 0,79 €; 2 coupons.
        OrderTotals totals = OrderTotals.of(List.of(line(273, "1.5"), line(190, "2"), line(500, "0")), 10, null, 2);
        assertEquals(2, totals.products(), "a product left at 0 is not counted");
        assertEquals(790, totals.goodsCents());
        assertEquals(79, totals.fundReductionCents());
        assertEquals(200, totals.couponsCents());
        assertEquals(790 - 79 + 200, totals.amountToPayCents());
    }

    @Test
    void withoutTheFundTheTotalIsWhatIsPaid() {
        OrderTotals totals = OrderTotals.of(List.of(line(273, "1.5")), null, null, 0);
        assertEquals(totals.goodsCents(), totals.amountToPayCents());
        assertEquals(0, totals.fundReductionCents());
    }

    @Test
    void theReductionStaysWithinTheAntennasCap() {
        assertEquals(500, OrderTotals.of(List.of(line(10_000, "1")), 30, 500L, 0).fundReductionCents());
    }
}
