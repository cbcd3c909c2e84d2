package org.paniercommun.fund;

/** Kinds of movement of the solidarity fund; inflows are positive, draws negative. */
public enum EntryKind {
    COUPON,
    DONATION,
    GRANT,
    ROUND_UP,
    TIER3_SURPLUS,
    DRAW,
    DRAW_RELEASE,
    CORRECTION,
    /** Bons solidaires put in a relay point's box (negative) or back from it unused (positive): a draw by totals. */
    BONS;

    /** Kinds a coordinator records by hand (draws come only from orders and from the bons box). */
    public boolean recordedByHand() {
        return this != DRAW && this != DRAW_RELEASE && this != BONS;
    }

    /** What the fund gives: draws of orders and bons paid at the cash desk. */
    public boolean gives() {
        return this == DRAW || this == DRAW_RELEASE || this == BONS;
    }
}
