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
     * Bons solidaires (1 € each) a household may pay with: {@code ratePercent} of what it pays, rounded down to whole
     * euros; nothing when it owes nothing.
     */
    public static long bonsAccepted(long amountToPayCents, int ratePercent) {
        return Math.max(0, amountToPayCents) * ratePercent / 100 / 100;
    }
}
