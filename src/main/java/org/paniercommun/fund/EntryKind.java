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
    CORRECTION;

    /** Kinds a coordinator records by hand (draws come only from orders). */
    public boolean recordedByHand() {
        return this != DRAW && this != DRAW_RELEASE;
    }
}
