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
import org.paniercommun.kernel.ConflictException;

/** A household's basket subscription, started from a referral, paused for holidays, stopped when it ends early. */
@Entity
@Table(name = "basket_subscriptions")
public class Subscription extends PanacheEntity {

    public enum Status {
        ACTIVE,
        STOPPED
    }

    @Column(name = "referral_id")
    public long referralId;

    @Column(name = "household_id")
    public long householdId;

    @Column(name = "offer_id")
    public long offerId;

    @Column(name = "scheme_id")
    public long schemeId;

    @Column(name = "relay_point_id")
    public long relayPointId;

    @Column(name = "start_on")
    public LocalDate startOn;

    @Column(name = "end_on")
    public LocalDate endOn;

    @Enumerated(EnumType.STRING)
    public Status status = Status.ACTIVE;

    @Column(name = "stopped_on")
    public LocalDate stoppedOn;

    @Column(name = "stop_reason")
    public String stopReason;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Version
    public long version;

    /** Stops the subscription from {@code on} (no basket on or after that day). */
    public void stop(LocalDate on, String reason) {
        if (status == Status.STOPPED) {
            throw new ConflictException(BasketTexts.get().error_subscription_already_stopped());
        }
        if (on.isBefore(startOn)) {
            throw new ConflictException(BasketTexts.get().error_stop_before_start());
        }
        status = Status.STOPPED;
        stoppedOn = on;
        stopReason = reason;
    }

    /** The last day a basket can be due. */
    public LocalDate lastDay() {
        return stoppedOn == null ? endOn : (stoppedOn.minusDays(1).isBefore(endOn) ? stoppedOn.minusDays(1) : endOn);
    }
}
