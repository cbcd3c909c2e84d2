package org.paniercommun.basket;

/** Size of a solidarity basket. */
public enum BasketSize {
    PETIT("Petit panier"),
    GRAND("Grand panier");

    public final String label;

    BasketSize(String label) {
        this.label = label;
    }
}
