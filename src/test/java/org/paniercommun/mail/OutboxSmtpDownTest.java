package org.paniercommun.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real SMTP client against a port where nothing listens: the outage the outbox is there for. */
@QuarkusTest
@TestProfile(OutboxSmtpDownTest.SmtpDown.class)
class OutboxSmtpDownTest {

    public static class SmtpDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", "1",
                    "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.mailer.username", "",
                    "quarkus.mailer.password", "",
                    // No scheduled run: the test drives the sender itself. With "1h", a run starting with the app
                    // could take the test's e-mail while the test was sending it (seen once in CI).
                    "panier.outbox.interval", "off");
        }
    }

    @Inject
    OutboxTestSupport support;

    @Inject
    OutboxSender sender;

    @Test
    void aFailedSendIsRecordedAndRetriedWithBackoffWithoutLosingTheEmail() {
        long id = support.enqueue("foyer@test.paniercommun.org", "Votre commande");
        Instant now = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);

        assertEquals(0, sender.sendDue(now));
        OutboxEmail row = support.find(id);
        assertEquals(1, row.attempts);
        assertNull(row.sentAt);
        assertNotNull(row.lastError);
        assertEquals(now.plus(Duration.ofMinutes(1)), row.nextAttemptAt);

        sender.sendDue(now.plusSeconds(30));
        assertEquals(1, support.find(id).attempts, "no new attempt before the backoff");

        Instant later = now.plus(Duration.ofMinutes(1));
        sender.sendDue(later);
        row = support.find(id);
        assertEquals(2, row.attempts);
        assertNull(row.sentAt);
        assertEquals(later.plus(Duration.ofMinutes(5)), row.nextAttemptAt);
        assertTrue(row.recipient.equals("foyer@test.paniercommun.org"), "the e-mail is kept for later");
    }
}
