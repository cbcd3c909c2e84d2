package org.paniercommun.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An e-mail waiting to be sent (or already sent). Written in the transaction that causes it, sent
 * afterwards by {@link OutboxSender} with retries; a row is kept after sending or giving up, for the record.
 */
@Entity
@Table(name = "outbox_emails")
public class OutboxEmail extends PanacheEntity {

    public String recipient;

    public String subject;

    @Column(name = "html_body")
    public String htmlBody;

    @Column(name = "text_body")
    public String textBody;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

    /** One attached file at most (a purchase order's CSV); null when the e-mail has none. */
    @Column(name = "attachment_name")
    public String attachmentName;

    @Column(name = "attachment_type")
    public String attachmentType;

    public byte[] attachment;
}
