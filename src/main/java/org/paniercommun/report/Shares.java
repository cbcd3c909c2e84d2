package org.paniercommun.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of report figures, kept in one place so every figure rounds the same way: shares in percent
 * with one decimal, averages in whole cents, both half-up; nothing is divided by zero.
 */
public final class Shares {

    private Shares() {
    }

    /** {@code part} as a percentage of {@code whole}, one decimal, half-up; 0.0 when the whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code total / count} in whole cents, half-up; 0 when there is nothing to average. */
    public static long average(long total, long count) {
        if (count == 0) {
            return 0;
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
