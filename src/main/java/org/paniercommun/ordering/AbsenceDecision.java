package org.paniercommun.ordering;

/** What a coordinator decides for the goods of a household that did not come. */
public enum AbsenceDecision {
    /** Kept for the household, who collects and pays later. */
    HELD(true),
    /** Sold to other households: the absent household owes nothing. */
    SOLD_ON(false),
    /** Given away (food bank, other households): the absent household owes nothing. */
    DONATED(false),
    /** Charged to the household as agreed by the group's rules. */
    CHARGED(true);

    /** The household still owes the order. */
    public final boolean householdOwes;

    AbsenceDecision(boolean householdOwes) {
        this.householdOwes = householdOwes;
    }
}
