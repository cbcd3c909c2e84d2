package org.paniercommun.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes e-mails to the outbox. MANDATORY: the e-mail is part of the caller's transaction, so it exists
 * only if the business change (an order, an opened round) commits, and an SMTP outage can never undo or
 * block that change.
 */
@ApplicationScoped
public class Outbox {

    /** How many e-mails of a bulk sending are kept in memory before they are written and let go. */
    static final int BULK_SIZE = 200;

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

    /**
     * For many e-mails in one transaction (a round opened for 50,000 households, a reminder): each batch of
     * {@link #BULK_SIZE} is written and let go, so the transaction holds 200 rendered e-mails at most, not all of them
     * (a round opened at the benchmark's ×10 ran a 128 MB heap out of memory with 30,000 of them held).
     */
    public Bulk bulk() {
        return new Bulk();
    }

    /** See {@link #bulk()}. Not thread-safe: one per transaction and loop. */
    public final class Bulk {

        private final List<OutboxEmail> held = new ArrayList<>();

        private Bulk() {
        }

        public void enqueue(String recipient, String subject, String html, String text) {
            held.add(Outbox.this.enqueue(recipient, subject, html, text));
            if (held.size() >= BULK_SIZE) {
                // Writes everything the transaction has pending (its rows are inserted, nothing is committed yet),
                // then forgets the e-mails alone: what the caller still works on stays managed.
                OutboxEmail.getEntityManager().flush();
                held.forEach(OutboxEmail.getEntityManager()::detach);
                held.clear();
            }
        }
    }
}
