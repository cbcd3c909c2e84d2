package org.paniercommun.basket;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a basket's value between its payers (the household and the funders) by whole percentages, to the
 * cent, so that the parts always add up to the value.
 *
 * <p>Rule (largest remainder, "méthode du plus fort reste"): each payer first gets the floor of its exact
 * share {@code value × percent / 100}; the cents left over (fewer than the number of payers) go one each to
 * the payers whose exact share had the largest fractional part; between equal fractional parts, the payer
 * listed first in the scheme gets the cent. So every part is within one cent of its exact share, and the
 * same basket is always split the same way. Example: 1,01 € split 50/50 gives 0,51 € to the first payer
 * (the household when it is listed first) and 0,50 € to the second; 10,00 € split 30/40/30 gives 3,00 /
 * 4,00 / 3,00 €; 0,10 € split 33/33/34 gives 0,03 / 0,03 / 0,04 €.
 */
public final class ShareSplit {

    private ShareSplit() {
    }

    /** Why percentages cannot be split; {@code total} is their sum for {@link Reason#TOTAL}. */
    public record Problem(Reason reason, int total) {

        public enum Reason {
            NONE_GIVEN, OUT_OF_RANGE, TOTAL
        }
    }

    /** Percentages must be 1 to 100 each and total exactly 100. Null when they do; otherwise why not. */
    public static Problem problem(List<Integer> percents) {
        if (percents == null || percents.isEmpty()) {
            return new Problem(Problem.Reason.NONE_GIVEN, 0);
        }
        int total = 0;
        for (Integer p : percents) {
            if (p == null || p < 1 || p > 100) {
                return new Problem(Problem.Reason.OUT_OF_RANGE, 0);
            }
            total += p;
        }
        if (total != 100) {
            return new Problem(Problem.Reason.TOTAL, total);
        }
        return null;
    }

    /**
     * The parts of {@code valueCents}, in the order of {@code percents}.
     *
     * @throws IllegalArgumentException when the percentages do not total 100 or the value is negative
     */
    public static List<Long> split(long valueCents, List<Integer> percents) {
        Problem problem = problem(percents);
        if (problem != null) {
            throw new IllegalArgumentException("Shares cannot be split: " + problem);
        }
        if (valueCents < 0) {
            throw new IllegalArgumentException("Negative value to split: " + valueCents);
        }
        int n = percents.size();
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            long exactTimes100 = Math.multiplyExact(valueCents, (long) percents.get(i));
            parts[i] = exactTimes100 / 100;
            remainders[i] = exactTimes100 % 100;
            given += parts[i];
        }
        long left = valueCents - given;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1; // one extra cent at most per payer
            left--;
        }
        List<Long> result = new ArrayList<>(n);
        for (long part : parts) {
            result.add(part);
        }
        return result;
    }
}
