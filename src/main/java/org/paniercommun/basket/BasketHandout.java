package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One basket for one subscription on one delivery: its value and the household share frozen when planned
 * (funder shares in basket_handout_shares), and what happened at pickup.
 */
@Entity
@Table(name = "basket_handouts")
public class BasketHandout extends PanacheEntity {

    public enum Status {
        WAITING,
        COLLECTED,
        MISSED
    }

    @Column(name = "delivery_id")
    public long deliveryId;

    @Column(name = "subscription_id")
    public long subscriptionId;

    @Column(name = "relay_point_id")
    public long relayPointId;

    @Column(name = "value_cents")
    public long valueCents;

    @Column(name = "household_share_cents")
    public long householdShareCents;

    @Enumerated(EnumType.STRING)
    public Status status = Status.WAITING;

    @Enumerated(EnumType.STRING)
    @Column(name = "missed_rule")
    public MissedRule missedRule;

    @Column(name = "paid_cents")
    public long paidCents;

    @Column(name = "payment_method")
    public String paymentMethod;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Planned although it overspent a funder's envelope, on the coordinator's explicit confirmation. */
    @Column(name = "budget_override")
    public boolean budgetOverride;

    @Version
    public long version;
}
