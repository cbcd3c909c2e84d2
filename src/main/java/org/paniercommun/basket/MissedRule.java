package org.paniercommun.basket;

/** What happens to a basket its household did not collect; the coordinator chooses it per offer. */
public enum MissedRule {
    HELD,
    GIVEN_TO_OTHER,
    DONATED
}
