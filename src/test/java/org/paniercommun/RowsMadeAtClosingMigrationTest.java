package org.paniercommun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.paniercommun.purchaseorder.PurchaseOrderService;
import org.paniercommun.round.ClosedRounds;
import org.paniercommun.round.ClosedRounds.Closed;
import org.paniercommun.round.RoundFixtures;

/**
 * V40 gives the rounds closed before purchase orders and statements were made at closing the rows a first
 * reading used to make, with the same defaults; it leaves existing rows and rounds not closed alone.
 */
@QuarkusTest
class RowsMadeAtClosingMigrationTest {

    private static final String MIGRATION = "/db/migration/V40__rows_made_at_closing.sql";

    @Inject
    ClosedRounds closedRounds;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    EntityManager em;

    @Test
    void backfillMakesTheMissingRowsOfClosedRoundsWithTheDefaults() throws IOException {
        Closed s = closedRounds.closedRound();
        purchaseOrders.setDelivery(s.roundId(), s.farmId(),
                new PurchaseOrderService.DeliveryCommand(s.distributionDay(), "Dépôt du Marais", "par l'arrière"));
        long farmOrder = orderRow(s.roundId(), s.farmId());
        closedRounds.deleteRows("purchase_orders", s.roundId(), s.beekeeperId());
        closedRounds.deleteRows("producer_statements", s.roundId(), null);
        long openRound = roundFixtures.openRound(null).round().id;

        runMigration();

        assertEquals(2, closedRounds.rows("purchase_orders", s.roundId()));
        assertEquals(farmOrder, orderRow(s.roundId(), s.farmId()));
        List<?> beekeeper = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select cast(delivery_date as text), delivery_address, coalesce(note, '-') from purchase_orders
                where round_id = :r and producer_id = :p""").setParameter("r", s.roundId())
                .setParameter("p", s.beekeeperId()).getResultList());
        assertEquals(List.of(s.distributionDay().toString(), "Dépôt du Marais", "-"),
                List.of((Object[]) beekeeper.get(0)));
        List<?> farm = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select note from purchase_orders where id = :id").setParameter("id", farmOrder).getResultList());
        assertEquals(List.of("par l'arrière"), farm);
        List<?> statuses = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select status from producer_statements where round_id = :r").setParameter("r", s.roundId())
                .getResultList());
        assertEquals(List.of("DRAFT", "DRAFT"), statuses);
        assertEquals(0, closedRounds.rows("purchase_orders", openRound));
        assertEquals(0, closedRounds.rows("producer_statements", openRound));

        // Run again, it finds nothing to do.
        runMigration();
        assertEquals(2, closedRounds.rows("purchase_orders", s.roundId()));
        assertEquals(2, closedRounds.rows("producer_statements", s.roundId()));
    }

    private long orderRow(long roundId, long producerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from purchase_orders where round_id = :r and producer_id = :p").setParameter("r", roundId)
                .setParameter("p", producerId).getSingleResult()).longValue());
    }

    private void runMigration() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream(MIGRATION)) {
            assertNotNull(in, MIGRATION);
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }));
    }
}
