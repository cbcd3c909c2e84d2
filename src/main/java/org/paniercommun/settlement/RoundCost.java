package org.paniercommun.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A logistics cost of a round (transport, hub rent, packaging…). */
@Entity
@Table(name = "round_costs")
public class RoundCost extends PanacheEntity {

    @Column(name = "round_id")
    public long roundId;

    public String label;

    @Column(name = "amount_cents")
    public long amountCents;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
