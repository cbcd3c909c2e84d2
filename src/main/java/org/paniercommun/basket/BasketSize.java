package org.paniercommun.basket;

/** Size of a solidarity basket. */
public enum BasketSize {
    PETIT,
    GRAND
}
