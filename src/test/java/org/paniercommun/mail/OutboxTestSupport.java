package org.paniercommun.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

@ApplicationScoped
public class OutboxTestSupport {

    @Inject
    Outbox outbox;

    @Transactional
    public long enqueue(String recipient, String subject) {
        return outbox.enqueue(recipient, subject, "<p>Bonjour, " + subject + "</p>", "Bonjour, " + subject);
    }

    @Transactional
    public void failedBefore(long id, int attempts, Instant nextAttemptAt) {
        OutboxEmail email = OutboxEmail.findById(id);
        email.attempts = attempts;
        email.nextAttemptAt = nextAttemptAt;
        email.lastError = "Connexion SMTP refusée";
    }

    @Transactional(TxType.REQUIRES_NEW)
    public OutboxEmail find(long id) {
        return OutboxEmail.findById(id);
    }
}
