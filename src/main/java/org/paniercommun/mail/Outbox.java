package org.paniercommun.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import org.hibernate.Session;

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

    @Inject
    EntityManager em;

    @Transactional(TxType.MANDATORY)
    public long enqueue(String recipient, String subject, String html, String text) {
        return enqueue(recipient, subject, html, text, null);
    }

    /**
     * Writes the e-mail's row at once, by plain JDBC on the transaction's connection: the row is never read back nor
     * changed in this transaction; as an entity it cost its insert at the commit of every order (issue 25), and a
     * round opened for 50,000 households had to flush and detach its e-mails by batches to keep memory flat. Its id
     * is drawn from the table's sequence like the sender's entity would (Hibernate's pooled ids never meet a value the
     * sequence hands out to another caller).
     *
     * @return the e-mail's id
     */
    @Transactional(TxType.MANDATORY)
    public long enqueue(String recipient, String subject, String html, String text, Attachment attachment) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("An outbox e-mail needs a recipient");
        }
        long[] id = new long[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_emails (id, recipient, subject, html_body, text_body, next_attempt_at,
                                               attachment_name, attachment_type, attachment)
                    values (nextval('outbox_emails_seq'), ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                insert.setString(1, recipient.trim());
                insert.setString(2, subject.length() > 300 ? subject.substring(0, 300) : subject);
                insert.setString(3, html);
                insert.setString(4, text);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.setString(6, attachment == null ? null : attachment.name());
                insert.setString(7, attachment == null ? null : attachment.contentType());
                insert.setBytes(8, attachment == null ? null : attachment.content());
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id[0] = row.getLong(1);
                }
            }
        });
        return id[0];
    }
}
