package org.paniercommun.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a quantity comes to at a unit price: unit price × quantity, rounded half-up to the cent once, on the line
 * (2,345 kg at 3,99 €/kg = 9,35655 € → 9,36 €), never a fraction of a cent. The one rule for every line amount: a
 * household's line at its tier price, the same goods at cost price, a producer's line or case at its purchase price.
 */
public final class LineAmount {

    private LineAmount() {
    }

    /** Unit price × quantity, rounded half-up to the cent. */
    public static long of(long unitPriceCents, BigDecimal quantity) {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("A quantity is never negative");
        }
        return BigDecimal.valueOf(unitPriceCents).multiply(quantity).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
