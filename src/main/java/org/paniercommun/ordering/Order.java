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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.household.Household;
import org.paniercommun.round.Round;
import org.paniercommun.kernel.ConflictException;

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

    // ---- figures stored for the queries that add up many orders (V90; the rules are OrderFigures') ----

    /** Whether the household pays for the order: {@link OrderFigures#charge}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "charge")
    public OrderFigures.Charge charge = OrderFigures.Charge.PENDING;

    /** The goods total charged: {@link #goodsTotalCents()}. */
    @Column(name = "goods_cents")
    public long goodsCents;

    /** What the household gets (handed-out quantities) at the cost price frozen in the round. */
    @Column(name = "cost_value_cents")
    public long costValueCents;

    /** What the household owes for this order: {@link OrderFigures#dueCents()}. */
    @Column(name = "due_cents")
    public long dueCents;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<OrderLine> lines = new ArrayList<>();

    @Version
    public long version;

    // ---- the order's life: each transition guards the status it starts from (409 otherwise) ----

    /**
     * Places or changes the order while its round takes orders (a cancelled order may be placed again): its lines
     * are in {@link #lines}, priced at {@code tier}, adding up to {@code totalCents}.
     */
    public void place(int tier, long totalCents, String enteredBy, Instant now) {
        requireNotHandedOut();
        status = OrderStatus.SUBMITTED;
        priceTier = (short) tier;
        this.totalCents = totalCents;
        refreshCostValue();
        this.enteredBy = enteredBy;
        updatedAt = now;
    }

    /** Cancels the order while its round takes orders: no line, nothing asked from the fund, no coupon. */
    public void cancel(Instant now) {
        requireNotHandedOut();
        lines.clear();
        couponCount = 0;
        fundReductionCents = 0;
        fundRatePercent = null;
        status = OrderStatus.CANCELLED;
        totalCents = 0;
        refreshCostValue();
        updatedAt = now;
    }

    /** What the fund grants on the order (the rate asked, null for none), as {@code FundService} decided it. */
    public void grantReduction(long reductionCents, Integer ratePercent, String message) {
        requireSubmitted();
        fundReductionCents = reductionCents;
        fundRatePercent = ratePercent == null ? null : ratePercent.shortValue();
        fundMessage = message;
    }

    /** The reduction follows what the household gets (at the same rate), as {@code FundService} settled it. */
    public void settleReduction(long reductionCents) {
        requireSubmitted();
        fundReductionCents = reductionCents;
    }

    /** 1 € coupons bought with the order (the fund received them). */
    public void buyCoupons(int count) {
        requireSubmitted();
        couponCount = count;
    }

    /** Households whose quantities changed at closing were told. */
    public void adjustmentNotified(Instant now) {
        requireSubmitted();
        adjustmentNotifiedAt = now;
    }

    /** On distribution day: a line weighed (or counted), or missing; null clears the weight. */
    public void weigh(OrderLine line, BigDecimal weighed, boolean missing) {
        requireSubmitted();
        if (line.order != this) {
            throw new IllegalArgumentException("line " + line.id + " is not of order " + id);
        }
        line.deliveredQuantity = weighed == null ? null : weighed.setScale(3);
        line.missing = missing;
    }

    /** Coupons bought and round-up given at pickup (they replace what was entered before). */
    public void givePickupContributions(int coupons, long roundUpCents) {
        requireSubmitted();
        pickupCoupons = coupons;
        this.roundUpCents = roundUpCents;
    }

    /**
     * A volunteer saved the household's hand-out: {@code pickedUp} when the household took its goods (an absent
     * household who came after all included), else weights or payments only.
     */
    public void handOut(boolean pickedUp, String by, Instant now) {
        requireSubmitted();
        if (pickedUp) {
            pickupStatus = PickupStatus.PICKED_UP;
            pickedUpAt = pickedUpAt == null ? now : pickedUpAt;
            absenceDecision = null;
        }
        handledBy = by;
    }

    /** The household did not come (yet). */
    public void markAbsent(String by) {
        requireSubmitted();
        if (pickupStatus == PickupStatus.PICKED_UP) {
            throw new ConflictException(messages().error_already_served());
        }
        pickupStatus = PickupStatus.ABSENT;
        handledBy = by;
    }

    /**
     * What becomes of an absent household's goods. When it owes nothing, the caller has given its reduction back to
     * the fund and taken back its unpaid coupons ({@link #settleReduction}, {@link #buyCoupons}).
     */
    public void decideAbsence(AbsenceDecision decision, String note, String by) {
        requireSubmitted();
        if (pickupStatus != PickupStatus.ABSENT) {
            throw new ConflictException(messages().error_not_absent());
        }
        absenceDecision = decision;
        absenceNote = note == null || note.isBlank() ? null : note.trim();
        handledBy = by;
    }

    /** A coordinator reopens the hand-out after the relay point's day closed, to correct it. */
    public void reopen(String by, Instant now) {
        requireSubmitted();
        if (absenceDecision != null) {
            throw new ConflictException(messages().error_reopen_decided());
        }
        if (pickupStatus == PickupStatus.ABSENT) {
            pickupStatus = PickupStatus.WAITING;
        }
        reopenedAt = now;
        reopenedBy = by;
        handledBy = by;
    }

    /** The correction of a reopened hand-out is saved: the household is closed again. */
    public void corrected() {
        reopenedAt = null;
        reopenedBy = null;
    }

    /** The round was cancelled: nothing will be handed out, the fund got back the reduction and the coupons. */
    public void roundCancelled() {
        requireSubmitted();
        fundReductionCents = 0;
        couponCount = 0;
    }

    private void requireSubmitted() {
        if (status != OrderStatus.SUBMITTED) {
            throw new ConflictException(messages().error_order_cancelled());
        }
    }

    private void requireNotHandedOut() {
        if (pickupStatus != PickupStatus.WAITING) {
            throw new ConflictException(messages().error_order_handed_out());
        }
    }

    private static OrderingMessages messages() {
        return org.paniercommun.kernel.Texts.of(OrderingMessages.class);
    }

    /** The order's money as {@link OrderFigures} reads it. */
    public OrderFigures figures() {
        return OrderFigures.of(status, pickupStatus, absenceDecision, totalCents, finalTotalCents, fundReductionCents,
                couponCount, pickupCoupons, roundUpCents);
    }

    /** Goods total the household is charged: the final total where there is one, else the ordered one. */
    public long goodsTotalCents() {
        return OrderFigures.goodsCents(totalCents, finalTotalCents);
    }

    /** What the household pays for this order (earlier balances aside). */
    public long amountToPayCents() {
        return figures().amountToPayCents();
    }

    /** Recomputes the final goods total and the cost value from the lines. */
    public long refreshFinalTotal() {
        finalTotalCents = lines.stream().mapToLong(OrderLine::refreshFinalAmount).reduce(0L, Math::addExact);
        refreshCostValue();
        return finalTotalCents;
    }

    /** Recomputes what the household gets at cost price, line by line, from the lines. */
    public void refreshCostValue() {
        costValueCents = lines.stream().mapToLong(OrderLine::costValueCents).reduce(0L, Math::addExact);
    }

    /**
     * Stores the figures that follow from the order's own columns (charge, goods, what is due) whenever the order is
     * written, so that they never lag behind it. Bulk writes ({@link OrderLifecycle}) store them the same way.
     */
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void storeFigures() {
        OrderFigures figures = figures();
        charge = figures.charge();
        goodsCents = figures.goodsCents();
        dueCents = figures.dueCents();
    }
}
