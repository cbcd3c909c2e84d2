package org.paniercommun.purchaseorder;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sending of a purchase order to its producer; append-only (a database trigger refuses changes). */
@Entity
@Table(name = "purchase_order_sendings")
class PurchaseOrderSending extends PanacheEntity {

    @Column(name = "purchase_order_id")
    public long purchaseOrderId;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_to")
    public String sentTo;

    @Column(name = "sent_by")
    public String sentBy;

    /** The total the producer was sent, so a later change of quantities shows against what it received. */
    @Column(name = "total_cents")
    public long totalCents;

    public boolean resend;
}
