package org.paniercommun.ordering;

/** Where a household's order stands on distribution day. */
public enum PickupStatus {
    WAITING("À servir"),
    PICKED_UP("Servi"),
    ABSENT("Absent");

    public final String label;

    PickupStatus(String label) {
        this.label = label;
    }
}
