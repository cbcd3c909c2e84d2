package org.paniercommun.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.round.Round;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.Texts;

/** What a producer is paid for a round (relevé producteur): received quantities × its purchase prices. */
@Entity
@Table(name = "producer_statements")
class ProducerStatement extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    @Enumerated(EnumType.STRING)
    public StatementStatus status = StatementStatus.DRAFT;

    /** Frozen when sent. */
    @Column(name = "total_cents")
    public Long totalCents;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Version
    public long version;

    public void send(long total, Instant now) {
        if (status == StatementStatus.PAID) {
            throw new ConflictException(Texts.of(SettlementMessages.class).error_statement_paid_no_resend());
        }
        if (status == StatementStatus.SENT && totalCents != null && totalCents != total) {
            throw new ConflictException(Texts.of(SettlementMessages.class).error_statement_other_total());
        }
        status = StatementStatus.SENT;
        totalCents = total;
        sentAt = now;
    }

    public void markPaid(LocalDate on, String reference) {
        if (status != StatementStatus.SENT) {
            throw new ConflictException(status == StatementStatus.PAID
                    ? Texts.of(SettlementMessages.class).error_statement_already_paid()
                    : Texts.of(SettlementMessages.class).error_statement_send_first());
        }
        status = StatementStatus.PAID;
        paidOn = on;
        paymentReference = reference;
    }
}
