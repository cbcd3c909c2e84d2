package org.paniercommun.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.paniercommun.fund.FundService;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundOrders;

/** The orders' side of a round's life ({@link RoundOrders}): the round calls it, and never imports the orders. */
@ApplicationScoped
class OrdersOfRounds implements RoundOrders {

    @Inject
    RoundNotifications notifications;

    @Inject
    FundService fund;

    @Inject
    OrderService orders;

    @Override
    public void opened(Round round) {
        notifications.roundOpened(round);
    }

    @Override
    public void giveBackToFund(Round round) {
        long id = round.id;
        for (Order order : Order.<Order>list("round.id = ?1 and status = ?2", id, OrderStatus.SUBMITTED)) {
            if (order.fundReductionCents != 0) {
                fund.adjustDraw(round.antenna, id, order.fundReductionCents, null, 0);
            }
            if (order.couponCount != 0) {
                fund.adjustCoupons(round.antenna.id, id, order.couponCount, 0);
            }
            order.roundCancelled();
        }
    }

    @Override
    public void cancelled(Round round) {
        notifications.roundCancelled(round);
    }

    @Override
    public Placed placed(long roundId) {
        List<Order> placed = orders.forRound(roundId);
        return new Placed(placed.size(), placed.stream().mapToLong(o -> o.totalCents).sum());
    }
}
