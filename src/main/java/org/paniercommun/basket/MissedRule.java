package org.paniercommun.basket;

/** What happens to a basket its household did not collect; the coordinator chooses it per offer. */
public enum MissedRule {
    HELD("Gardé pour le foyer jusqu'au lendemain"),
    GIVEN_TO_OTHER("Donné à un autre foyer inscrit"),
    DONATED("Donné à une association d'aide alimentaire");

    public final String label;

    MissedRule(String label) {
        this.label = label;
    }
}
