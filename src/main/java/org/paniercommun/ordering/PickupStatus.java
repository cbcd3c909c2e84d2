package org.paniercommun.ordering;

/** Where a household's order stands on distribution day. */
public enum PickupStatus {
    WAITING,
    PICKED_UP,
    ABSENT
}
