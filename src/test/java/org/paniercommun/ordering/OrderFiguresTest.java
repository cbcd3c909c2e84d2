package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.paniercommun.ordering.OrderFigures.Charge;
import org.paniercommun.pricing.LineAmount;

/** The order's money in one place: plain examples and properties, no Quarkus. */
class OrderFiguresTest {

    @Test
    void aHouseholdPaysItsGoodsLessTheReductionPlusWhatItGivesTheFund() {
        // 42,50 € of goods, 20 % from the fund (8,50 €), 2 coupons with the order, 1 at pickup, 0,30 € rounded up.
        OrderFigures figures = OrderFigures.of(OrderStatus.SUBMITTED, PickupStatus.PICKED_UP, null, 4_250L, null,
                850, 2, 1, 30);
        assertEquals(4_250, figures.goodsCents());
        assertEquals(330, figures.contributionsCents());
        assertEquals(4_250 - 850 + 330, figures.amountToPayCents());
        assertEquals(figures.amountToPayCents(), figures.dueCents());
        assertTrue(figures.charged());
    }

    @Test
    void theFinalTotalReplacesTheOrderedOneOnceThereIsOne() {
        assertEquals(3_990, OrderFigures.goodsCents(4_250, 3_990L));
        assertEquals(4_250, OrderFigures.goodsCents(4_250, null));
        assertEquals(0, OrderFigures.goodsCents(4_250, 0L), "everything trimmed or missing: nothing to pay for");
    }

    @Test
    void onlyAHandedOutOrderOrAnAbsenceChargedByTheCoordinatorIsCharged() {
        assertEquals(Charge.PENDING, OrderFigures.charge(OrderStatus.SUBMITTED, PickupStatus.WAITING, null));
        assertEquals(Charge.CHARGED, OrderFigures.charge(OrderStatus.SUBMITTED, PickupStatus.PICKED_UP, null));
        assertEquals(Charge.NOT_CHARGED, OrderFigures.charge(OrderStatus.SUBMITTED, PickupStatus.ABSENT, null),
                "absent, no decision yet");
        assertEquals(Charge.CHARGED, OrderFigures.charge(OrderStatus.SUBMITTED, PickupStatus.ABSENT,
                AbsenceDecision.HELD));
        assertEquals(Charge.CHARGED, OrderFigures.charge(OrderStatus.SUBMITTED, PickupStatus.ABSENT,
                AbsenceDecision.CHARGED));
        assertEquals(Charge.NOT_CHARGED, OrderFigures.charge(OrderStatus.SUBMITTED, PickupStatus.ABSENT,
                AbsenceDecision.SOLD_ON));
        assertEquals(Charge.NOT_CHARGED, OrderFigures.charge(OrderStatus.SUBMITTED, PickupStatus.ABSENT,
                AbsenceDecision.DONATED));
        assertEquals(Charge.NOT_CHARGED, OrderFigures.charge(OrderStatus.CANCELLED, PickupStatus.PICKED_UP, null));
        assertEquals(0, OrderFigures.of(OrderStatus.SUBMITTED, PickupStatus.WAITING, null, 4_250L, null, 0, 1, 0, 0)
                .dueCents(), "nothing is due before the pickup");
    }

    @Test
    void aLineHandsOutTheWeightThenTheAllocationThenTheOrderAndNothingWhenMissing() {
        BigDecimal ordered = new BigDecimal("12.500");
        assertEquals(ordered, OrderFigures.handedOut(ordered, null, null, false));
        assertEquals(new BigDecimal("10.000"), OrderFigures.handedOut(ordered, new BigDecimal("10.000"), null, false));
        assertEquals(new BigDecimal("11.850"),
                OrderFigures.handedOut(ordered, new BigDecimal("10.000"), new BigDecimal("11.850"), false));
        assertEquals(BigDecimal.ZERO.setScale(3),
                OrderFigures.handedOut(ordered, new BigDecimal("10.000"), new BigDecimal("11.850"), true));
        assertEquals(1_185, OrderFigures.lineCharge(1_250, 1_185L));
        assertEquals(1_250, OrderFigures.lineCharge(1_250, null));
    }

    @Test
    void oneLineAmountForTiersCostsAndProducers() {
        // 2,345 kg at 3,99 €/kg = 9,35655 € → 9,36 €; 0,5 kg at 2,25 €/kg = 1,125 € → 1,13 € (half up)
        assertEquals(936, LineAmount.of(399, new BigDecimal("2.345")));
        assertEquals(113, LineAmount.of(225, new BigDecimal("0.500")));
        assertEquals(0, LineAmount.of(4, new BigDecimal("0.1")));
    }

    // ---- properties ----

    @Property(tries = 500)
    void whatIsDueIsWhatIsPaidWhenChargedAndNothingElse(@ForAll("charges") Charge charge,
            @ForAll @LongRange(min = 0, max = 10_000_000) long goods, @ForAll @IntRange(min = 0, max = 100) int rate,
            @ForAll @IntRange(min = 0, max = 50) int coupons, @ForAll @IntRange(min = 0, max = 50) int pickupCoupons,
            @ForAll @LongRange(min = 0, max = 99) long roundUp) {
        long reduction = goods * rate / 100;
        OrderFigures figures = new OrderFigures(charge, goods, reduction,
                OrderFigures.contributionsCents(coupons, pickupCoupons, roundUp));
        assertEquals(goods - reduction + (coupons + pickupCoupons) * 100L + roundUp, figures.amountToPayCents());
        assertEquals(charge == Charge.CHARGED ? figures.amountToPayCents() : 0, figures.dueCents());
        assertTrue(figures.amountToPayCents() >= 0, "a reduction never exceeds the goods");
    }

    @Property(tries = 500)
    void theHandedOutQuantityIsOneOfTheLinesOwnAndNeverNegative(@ForAll("quantities") BigDecimal ordered,
            @ForAll("maybeQuantities") BigDecimal allocated, @ForAll("maybeQuantities") BigDecimal weighed,
            @ForAll boolean missing) {
        BigDecimal handedOut = OrderFigures.handedOut(ordered, allocated, weighed, missing);
        assertTrue(handedOut.signum() >= 0);
        if (missing) {
            assertEquals(0, handedOut.signum());
        } else {
            assertEquals(weighed != null ? weighed : allocated != null ? allocated : ordered, handedOut);
        }
    }

    @Property(tries = 1000)
    void aLineAmountIsTheExactProductRoundedHalfUpToTheCent(
            @ForAll @LongRange(min = 0, max = 1_000_000) long unitCents, @ForAll("quantities") BigDecimal quantity) {
        long amount = LineAmount.of(unitCents, quantity);
        // In thousandths of a cent: the exact product, and the amount is within half a cent of it, ties up.
        long exactMillis = unitCents * quantity.movePointRight(3).longValueExact();
        long diff = amount * 1000 - exactMillis;
        assertTrue(diff > -500 && diff <= 500, amount + " for " + unitCents + " × " + quantity);
    }

    @Property(tries = 500)
    void aLargerQuantityNeverCostsLess(@ForAll @LongRange(min = 0, max = 100_000) long unitCents,
            @ForAll("quantities") BigDecimal a, @ForAll("quantities") BigDecimal b) {
        BigDecimal small = a.min(b);
        BigDecimal large = a.max(b);
        assertTrue(LineAmount.of(unitCents, small) <= LineAmount.of(unitCents, large));
    }

    @Provide
    Arbitrary<Charge> charges() {
        return Arbitraries.of(Charge.class);
    }

    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Arbitraries.longs().between(0, 10_000_000).map(m -> BigDecimal.valueOf(m, 3));
    }

    @Provide
    Arbitrary<BigDecimal> maybeQuantities() {
        return quantities().injectNull(0.3);
    }
}
