package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.kernel.ConflictException;

/**
 * Issue 26: the order is its own one writer; each transition guards the status it starts from and refuses, with a
 * French message (a 409), what does not follow from it. The bulk writes of closing guard the same in SQL.
 */
@QuarkusTest
class OrderTransitionsTest {

    @Inject
    OrderLifecycle lifecycle;

    private static Order order(OrderStatus status, PickupStatus pickup) {
        Order order = new Order();
        order.status = status;
        order.pickupStatus = pickup;
        order.totalCents = 2_500;
        return order;
    }

    @Test
    void eachTransitionRefusesAnOrderNotInTheStatusItStartsFrom() {
        ConflictException served = assertThrows(ConflictException.class,
                () -> order(OrderStatus.SUBMITTED, PickupStatus.PICKED_UP).markAbsent("bénévole"));
        assertEquals("Ce foyer a déjà été servi.", served.getMessage());
        ConflictException notAbsent = assertThrows(ConflictException.class,
                () -> order(OrderStatus.SUBMITTED, PickupStatus.WAITING).decideAbsence(AbsenceDecision.SOLD_ON, null,
                        "coordinateur"));
        assertEquals("Ce foyer n'est pas marqué absent.", notAbsent.getMessage());
        Order decided = order(OrderStatus.SUBMITTED, PickupStatus.ABSENT);
        decided.decideAbsence(AbsenceDecision.DONATED, " banque alimentaire ", "coordinateur");
        assertEquals("banque alimentaire", decided.absenceNote);
        assertThrows(ConflictException.class, () -> decided.reopen("coordinateur", Instant.now()));
        ConflictException cancelled = assertThrows(ConflictException.class,
                () -> order(OrderStatus.CANCELLED, PickupStatus.WAITING).handOut(true, "bénévole", Instant.now()));
        assertEquals("Cette commande est annulée : elle ne peut plus changer.", cancelled.getMessage());
        assertThrows(ConflictException.class,
                () -> order(OrderStatus.SUBMITTED, PickupStatus.PICKED_UP).cancel(Instant.now()));
        assertThrows(ConflictException.class,
                () -> order(OrderStatus.SUBMITTED, PickupStatus.ABSENT).place(2, 1_000, null, Instant.now()));
    }

    @Test
    void anAbsentHouseholdWhoComesAfterAllIsHandedOutAndCharged() {
        Order order = order(OrderStatus.SUBMITTED, PickupStatus.WAITING);
        order.markAbsent("bénévole");
        order.storeFigures();
        assertEquals(OrderFigures.Charge.NOT_CHARGED, order.charge);
        assertEquals(0, order.dueCents);
        order.handOut(true, "bénévole", Instant.now());
        order.storeFigures();
        assertEquals(PickupStatus.PICKED_UP, order.pickupStatus);
        assertEquals(OrderFigures.Charge.CHARGED, order.charge);
        assertEquals(2_500, order.dueCents);
    }

    @Test
    void closingsBulkWriteRefusesAnOrderThatIsNoLongerWaiting() {
        // No order with this id is sent and waiting: the guard in the WHERE clause matches nothing, and the whole
        // closing step is refused rather than half written.
        ConflictException refused = assertThrows(ConflictException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> lifecycle.allocateOrders(List.of(new OrderLifecycle.OrderAllocation(-1, 1_000, 900L, 0,
                        800)))));
        assertEquals(org.paniercommun.kernel.Texts.of(OrderingMessages.class).error_order_not_waiting(),
                refused.getMessage());
    }
}
