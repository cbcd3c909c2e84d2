package org.paniercommun.ordering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Reprendre ma dernière commande": the quantities of a household's last order carried over to what a round offers
 * now. A product offered again keeps its quantity, raised to a whole number of the new order step and to the new
 * minimum, and lowered to what is left of a limited supply; a product no longer offered (or sold out) is named so
 * that the household knows. Nothing is saved: the form shows the result and the household sends it. Plain Java.
 */
public final class LastOrderRefill {

    /** A line of the last order, by product (offers change from round to round, products stay). */
    public record PastLine(long productId, String productName, BigDecimal quantity) {
    }

    /** What the round offers now of a product. {@code left}: what is left of a limited supply, or null. */
    public record Offered(long offerId, BigDecimal step, BigDecimal minimum, BigDecimal left) {
    }

    /**
     * @param quantities offer id → quantity to put in the form, in the last order's order
     * @param unavailable names of the products of the last order that cannot be ordered now
     * @param changed names of the products whose quantity had to change (step, minimum, what is left)
     */
    public record Result(Map<Long, BigDecimal> quantities, List<String> unavailable, List<String> changed) {
    }

    private LastOrderRefill() {
    }

    public static Result refill(List<PastLine> lastOrder, Map<Long, Offered> offeredByProduct) {
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (PastLine line : lastOrder) {
            Offered offer = offeredByProduct.get(line.productId());
            if (offer == null || line.quantity() == null || line.quantity().signum() <= 0) {
                if (offer == null) {
                    unavailable.add(line.productName());
                }
                continue;
            }
            BigDecimal quantity = QuickChoices.upToStep(line.quantity().max(offer.minimum() == null
                    ? BigDecimal.ZERO : offer.minimum()), offer.step());
            if (offer.left() != null && quantity.compareTo(offer.left()) > 0) {
                quantity = offer.left().divideToIntegralValue(offer.step()).multiply(offer.step()).setScale(3);
                if (offer.minimum() != null && quantity.compareTo(offer.minimum()) < 0) {
                    quantity = BigDecimal.ZERO;
                }
            }
            if (quantity.signum() <= 0) {
                unavailable.add(line.productName());
                continue;
            }
            if (quantity.compareTo(line.quantity()) != 0) {
                changed.add(line.productName());
            }
            quantities.put(offer.offerId(), quantity);
        }
        return new Result(quantities, unavailable, changed);
    }
}
