package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One delivery date of an offer: the week's content and recipe, and when the producer was sent the counts. */
@Entity
@Table(name = "basket_deliveries")
public class BasketDelivery extends PanacheEntity {

    @Column(name = "offer_id")
    public long offerId;

    /** The producer who packs this delivery, frozen when it is planned (an offer's producer may change later). */
    @Column(name = "producer_id")
    public long producerId;

    /**
     * What documents print about the offer, frozen when the delivery is planned (migration V41): an edit of the
     * offer reaches only the deliveries still to come, like the producer.
     */
    @Column(name = "offer_name")
    public String offerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "offer_size")
    public BasketSize offerSize;

    @Column(name = "pickup_time")
    public String pickupTime;

    @Column(name = "delivery_date")
    public LocalDate deliveryDate;

    public String content;

    public String recipe;

    @Column(name = "notified_at")
    public Instant notifiedAt;

    @Version
    public long version;
}
