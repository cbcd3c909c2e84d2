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

    /** A file sent with an e-mail. */
    public record Attachment(String name, String contentType, byte[] content) {
    }

    @Transactional(TxType.MANDATORY)
    public OutboxEmail enqueue(String recipient, String subject, String html, String text) {
        return enqueue(recipient, subject, html, text, null);
    }

    @Transactional(TxType.MANDATORY)
    public OutboxEmail enqueue(String recipient, String subject, String html, String text, Attachment attachment) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("An outbox e-mail needs a recipient");
        }
        OutboxEmail email = new OutboxEmail();
        email.recipient = recipient.trim();
        email.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        email.htmlBody = html;
        email.textBody = text;
        email.nextAttemptAt = Instant.now();
        if (attachment != null) {
            email.attachmentName = attachment.name();
            email.attachmentType = attachment.contentType();
            email.attachment = attachment.content();
        }
        email.persist();
        return email;
    }
}
