package org.paniercommun.fund;

/** Kinds of movement of the solidarity fund; inflows are positive, draws negative. */
public enum EntryKind {
    COUPON("Coupons de 1 €"),
    DONATION("Dons"),
    GRANT("Subventions"),
    ROUND_UP("Arrondis au retrait"),
    TIER3_SURPLUS("Part solidaire du tarif 3"),
    DRAW("Réductions accordées"),
    DRAW_RELEASE("Réductions rendues"),
    CORRECTION("Corrections");

    public final String label;

    EntryKind(String label) {
        this.label = label;
    }

    /** Kinds a coordinator records by hand (draws come only from orders). */
    public boolean recordedByHand() {
        return this != DRAW && this != DRAW_RELEASE;
    }
}
