package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.paniercommun.web.ConflictException;

/** A pause of a subscription (holidays…), both ends included. */
@Entity
@Table(name = "basket_pauses")
public class SubscriptionPause extends PanacheEntity {

    @Column(name = "subscription_id")
    public long subscriptionId;

    @Column(name = "from_on")
    public LocalDate fromOn;

    @Column(name = "to_on")
    public LocalDate toOn;

    public String reason;
}
