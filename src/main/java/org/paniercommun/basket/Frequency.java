package org.paniercommun.basket;

/** How often a basket offer is handed out. */
public enum Frequency {
    WEEKLY(1, "Chaque semaine"),
    BIWEEKLY(2, "Toutes les deux semaines");

    public final int weeks;
    public final String label;

    Frequency(int weeks, String label) {
        this.weeks = weeks;
        this.label = label;
    }
}
