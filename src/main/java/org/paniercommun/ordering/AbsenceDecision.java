package org.paniercommun.ordering;

/** What a coordinator decides for the goods of a household that did not come. */
public enum AbsenceDecision {
    /** Kept for the household, who collects and pays later. */
    HELD("Gardé pour le foyer (à payer plus tard)", true),
    /** Sold to other households: the absent household owes nothing. */
    SOLD_ON("Revendu à d'autres foyers", false),
    /** Given away (food bank, other households): the absent household owes nothing. */
    DONATED("Donné", false),
    /** Charged to the household as agreed by the group's rules. */
    CHARGED("Facturé au foyer", true);

    public final String label;
    /** The household still owes the order. */
    public final boolean householdOwes;

    AbsenceDecision(String label, boolean householdOwes) {
        this.label = label;
        this.householdOwes = householdOwes;
    }
}
