package org.paniercommun.household;

/**
 * Self-declared price tier (tarif 1/2/3). No proof is ever asked: the household chooses, the page
 * explains the tiers in plain words.
 */
public enum PriceTier {
    /** Tarif 1 « petit budget ». */
    SMALL_BUDGET(1, "Tarif 1 — petit budget", "Pour les foyers qui ont du mal à boucler le mois : vous payez environ la moitié du prix coûtant."),
    /** Tarif 2 « intermédiaire ». */
    INTERMEDIATE(2, "Tarif 2 — intermédiaire", "Pour les foyers un peu justes : vous payez un peu moins que le prix coûtant."),
    /** Tarif 3 « solidaire ». */
    SOLIDARITY(3, "Tarif 3 — solidaire", "Pour les foyers qui peuvent aider : vous payez un peu plus que le prix coûtant, ce qui finance les autres tarifs.");

    public final int number;
    public final String label;
    public final String explanation;

    PriceTier(int number, String label, String explanation) {
        this.number = number;
        this.label = label;
        this.explanation = explanation;
    }

    public static PriceTier of(int number) {
        for (PriceTier tier : values()) {
            if (tier.number == number) {
                return tier;
            }
        }
        throw new IllegalArgumentException("Le tarif est 1, 2 ou 3.");
    }
}
