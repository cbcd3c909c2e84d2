package org.paniercommun.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Rules of the solidarity fund, without framework: the reduction is the order total at tier prices × the
 * rate, rounded half-up to the cent, within the antenna's per-household cap; when the fund cannot give
 * the rate asked, the best rate it can give is offered instead.
 */
public final class FundRules {

    /** A coupon (bon solidaire) is worth 1 €. */
    public static final long COUPON_CENTS = 100;

    private FundRules() {
    }

    public static long reduction(long totalCents, int ratePercent, Long capCents) {
        long exact = BigDecimal.valueOf(totalCents).multiply(BigDecimal.valueOf(ratePercent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        return capCents == null ? exact : Math.min(exact, capCents);
    }

    /**
     * The highest rate among {@code rates} whose reduction fits in {@code availableCents}, or 0 if none.
     */
    public static int bestRateWithin(long totalCents, List<Integer> rates, Long capCents, long availableCents) {
        int best = 0;
        for (int rate : rates) {
            if (reduction(totalCents, rate, capCents) <= availableCents && rate > best) {
                best = rate;
            }
        }
        return best;
    }

    /**
     * What the fund does with an order's reduction: decided here, applied by {@code FundService} (which alone moves
     * the fund's balance and ledger). Each decision says the reduction the order holds once it is applied.
     */
    public sealed interface FundDecision permits Keep, Draw, Release, FallBack {

        /** The order's reduction once the decision is applied. */
        long reductionCents();
    }

    /** Nothing moves: the order keeps {@code reductionCents}. */
    public record Keep(long reductionCents) implements FundDecision {
    }

    /** Take {@code cents} more from the fund, above its reserve floor, for a reduction of {@code reductionCents}. */
    public record Draw(long cents, long reductionCents) implements FundDecision {
    }

    /** Give {@code cents} back to the fund: the order's reduction becomes {@code reductionCents}. */
    public record Release(long cents, long reductionCents) implements FundDecision {
    }

    /**
     * The fund cannot give the rate asked: the order gives back what it held ({@code releaseCents}) and gets no
     * reduction; {@code possibleRatePercent} is the best rate the fund can give now (0: none), to tell the household.
     */
    public record FallBack(long releaseCents, int possibleRatePercent) implements FundDecision {

        @Override
        public long reductionCents() {
            return 0;
        }
    }

    /**
     * A household asks for {@code ratePercent} (null: nothing) of its goods total, while its order holds
     * {@code previousCents}: draw the difference, or release it.
     */
    public static FundDecision request(long previousCents, Integer ratePercent, long totalCents, Long capCents) {
        long wanted = ratePercent == null ? 0 : reduction(totalCents, ratePercent, capCents);
        return move(previousCents, wanted);
    }

    /**
     * After closing, the reduction follows the goods total really charged (case rounding, shortages, weighing), at
     * the rate granted (null: the order has none, nothing moves). If the fund then cannot give more, the order keeps
     * what it has: a reduction granted is never withdrawn at the counter.
     */
    public static FundDecision settle(long previousCents, Integer ratePercent, long totalCents, Long capCents) {
        if (ratePercent == null) {
            return new Keep(previousCents);
        }
        return move(previousCents, reduction(totalCents, ratePercent, capCents));
    }

    /**
     * A draw the fund could not give (its floor said no): the order releases what it held and is told the best rate
     * within what the fund has above its floor, counting what the order gives back.
     *
     * @param availableCents balance above the reserve floor, before the order gives back {@code previousCents}
     */
    public static FallBack fallBack(long previousCents, long totalCents, List<Integer> rates, Long capCents,
            long availableCents) {
        return new FallBack(previousCents, bestRateWithin(totalCents, rates, capCents, availableCents + previousCents));
    }

    private static FundDecision move(long previousCents, long wanted) {
        long delta = wanted - previousCents;
        if (delta < 0) {
            return new Release(-delta, wanted);
        }
        return delta == 0 ? new Keep(wanted) : new Draw(delta, wanted);
    }

    /**
     * Bons solidaires (1 € each) a household may pay with: {@code ratePercent} of what it pays, rounded down to whole
     * euros; nothing when it owes nothing.
     */
    public static long bonsAccepted(long amountToPayCents, int ratePercent) {
        return Math.max(0, amountToPayCents) * ratePercent / 100 / 100;
    }
}
