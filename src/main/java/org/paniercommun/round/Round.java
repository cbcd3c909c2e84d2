package org.paniercommun.round;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.Texts;

/** Tournée / cycle de commande: one monthly ordering cycle of an antenna for one or more groups. */
@Entity
@Table(name = "rounds")
public class Round extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "antenna_id")
    public Antenna antenna;

    public String name;

    @Enumerated(EnumType.STRING)
    public RoundStatus status = RoundStatus.DRAFT;

    @Column(name = "opens_at")
    public Instant opensAt;

    public Instant deadline;

    @Column(name = "tier1_percent")
    public BigDecimal tier1Percent;

    @Column(name = "tier2_percent")
    public BigDecimal tier2Percent;

    @Column(name = "tier3_percent")
    public BigDecimal tier3Percent;

    @Column(name = "price_step_cents")
    public Integer priceStepCents;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

    /** The coordinator confirmed the case decisions: households were told, purchase orders may go out. */
    @Column(name = "allocation_confirmed_at")
    public Instant allocationConfirmedAt;

    @ManyToMany
    @JoinTable(name = "round_groups", joinColumns = @JoinColumn(name = "round_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    public Set<PurchasingGroup> groups = new HashSet<>();

    @Version
    public long version;

    /** Opening freezes the antenna's pricing settings into the round. */
    public void open(Instant now) {
        moveTo(RoundStatus.OPEN);
        tier1Percent = antenna.tier1Percent;
        tier2Percent = antenna.tier2Percent;
        tier3Percent = antenna.tier3Percent;
        priceStepCents = antenna.priceStepCents;
        openedAt = now;
        // Opened by hand before its planned time: it is open from now, so households see it and can order.
        if (opensAt == null || opensAt.isAfter(now)) {
            opensAt = now;
        }
    }

    public void close(Instant now) {
        moveTo(RoundStatus.CLOSED);
        closedAt = now;
    }

    /**
     * The round has been handed out: only once every relay point has closed its distribution day.
     *
     * @param daysNotClosed relay points of the round whose day is not closed yet
     */
    public void markDistributed(long daysNotClosed) {
        if (status == RoundStatus.CLOSED && daysNotClosed > 0) {
            throw new ConflictException(Texts.of(RoundMessages.class).error_days_not_closed(daysNotClosed));
        }
        moveTo(RoundStatus.DISTRIBUTED);
    }

    /** The statuses the round may move to now: not DISTRIBUTED while a relay point's day is still open. */
    public java.util.Set<RoundStatus> nextSteps(long daysNotClosed) {
        java.util.Set<RoundStatus> next = java.util.EnumSet.noneOf(RoundStatus.class);
        next.addAll(status.next());
        if (daysNotClosed > 0) {
            next.remove(RoundStatus.DISTRIBUTED);
        }
        return next;
    }

    public void settle() {
        moveTo(RoundStatus.SETTLED);
    }

    public void cancel() {
        moveTo(RoundStatus.CANCELLED);
    }

    /** The pricing frozen at opening; before opening, the antenna's current settings. */
    public TierPricing pricing() {
        if (tier1Percent == null) {
            return antenna.pricing();
        }
        return new TierPricing(tier1Percent, tier2Percent, tier3Percent, priceStepCents);
    }

    /** Orders are taken while the round is open and its deadline has not passed, whatever the scheduler did. */
    public boolean acceptsOrders(Instant now) {
        return status == RoundStatus.OPEN && now.isBefore(deadline) && !now.isBefore(opensAt);
    }

    private void moveTo(RoundStatus target) {
        if (!status.canBecome(target)) {
            RoundMessages messages = Texts.of(RoundMessages.class);
            throw new ConflictException(messages.error_transition(messages.round_status(status),
                    messages.round_status(target)));
        }
        status = target;
    }
}
