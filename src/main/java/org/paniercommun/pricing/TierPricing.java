package org.paniercommun.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Three-tier differentiated pricing (tarification différenciée). Each antenna sets a coefficient per
 * tier on the cost price and a rounding step; the rules:
 * <ul>
 * <li>unit price of a tier = cost price × coefficient, rounded half-up to the nearest multiple of the
 * step (1, 5 or 10 cents), never below zero;</li>
 * <li>a product sold "one price for all" costs its cost price in every tier;</li>
 * <li>line amount = unit price × quantity, rounded half-up to the cent (once, on the line): {@link LineAmount}.</li>
 * </ul>
 * Plain Java: no framework, so every edge case is unit-tested directly.
 */
public final class TierPricing {

    /** Steps a coordinator can choose: 0,01 €, 0,05 € (cash-friendly) or 0,10 €. */
    public static final Set<Integer> ALLOWED_STEPS = Set.of(1, 5, 10);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal[] coefficientsPercent;
    private final int stepCents;

    /**
     * @param tier1Percent e.g. 50 for "petit budget"
     * @param tier2Percent e.g. 90 for "intermédiaire"
     * @param tier3Percent e.g. 115 for "solidaire"
     * @param stepCents 1, 5 or 10
     */
    public TierPricing(BigDecimal tier1Percent, BigDecimal tier2Percent, BigDecimal tier3Percent, int stepCents) {
        for (BigDecimal percent : new BigDecimal[] { tier1Percent, tier2Percent, tier3Percent }) {
            if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(300)) > 0) {
                throw new IllegalArgumentException("A coefficient is between 0 and 300 %");
            }
        }
        if (!ALLOWED_STEPS.contains(stepCents)) {
            throw new IllegalArgumentException("The price step is 1, 5 or 10 cents");
        }
        this.coefficientsPercent = new BigDecimal[] { tier1Percent, tier2Percent, tier3Percent };
        this.stepCents = stepCents;
    }

    /** The defaults reported by VRAC antennas: 50 %, 90 %, 115 %, prices to the cent. */
    public static TierPricing defaults() {
        return new TierPricing(BigDecimal.valueOf(50), BigDecimal.valueOf(90), BigDecimal.valueOf(115), 1);
    }

    /** Unit price in cents for a tier (1, 2 or 3). */
    public long unitPrice(long costPriceCents, int tier, boolean onePriceForAll) {
        if (costPriceCents < 0) {
            throw new IllegalArgumentException("A cost price is never negative");
        }
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("A tier is 1, 2 or 3");
        }
        if (onePriceForAll) {
            return costPriceCents;
        }
        BigDecimal exact = BigDecimal.valueOf(costPriceCents).multiply(coefficientsPercent[tier - 1])
                .divide(HUNDRED);
        BigDecimal steps = exact.divide(BigDecimal.valueOf(stepCents)).setScale(0, RoundingMode.HALF_UP);
        return steps.longValueExact() * stepCents;
    }

    /** The three unit prices, frozen into a round when it opens. */
    public TierPrices prices(long costPriceCents, boolean onePriceForAll) {
        return new TierPrices(unitPrice(costPriceCents, 1, onePriceForAll), unitPrice(costPriceCents, 2, onePriceForAll),
                unitPrice(costPriceCents, 3, onePriceForAll));
    }

    public record TierPrices(long tier1Cents, long tier2Cents, long tier3Cents) {
        public long forTier(int tier) {
            return switch (tier) {
                case 1 -> tier1Cents;
                case 2 -> tier2Cents;
                case 3 -> tier3Cents;
                default -> throw new IllegalArgumentException("A tier is 1, 2 or 3");
            };
        }
    }
}
