package org.paniercommun.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxSenderTest {

    @Inject
    OutboxTestSupport support;

    @Inject
    OutboxSender sender;

    @Inject
    Outbox outbox;

    @Inject
    MockMailbox mailbox;

    static String address() {
        return "foyer-" + UUID.randomUUID() + "@test.paniercommun.org";
    }

    @Test
    void sendsHtmlWithATextAlternativeAndMarksTheRowSent() {
        String to = address();
        long id = support.enqueue(to, "Votre commande");

        sender.sendDue();

        List<Mail> mails = MailAssertions.awaitMails(mailbox, to, 1);
        assertEquals("Votre commande", mails.get(0).getSubject());
        assertEquals("<p>Bonjour, Votre commande</p>", mails.get(0).getHtml());
        assertEquals("Bonjour, Votre commande", mails.get(0).getText());
        OutboxEmail row = MailAssertions.awaitSent(support, id);
        assertEquals(1, row.attempts);
        assertNull(row.lastError);

        sender.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(to).size(), "a sent e-mail is never sent again");
    }

    @Test
    void aFailedEmailWaitsForItsNextAttemptThenGoesOut() {
        String to = address();
        long id = support.enqueue(to, "Rappel");
        Instant now = Instant.now();
        support.failedBefore(id, 1, now.plus(Duration.ofMinutes(1)));

        sender.sendDue(now);
        assertTrue(mailbox.getMailsSentTo(to).isEmpty(), "not before its next attempt");
        assertNull(support.find(id).sentAt);

        sender.sendDue(now.plus(Duration.ofMinutes(2)));
        assertEquals(1, mailbox.getMailsSentTo(to).size());
        OutboxEmail row = support.find(id);
        assertNotNull(row.sentAt);
        assertEquals(2, row.attempts);
    }

    @Test
    void anEmailGivenUpAfterTenAttemptsStaysUnsent() {
        String to = address();
        long id = support.enqueue(to, "Abandonné");
        support.failedBefore(id, OutboxSender.MAX_ATTEMPTS, Instant.now().minusSeconds(60));

        sender.sendDue(Instant.now().plus(Duration.ofDays(30)));

        assertTrue(mailbox.getMailsSentTo(to).isEmpty());
        assertNull(support.find(id).sentAt);
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> outbox.enqueue(address(), "Sujet", "<p>x</p>", "x"));
    }

    @Test
    void backoffGrowsThenStaysAtSixHours() {
        assertEquals(Duration.ofMinutes(1), OutboxSender.backoff(1));
        assertEquals(Duration.ofMinutes(5), OutboxSender.backoff(2));
        assertEquals(Duration.ofMinutes(30), OutboxSender.backoff(3));
        assertEquals(Duration.ofHours(2), OutboxSender.backoff(4));
        assertEquals(Duration.ofHours(6), OutboxSender.backoff(9));
    }
}
