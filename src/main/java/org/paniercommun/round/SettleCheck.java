package org.paniercommun.round;

/**
 * What must hold before a round is settled (its books balance, every producer is paid, no decision waits), checked
 * by the books, which know it: the round's own transition asks it, so no page or API call settles a round the books
 * would refuse.
 */
public interface SettleCheck {

    /** Throws a {@code ConflictException} naming what is missing when the round cannot be settled. */
    void requireSettleable(long roundId);
}
