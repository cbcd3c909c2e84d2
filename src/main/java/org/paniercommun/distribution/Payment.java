package org.paniercommun.distribution;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Money received from a household, attached to the order it was paid with. Append-only (a trigger refuses changes). */
@Entity
@Immutable
@Table(name = "payments")
class Payment extends PanacheEntity {

    @Column(name = "order_id")
    public long orderId;

    @Column(name = "household_id")
    public long householdId;

    @Column(name = "round_id")
    public long roundId;

    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    /** Negative to correct a mistake. */
    @Column(name = "amount_cents")
    public long amountCents;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
