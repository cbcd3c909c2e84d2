package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paniercommun.round.RoundStatus;

/** The status a household reads follows its round (issue 20: a settled round's orders still said "Envoyée"). */
class OrderStageTest {

    @Test
    void theStageFollowsTheRoundAndTheDistributionDay() {
        OrderStatus sent = OrderStatus.SUBMITTED;
        assertEquals(OrderStage.SENT, OrderStage.of(sent, RoundStatus.OPEN, PickupStatus.WAITING));
        assertEquals(OrderStage.TO_COLLECT, OrderStage.of(sent, RoundStatus.CLOSED, PickupStatus.WAITING));
        assertEquals(OrderStage.COLLECTED, OrderStage.of(sent, RoundStatus.CLOSED, PickupStatus.PICKED_UP));
        assertEquals(OrderStage.COLLECTED, OrderStage.of(sent, RoundStatus.DISTRIBUTED, PickupStatus.PICKED_UP));
        assertEquals(OrderStage.ABSENT, OrderStage.of(sent, RoundStatus.DISTRIBUTED, PickupStatus.ABSENT));
        assertEquals(OrderStage.SETTLED, OrderStage.of(sent, RoundStatus.SETTLED, PickupStatus.PICKED_UP));
        assertEquals(OrderStage.ROUND_CANCELLED, OrderStage.of(sent, RoundStatus.CANCELLED, PickupStatus.WAITING));
        for (RoundStatus round : RoundStatus.values()) {
            assertEquals(OrderStage.CANCELLED, OrderStage.of(OrderStatus.CANCELLED, round, PickupStatus.WAITING));
        }
    }
}
