package org.paniercommun.closing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.paniercommun.fund.FundService;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundClosed;
import org.paniercommun.round.RoundService;

/**
 * The closing pipeline, in one place and in a stated order, when a round stops taking orders (by a coordinator or at
 * its deadline: {@code RoundService} fires {@link RoundClosed} synchronously, inside the transaction that closes the
 * round, and this is its only observer). Every step runs in that transaction: a round is closed with all of it or
 * not at all.
 * <ol>
 * <li>allocation: case rounding with the products' default decisions; each order's goods total, cost value and
 * solidarity-fund reduction follow (through {@code OrderLifecycle}, the orders' one writer);</li>
 * <li>the fund: its tier-3 surplus on what is now to be handed out;</li>
 * <li>purchase orders: one row per producer of the round's offer;</li>
 * <li>settlement: one draft statement per producer.</li>
 * </ol>
 */
@ApplicationScoped
public class RoundClosing {

    /** Makes the purchase order rows of a closed round (implemented in {@code purchaseorder}). */
    public interface PurchaseOrderRows {
        void createRows(long roundId);
    }

    /** Makes the draft producer statements of a closed round (implemented in {@code settlement}). */
    public interface StatementRows {
        void createRows(long roundId);
    }

    @Inject
    RoundService rounds;

    @Inject
    ClosingService closing;

    @Inject
    FundService fund;

    @Inject
    PurchaseOrderRows purchaseOrders;

    @Inject
    StatementRows statements;

    void onRoundClosed(@Observes RoundClosed event) {
        Round round = rounds.round(event.roundId());
        closing.allocate(round);
        fund.settleTier3Surplus(round.antenna, round.id);
        purchaseOrders.createRows(round.id);
        statements.createRows(round.id);
    }
}
