package org.paniercommun.kernel;

import java.math.BigDecimal;

/** Quantities in sale units (kg, litres, pieces), BigDecimal with up to three decimals. */
public final class Quantities {

    /** Far below Long.MAX_VALUE / 1000: a quantity this large still counts exactly in thousandths. */
    private static final BigDecimal LARGEST_IN_THOUSANDTHS = BigDecimal.valueOf(1_000_000_000_000L);

    /** The largest quantity anyone may type: a million units (kg, L, pieces). Rules say less where they know more. */
    public static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);

    private Quantities() {
    }

    /** French display: "0,5", "12", "2,25". */
    public static String format(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }

    /** Whether a quantity has at most three decimals (0,125 kg, not 0,1255), without allocating in the usual case. */
    public static boolean hasAtMostThreeDecimals(BigDecimal quantity) {
        return quantity.scale() <= 3 || quantity.stripTrailingZeros().scale() <= 3;
    }

    /**
     * Whether a quantity is a whole number of steps (2,5 kg by 0,5 kg), both with at most three decimals. Counted in
     * thousandths as longs: {@link BigDecimal#remainder} divides through MutableBigInteger, and every line of every
     * order is checked this way (a tenth of what an order allocates, benchmark of issue 8).
     */
    public static boolean isWholeNumberOf(BigDecimal quantity, BigDecimal step) {
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("A step is positive: " + step);
        }
        if (!hasAtMostThreeDecimals(quantity) || !hasAtMostThreeDecimals(step)
                || quantity.abs().compareTo(LARGEST_IN_THOUSANDTHS) > 0 || step.compareTo(LARGEST_IN_THOUSANDTHS) > 0) {
            return quantity.remainder(step).signum() == 0;
        }
        return thousandths(quantity) % thousandths(step) == 0;
    }

    private static long thousandths(BigDecimal quantity) {
        return quantity.movePointRight(3).longValueExact();
    }

    /**
     * Parses a quantity typed by a person ("0,5", "2.25"); at most three decimals.
     *
     * @throws Unreadable with the reason, a code that the edge words
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Unreadable(Unreadable.Reason.QUANTITY_MISSING, text);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Unreadable(Unreadable.Reason.NOT_A_NUMBER, text);
        }
        if (!hasAtMostThreeDecimals(value)) {
            throw new Unreadable(Unreadable.Reason.QUANTITY_DECIMALS, text);
        }
        if (value.abs().compareTo(MAX) > 0) {
            throw new Unreadable(Unreadable.Reason.QUANTITY_TOO_BIG, text);
        }
        return value.setScale(3);
    }
}
