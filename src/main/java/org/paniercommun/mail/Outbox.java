package org.paniercommun.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * Writes e-mails to the outbox. MANDATORY: the e-mail is part of the caller's transaction, so it exists
 * only if the business change (an order, an opened round) commits, and an SMTP outage can never undo or
 * block that change.
 */
@ApplicationScoped
public class Outbox {

    @Transactional(TxType.MANDATORY)
    public OutboxEmail enqueue(String recipient, String subject, String html, String text) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("An outbox e-mail needs a recipient");
        }
        OutboxEmail email = new OutboxEmail();
        email.recipient = recipient.trim();
        email.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        email.htmlBody = html;
        email.textBody = text;
        email.nextAttemptAt = Instant.now();
        email.persist();
        return email;
    }
}
