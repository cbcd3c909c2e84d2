package org.paniercommun.basket;

/** How often a basket offer is handed out. */
public enum Frequency {
    WEEKLY(1),
    BIWEEKLY(2);

    public final int weeks;

    Frequency(int weeks) {
        this.weeks = weeks;
    }
}
