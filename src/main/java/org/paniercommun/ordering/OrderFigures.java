package org.paniercommun.ordering;

import java.math.BigDecimal;
import org.paniercommun.fund.FundRules;

/**
 * The money of a household's order, in one place and without framework: what a line hands out and charges, the
 * goods total, the coupons and round-ups given with it, what the household pays, and whether it is charged at all.
 * Pages, pickup lists, household balances, the round's books and the fund all read these rules from here; the order
 * stores the figures they give ({@link Order#storeFigures}: goods, cost value, charge, what is due) so that SQL that
 * adds up many orders sums stored figures instead of writing the rules again.
 *
 * @param charge whether the household pays for the order
 * @param goodsCents the goods total charged: the final total (what the household gets) where there is one, else the
 *        ordered total
 * @param reductionCents what the solidarity fund pays of it
 * @param contributionsCents coupons (with the order and at pickup) and round-ups given to the fund with it
 */
public record OrderFigures(Charge charge, long goodsCents, long reductionCents, long contributionsCents) {

    /** Whether the household pays for an order. */
    public enum Charge {
        /** Cancelled, or absent without owing it (goods sold on or given away, or no decision yet). */
        NOT_CHARGED,
        /** Not handed out yet: charged when the household collects it. */
        PENDING,
        /** Handed out, or absent and kept or charged by the coordinator's decision. */
        CHARGED;

        /** Counts for what is to be handed out and paid (the fund's tier-3 surplus follows these orders). */
        public boolean counts() {
            return this != NOT_CHARGED;
        }
    }

    /** The figures of an order from its stored columns. */
    public static OrderFigures of(OrderStatus status, PickupStatus pickup, AbsenceDecision decision,
            long orderedGoodsCents, Long finalGoodsCents, long reductionCents, int couponCount, int pickupCoupons,
            long roundUpCents) {
        return new OrderFigures(charge(status, pickup, decision), goodsCents(orderedGoodsCents, finalGoodsCents),
                reductionCents, contributionsCents(couponCount, pickupCoupons, roundUpCents));
    }

    /** What the household pays for this order, earlier balances aside, whether or not it is charged yet. */
    public long amountToPayCents() {
        return amountToPay(goodsCents, reductionCents, contributionsCents);
    }

    /** What the household owes for this order now: what it pays once charged, else nothing. */
    public long dueCents() {
        return charge == Charge.CHARGED ? amountToPayCents() : 0;
    }

    public boolean charged() {
        return charge == Charge.CHARGED;
    }

    // ---- the rules ----

    /** Whether the household pays for an order, from its status, its pickup and the decision for an absence. */
    public static Charge charge(OrderStatus status, PickupStatus pickup, AbsenceDecision decision) {
        if (status != OrderStatus.SUBMITTED) {
            return Charge.NOT_CHARGED;
        }
        return switch (pickup == null ? PickupStatus.WAITING : pickup) {
            case WAITING -> Charge.PENDING;
            case PICKED_UP -> Charge.CHARGED;
            case ABSENT -> decision != null && decision.householdOwes ? Charge.CHARGED : Charge.NOT_CHARGED;
        };
    }

    /** Goods total charged: the final total where there is one (closing stores only differences), else the ordered. */
    public static long goodsCents(long orderedGoodsCents, Long finalGoodsCents) {
        return finalGoodsCents != null ? finalGoodsCents : orderedGoodsCents;
    }

    /** 1 € coupons bought with the order and at pickup, and the round-up, all for the fund. */
    public static long contributionsCents(int couponCount, int pickupCoupons, long roundUpCents) {
        return Math.addExact(Math.multiplyExact((long) couponCount + pickupCoupons, FundRules.COUPON_CENTS),
                roundUpCents);
    }

    /** Goods, less the fund's reduction, plus what is given to the fund. */
    public static long amountToPay(long goodsCents, long reductionCents, long contributionsCents) {
        return Math.addExact(Math.subtractExact(goodsCents, reductionCents), contributionsCents);
    }

    /**
     * What a line hands out: nothing if missing on the day, else the weighed quantity once weighed, else what case
     * rounding and shortages allocated, else what was ordered.
     */
    public static BigDecimal handedOut(BigDecimal ordered, BigDecimal allocated, BigDecimal delivered,
            boolean missing) {
        if (missing) {
            return BigDecimal.ZERO.setScale(3);
        }
        if (delivered != null) {
            return delivered;
        }
        return allocated != null ? allocated : ordered;
    }

    /** The amount a line is charged: its final amount where there is one, else the ordered amount. */
    public static long lineCharge(long orderedAmountCents, Long finalAmountCents) {
        return finalAmountCents != null ? finalAmountCents : orderedAmountCents;
    }
}
