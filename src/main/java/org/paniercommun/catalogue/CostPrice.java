package org.paniercommun.catalogue;

import java.math.BigDecimal;

/**
 * Prix coûtant: what a product costs the group, with no margin — the producer's purchase price plus a
 * logistics share, per sale unit, in euro cents. Never stored: always computed from its two parts.
 */
public final class CostPrice {

    private CostPrice() {
    }

    /** Cost price of one sale unit. */
    public static long perUnit(long purchaseCents, long logisticsCents) {
        if (purchaseCents < 0 || logisticsCents < 0) {
            throw new IllegalArgumentException("Prices cannot be negative");
        }
        return Math.addExact(purchaseCents, logisticsCents);
    }

    /** Cost of one whole case (colis) of the given size in sale units. */
    public static long perCase(long unitCents, BigDecimal caseSize) {
        return org.paniercommun.pricing.LineAmount.of(unitCents, caseSize);
    }
}
