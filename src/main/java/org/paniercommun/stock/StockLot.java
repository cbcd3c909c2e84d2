package org.paniercommun.stock;

import java.math.BigDecimal;
import org.paniercommun.pricing.LineAmount;

/**
 * One lot of stock: the surplus of a round's offer (what completing its last case bought beyond the orders), and
 * what already left it. Values are at the offer's purchase price, rounded half-up to the cent like a producer's
 * statement line; the last movement takes whatever value is left, so the movements of a lot add up to its value
 * exactly.
 *
 * @param surplus the offer's surplus quantity, in its sale unit
 * @param purchasePriceCents the purchase price of one sale unit, frozen at opening
 * @param outQuantity what left the lot already
 * @param outValueCents the value that left with it
 */
public record StockLot(long offerId, long roundId, String roundName, String product, String unit,
        BigDecimal surplus, long purchasePriceCents, long costPriceCents, BigDecimal outQuantity, long outValueCents) {

    /** The lot's value when it was kept. */
    public long valueCents() {
        return LineAmount.of(purchasePriceCents, surplus);
    }

    public BigDecimal remaining() {
        return surplus.subtract(outQuantity);
    }

    public long remainingValueCents() {
        return valueCents() - outValueCents;
    }

    public boolean empty() {
        return remaining().signum() <= 0;
    }

    /** The value leaving with {@code quantity}: the rest of the lot's value when it empties the lot. */
    public long valueOf(BigDecimal quantity) {
        if (quantity.signum() <= 0 || quantity.compareTo(remaining()) > 0) {
            throw new IllegalArgumentException("Between 0 and what is left: " + remaining());
        }
        return quantity.compareTo(remaining()) == 0 ? remainingValueCents()
                : Math.min(LineAmount.of(purchasePriceCents, quantity), remainingValueCents());
    }

    /** The price the coordinator suggests to buyers: the cost price (what the goods cost the association). */
    public long suggestedPriceCents(BigDecimal quantity) {
        return LineAmount.of(costPriceCents, quantity);
    }
}
