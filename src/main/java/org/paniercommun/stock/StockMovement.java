package org.paniercommun.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.paniercommun.distribution.PaymentMethod;

/**
 * Goods leaving the stock (sortie de stock): sold on a distribution day, or written off. Append-only (a trigger
 * refuses changes); a mistake is corrected by the next movement, never by editing this one.
 */
@Entity
@Immutable
@Table(name = "stock_movements")
class StockMovement extends PanacheEntity {

    public enum Kind {
        SOLD, WRITTEN_OFF
    }

    /** The lot: the surplus of this offer. */
    @Column(name = "offer_id")
    public long offerId;

    /** The round in whose books the movement counts. */
    @Column(name = "round_id")
    public long roundId;

    @Column(name = "relay_point_id")
    public Long relayPointId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public BigDecimal quantity;

    @Column(name = "value_cents")
    public long valueCents;

    @Column(name = "amount_cents")
    public long amountCents;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    public PaymentMethod paymentMethod;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
