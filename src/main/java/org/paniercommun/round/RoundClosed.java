package org.paniercommun.round;

/** Fired synchronously, inside the closing transaction, when a round stops taking orders. */
public record RoundClosed(long roundId) {
}
