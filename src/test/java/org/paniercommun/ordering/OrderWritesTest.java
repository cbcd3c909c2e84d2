package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;

/**
 * An order placed or changed is written by plain statements ({@link OrderLifecycle#writeLines},
 * {@link OrderLifecycle#writePlaced}), not by Hibernate's flush (issue 25): the rows must hold what the entity's rules
 * give, as the flush wrote them, and the transaction that placed the order must read it back as written.
 */
@QuarkusTest
class OrderWritesTest {

    @Inject
    RoundFixtures rounds;

    @Inject
    Fixtures fixtures;

    @Inject
    OrderService orders;

    @Inject
    EntityManager em;

    record LineRow(long id, BigDecimal quantity, BigDecimal tolerance, Instant orderedAt, long unitPrice, long amount,
            BigDecimal handedOut) {
    }

    @Test
    void placedAndChangedOrdersAreStoredAsTheirRulesSay() {
        RoundFixtures.Setup setup = rounds.openRoundOfThree();
        long roundId = setup.round().id;
        long lentils = rounds.offerId(setup, 0);
        long flour = rounds.offerId(setup, 1);
        long chickpeas = rounds.offerId(setup, 2);
        Household household = fixtures.household(setup.place(), Fixtures.unique("Écrit"), 2);
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);

        Order placed = orders.place(roundId, household.id, List.of(new LineCommand(lentils, new BigDecimal("2")),
                new LineCommand(flour, new BigDecimal("1.5")), new LineCommand(chickpeas, new BigDecimal("3"))), null,
                null, first);
        Map<Long, LineRow> lines = lines(placed.id);
        assertEquals(3, lines.size());
        assertEquals(1, orderRow(placed.id, "version"), "inserted at 0, placed once");
        assertEquals(placed.version, orderRow(placed.id, "version"), "the order returned knows its version");
        long total = 0;
        for (OrderLine line : placed.lines) {
            LineRow row = lines.get(line.offer.id);
            assertEquals(line.id, row.id(), "the line returned carries the id it was stored with");
            assertEquals(0, line.quantity.compareTo(row.quantity()));
            assertEquals(0, row.quantity().compareTo(row.handedOut()), "hands out what is ordered before closing");
            assertEquals(0, BigDecimal.ZERO.compareTo(row.tolerance()));
            assertEquals(first, row.orderedAt());
            assertEquals(line.unitPriceCents, row.unitPrice());
            assertTrue(row.unitPrice() > 0);
            assertEquals(org.paniercommun.pricing.LineAmount.of(row.unitPrice(), row.quantity()), row.amount());
            total += row.amount();
        }
        assertEquals(total, orderRow(placed.id, "total_cents"));
        assertEquals(total, orderRow(placed.id, "goods_cents"), "goods stored with the order");
        assertEquals(0L, orderRow(placed.id, "due_cents"), "nothing due before the pickup");
        assertEquals(placed.costValueCents, orderRow(placed.id, "cost_value_cents"));
        assertTrue(placed.costValueCents > 0);
        assertEquals(2L, orderRow(placed.id, "price_tier"));

        // Changed: lentils kept as they were, flour changed, chickpeas dropped.
        Instant second = first.plusSeconds(60);
        Order changed = orders.place(roundId, household.id, List.of(new LineCommand(lentils, new BigDecimal("2")),
                new LineCommand(flour, new BigDecimal("4"))), null, "benevole", second);
        Map<Long, LineRow> after = lines(changed.id);
        assertEquals(placed.id, changed.id);
        assertEquals(2, after.size(), "the dropped line is gone");
        assertFalse(after.containsKey(chickpeas));
        assertEquals(first, after.get(lentils).orderedAt(), "an unchanged line keeps its place in the queue");
        assertEquals(second, after.get(flour).orderedAt(), "a changed line goes to the back of the queue");
        assertNotEquals(lines.get(lentils).id(), after.get(lentils).id(), "the lines are written anew");
        assertEquals(2, orderRow(changed.id, "version"));
        assertEquals(after.get(lentils).amount() + after.get(flour).amount(), orderRow(changed.id, "total_cents"));
        assertEquals(orderRow(changed.id, "total_cents"), orderRow(changed.id, "goods_cents"));

        // The transaction that places an order reads it back as written: no stale copy is left in its context.
        QuarkusTransaction.requiringNew().run(() -> {
            Order returned = orders.place(roundId, household.id, List.of(new LineCommand(lentils,
                    new BigDecimal("5"))), null, null, second.plusSeconds(60));
            assertFalse(em.contains(returned));
            Order read = orders.find(roundId, household.id).orElseThrow();
            assertEquals(returned.totalCents, read.totalCents);
            assertEquals(returned.version, read.version);
            assertEquals(1, read.lines.size());
            assertEquals(0, new BigDecimal("5").compareTo(read.lines.get(0).quantity));
            assertEquals("benevole", changed.enteredBy);
            assertEquals(null, read.enteredBy, "the household's own change");
        });
    }

    private long orderRow(long orderId, String column) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select " + column + " from orders where id = :id").setParameter("id", orderId).getSingleResult())
                .longValue());
    }

    private Map<Long, LineRow> lines(long orderId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, LineRow> rows = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> result = em.createNativeQuery("select offer_id, id, quantity, tolerance, ordered_at, "
                    + "unit_price_cents, amount_cents, handed_out_quantity from order_lines where order_id = :id")
                    .setParameter("id", orderId).getResultList();
            for (Object[] r : result) {
                Object at = r[4];
                Instant orderedAt = at instanceof Timestamp t ? t.toInstant() : at instanceof Instant i ? i
                        : ((java.time.OffsetDateTime) at).toInstant();
                rows.put(((Number) r[0]).longValue(), new LineRow(((Number) r[1]).longValue(), (BigDecimal) r[2],
                        (BigDecimal) r[3], orderedAt, ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                        (BigDecimal) r[7]));
            }
            return rows;
        });
    }
}
