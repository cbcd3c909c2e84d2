package org.paniercommun.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Euro amounts are {@code long} cents everywhere. This class is the one place that turns them into
 * French text ("12,50 €") and parses what people type ("12,50", "12.5", "12 €").
 */
public final class Money {

    /**
     * The largest amount anyone may type or send: 1,000,000 €. A round, a fund or an envelope never comes near it;
     * anything above is a typing mistake, and keeping every amount far below {@code Long.MAX_VALUE} keeps every sum
     * of them exact.
     */
    public static final long MAX_CENTS = 100_000_000L;

    private Money() {
    }

    public static String format(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + groupThousands(abs / 100) + "," + twoDigits(abs % 100) + "\u00a0€";
    }

    /** Plain decimal for CSV and inputs: "12,50" (no symbol, no grouping). */
    public static String decimal(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + (abs / 100) + "," + twoDigits(abs % 100);
    }

    // String.format parses its pattern on every call: it was most of the time of a 7,500-line pickup list's amounts.
    private static String twoDigits(long cents) {
        return cents < 10 ? "0" + cents : Long.toString(cents);
    }

    /**
     * Parses an amount typed by a person. Accepts a comma or a dot, an optional € sign and spaces;
     * refuses fractions of a cent rather than rounding them silently.
     *
     * @throws Unreadable with the reason, a code that the edge words
     */
    public static long parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Unreadable(Unreadable.Reason.AMOUNT_MISSING, text);
        }
        String cleaned = text.replace("€", "").replace("\u00a0", "").replace(" ", "").replace(',', '.').trim();
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new Unreadable(Unreadable.Reason.NOT_AN_AMOUNT, text);
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new Unreadable(Unreadable.Reason.AMOUNT_DECIMALS, text);
        }
        if (value.abs().compareTo(BigDecimal.valueOf(MAX_CENTS, 2)) > 0) {
            throw new Unreadable(Unreadable.Reason.AMOUNT_TOO_BIG, text);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    private static String groupThousands(long units) {
        String digits = Long.toString(units);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('\u202f');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
