package org.paniercommun.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A grant or donation assigned to a round's books. */
@Entity
@Table(name = "round_subsidies")
public class RoundSubsidy extends PanacheEntity {

    @Column(name = "round_id")
    public long roundId;

    public String funder;

    @Column(name = "amount_cents")
    public long amountCents;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
