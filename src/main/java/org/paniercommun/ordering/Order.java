package org.paniercommun.ordering;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.round.Round;

/** A household's order in a round. One per household and round (unique in the database). */
@Entity
@Table(name = "orders")
public class Order extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    public Household household;

    @Enumerated(EnumType.STRING)
    public OrderStatus status = OrderStatus.SUBMITTED;

    /** The tier the order was priced at; later tier changes of the household do not touch it. */
    @Column(name = "price_tier")
    public short priceTier;

    @Column(name = "total_cents")
    public long totalCents;

    /** Login of the volunteer who typed a paper form; null when the household ordered itself. */
    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Reduction asked from the solidarity fund (10, 20 or 30 %), or null. Seen by the household only. */
    @Column(name = "fund_rate_percent")
    public Short fundRatePercent;

    /** What the fund gives on this order. Seen by the household only. */
    @Column(name = "fund_reduction_cents")
    public long fundReductionCents;

    /** 1 € coupons bought with the order for the solidarity fund. */
    @Column(name = "coupon_count")
    public int couponCount;

    /** Message for the household when the fund could not give what it asked (not stored). */
    @jakarta.persistence.Transient
    public String fundMessage;

    /**
     * Goods total for what the household gets (after case rounding, shortages, weighing) where it differs from
     * the ordered total; null before closing and while it does not differ.
     */
    @Column(name = "final_total_cents")
    public Long finalTotalCents;

    @Enumerated(EnumType.STRING)
    @Column(name = "pickup_status")
    public PickupStatus pickupStatus = PickupStatus.WAITING;

    @Column(name = "picked_up_at")
    public Instant pickedUpAt;

    /** Login of the volunteer who handed the goods out or marked the household absent. */
    @Column(name = "handled_by")
    public String handledBy;

    /**
     * Set while a coordinator has reopened this household's hand-out after the relay point's day was closed; the
     * next save of the hand-out (the correction) clears it.
     */
    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Column(name = "reopened_by")
    public String reopenedBy;

    /** What becomes of an absent household's goods (coordinator's decision). */
    @Enumerated(EnumType.STRING)
    @Column(name = "absence_decision")
    public AbsenceDecision absenceDecision;

    @Column(name = "absence_note")
    public String absenceNote;

    /** 1 € coupons bought for the fund at pickup. */
    @Column(name = "pickup_coupons")
    public int pickupCoupons;

    /** Rounded up for the fund at pickup ("arrondi solidaire"). */
    @Column(name = "round_up_cents")
    public long roundUpCents;

    @Column(name = "adjustment_notified_at")
    public Instant adjustmentNotifiedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<OrderLine> lines = new ArrayList<>();

    @Version
    public long version;

    /** Goods total the household is charged: the final total where there is one, else the ordered one. */
    public long goodsTotalCents() {
        return finalTotalCents != null ? finalTotalCents : totalCents;
    }

    /** What the household pays for this order (earlier balances aside). */
    public long amountToPayCents() {
        return goodsTotalCents() - fundReductionCents + (couponCount + pickupCoupons) * FundService.COUPON_CENTS
                + roundUpCents;
    }

    /** Recomputes the final goods total from the lines. */
    public long refreshFinalTotal() {
        finalTotalCents = lines.stream().mapToLong(OrderLine::refreshFinalAmount).reduce(0L, Math::addExact);
        return finalTotalCents;
    }
}
