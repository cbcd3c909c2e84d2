package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A pause of a subscription (holidays…), both ends included. */
@Entity
@Table(name = "basket_pauses")
class SubscriptionPause extends PanacheEntity {

    @Column(name = "subscription_id")
    public long subscriptionId;

    @Column(name = "from_on")
    public LocalDate fromOn;

    @Column(name = "to_on")
    public LocalDate toOn;

    public String reason;
}
