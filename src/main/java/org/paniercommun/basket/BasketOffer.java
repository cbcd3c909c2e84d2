package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;

/** A solidarity basket offer: what is packed by which producer, its full value, and when it is collected. */
@Entity
@Table(name = "basket_offers")
public class BasketOffer extends PanacheEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public BasketSize size;

    /** Full value of one basket, what the producer is paid. */
    @Column(name = "value_cents")
    public long valueCents;

    @Column(name = "producer_id")
    public long producerId;

    @Enumerated(EnumType.STRING)
    public Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "pickup_day")
    public DayOfWeek pickupDay;

    /** Free text, e.g. "17 h – 18 h 30". */
    @Column(name = "pickup_time")
    public String pickupTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "missed_rule")
    public MissedRule missedRule = MissedRule.HELD;

    public boolean active = true;

    @Version
    public long version;
}
