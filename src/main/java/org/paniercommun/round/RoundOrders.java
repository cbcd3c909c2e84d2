package org.paniercommun.round;

/**
 * What a round's life asks of the orders placed in it. An order names its round, so the ordering package sits above
 * this one: the round reaches the orders through this interface, which ordering implements
 * ({@code ordering.OrdersOfRounds}), and never imports them.
 */
public interface RoundOrders {

    /** Tells the households of the round's groups that it opened (through the outbox, in the caller's transaction). */
    void opened(Round round);

    /**
     * The round is cancelled and nothing will be handed out: the fund gets back what its submitted orders drew, and
     * the coupons they counted, never paid, leave it.
     */
    void giveBackToFund(Round round);

    /** Tells every household that had ordered in the round that it is cancelled (through the outbox). */
    void cancelled(Round round);

    /** The submitted orders of a round: how many, and what they come to. */
    Placed placed(long roundId);

    /** How many orders a round holds and their total, in cents. */
    record Placed(int count, long totalCents) {
    }
}
