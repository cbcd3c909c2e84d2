package org.paniercommun.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /**
     * Cost of a quantity (e.g. 2,345 kg at 3,99 €/kg), rounded half-up to the cent once, on the total:
     * never a fraction of a cent.
     */
    public static long forQuantity(long unitCents, BigDecimal quantity) {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("Quantity cannot be negative");
        }
        return BigDecimal.valueOf(unitCents).multiply(quantity).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Cost of one whole case (colis) of the given size in sale units. */
    public static long perCase(long unitCents, BigDecimal caseSize) {
        return forQuantity(unitCents, caseSize);
    }
}
