package org.paniercommun.round;

import jakarta.enterprise.context.ApplicationScoped;
import org.paniercommun.ordering.Order;

/**
 * E-mails of a round (round opened, reminder before the deadline, order confirmation), written to the
 * outbox in the caller's transaction.
 */
@ApplicationScoped
public class RoundNotifications {

    /** Called in the transaction that opens the round. */
    public void roundOpened(Round round) {
        // written by the e-mail outbox work
    }

    /** Called in the transaction that saves (creates or changes) an order. */
    public void orderConfirmed(Order order) {
        // written by the e-mail outbox work
    }
}
