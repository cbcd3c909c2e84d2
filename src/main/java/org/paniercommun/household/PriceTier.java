package org.paniercommun.household;

/**
 * Self-declared price tier (tarif 1/2/3). No proof is ever asked: the household chooses, the page
 * explains the tiers in plain words ({@link HouseholdMessages#tier_label}, {@link HouseholdMessages#tier_explanation}).
 */
public enum PriceTier {
    /** Tarif 1 « petit budget ». */
    SMALL_BUDGET(1),
    /** Tarif 2 « intermédiaire ». */
    INTERMEDIATE(2),
    /** Tarif 3 « solidaire ». */
    SOLIDARITY(3);

    public final int number;

    PriceTier(int number) {
        this.number = number;
    }

    public static PriceTier of(int number) {
        for (PriceTier tier : values()) {
            if (tier.number == number) {
                return tier;
            }
        }
        throw new IllegalArgumentException("No price tier " + number);
    }
}
