package org.paniercommun.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** Many e-mails in one transaction are written as they go and none stays in its memory (a round opened for 50,000). */
@QuarkusTest
class OutboxBulkTest {

    @Inject
    Outbox outbox;

    @Test
    void manyEmailsInOneTransactionAreAllWrittenAndNoneIsHeld() {
        String subject = "Bulk " + UUID.randomUUID();
        int[] heldAtMost = { 0 };
        QuarkusTransaction.requiringNew().run(() -> {
            Session session = OutboxEmail.getEntityManager().unwrap(Session.class);
            int before = session.getStatistics().getEntityCount();
            for (int i = 0; i < 450; i++) {
                outbox.enqueue("foyer" + i + "@example.org", subject, "<p>Bonjour</p>", "Bonjour");
                heldAtMost[0] = Math.max(heldAtMost[0], session.getStatistics().getEntityCount() - before);
            }
        });
        try {
            assertEquals(0, heldAtMost[0], "e-mails held by the transaction");
            assertEquals(450L, QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count("subject", subject)));
        } finally {
            // Not left for the sender: other tests wait for their own e-mails behind these.
            QuarkusTransaction.requiringNew().run(() -> OutboxEmail.delete("subject", subject));
        }
    }
}
