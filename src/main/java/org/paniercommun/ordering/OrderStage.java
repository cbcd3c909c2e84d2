package org.paniercommun.ordering;

import org.paniercommun.round.RoundStatus;

/**
 * Where an order stands as people read it: derived from the order's own status, its round's status and its pickup
 * on distribution day, never stored (the order's status only says sent or cancelled; the round moves on for all its
 * orders at once). Labels in {@link OrderingMessages#order_stage}.
 */
enum OrderStage {
    /** Sent while the round takes orders (or before it opens). */
    SENT,
    /** Cancelled by the household or for it. */
    CANCELLED,
    /** The round was cancelled: the order will not be delivered. */
    ROUND_CANCELLED,
    /** The round is closed: the goods wait for the household at its relay point. */
    TO_COLLECT,
    /** Handed over on distribution day. */
    COLLECTED,
    /** The household did not come on distribution day. */
    ABSENT,
    /** The round's books are closed: nothing more happens to the order. */
    SETTLED;

    public static OrderStage of(OrderStatus order, RoundStatus round, PickupStatus pickup) {
        if (order == OrderStatus.CANCELLED) {
            return CANCELLED;
        }
        return switch (round) {
            case DRAFT, OPEN -> SENT;
            case CANCELLED -> ROUND_CANCELLED;
            case SETTLED -> SETTLED;
            case CLOSED, DISTRIBUTED -> switch (pickup == null ? PickupStatus.WAITING : pickup) {
                case PICKED_UP -> COLLECTED;
                case ABSENT -> ABSENT;
                case WAITING -> TO_COLLECT;
            };
        };
    }

    public static OrderStage of(Order order) {
        return of(order.status, order.round.status, order.pickupStatus);
    }
}
