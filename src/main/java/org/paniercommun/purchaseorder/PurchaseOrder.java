package org.paniercommun.purchaseorder;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.round.Round;

/**
 * What the association orders from one producer for one round (bon de commande). Its lines are not stored:
 * they are the round's whole cases at the purchase prices frozen at opening, so the order can never disagree
 * with the closing decisions; what is kept is where and when to deliver, and every sending.
 */
@Entity
@Table(name = "purchase_orders")
class PurchaseOrder extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "delivery_date")
    public LocalDate deliveryDate;

    @Column(name = "delivery_address")
    public String deliveryAddress;

    /** A word for the producer ("livraison par l'arrière du local"). */
    public String note;

    @Version
    public long version;
}
