package org.paniercommun.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An amount a coordinator enters in a round's books: a logistics cost, or a subsidy assigned to the round. */
@Entity
@Table(name = "round_amounts")
public class RoundAmount extends PanacheEntity {

    public enum Kind {
        /** Transport, hub rent, packaging… */
        COST,
        /** A grant or donation assigned to the round (the funder is the label). */
        SUBSIDY
    }

    @Column(name = "round_id")
    public long roundId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String label;

    @Column(name = "amount_cents")
    public long amountCents;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
