package org.paniercommun.round;

/**
 * Fired synchronously, inside the closing transaction, when a round stops taking orders. Its one observer,
 * {@code closing/RoundClosing}, runs the closing pipeline in a stated order.
 */
public record RoundClosed(long roundId) {
}
