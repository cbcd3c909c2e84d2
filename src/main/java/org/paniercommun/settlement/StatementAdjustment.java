package org.paniercommun.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An adjustment of a producer statement, with its reason. */
@Entity
@Table(name = "statement_adjustments")
public class StatementAdjustment extends PanacheEntity {

    @Column(name = "statement_id")
    public long statementId;

    @Column(name = "amount_cents")
    public long amountCents;

    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
