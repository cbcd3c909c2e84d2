package org.paniercommun.ordering;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.paniercommun.round.RoundOffer;

/** One product in an order, at the unit price of the order's tier frozen in the round. */
@Entity
@Table(name = "order_lines")
public class OrderLine extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    public Order order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    public RoundOffer offer;

    public BigDecimal quantity;

    @Column(name = "unit_price_cents")
    public long unitPriceCents;

    @Column(name = "amount_cents")
    public long amountCents;

    /** How much more the household accepts to complete a case (tolérance), in the sale unit. */
    public BigDecimal tolerance = BigDecimal.ZERO;

    /** When the quantity or tolerance last changed: later lines are trimmed first at case rounding. */
    @Column(name = "ordered_at")
    public Instant orderedAt = Instant.now();

    /** What goes in the bag after case rounding and shortages when it differs from the quantity ordered; else null. */
    @Column(name = "allocated_quantity")
    public BigDecimal allocatedQuantity;

    /** Weighed or handed out on distribution day; null until then. */
    @Column(name = "delivered_quantity")
    public BigDecimal deliveredQuantity;

    /** Missing on the day: not charged. */
    public boolean missing;

    /**
     * The line's amount for what the household gets, at the frozen unit price, once it differs from the amount
     * ordered (closing stores only differences; weighing always sets it); else null.
     */
    @Column(name = "final_amount_cents")
    public Long finalAmountCents;

    /** What the household gets, stored for the queries that add it up (V91): {@link #quantityToHandOut()}. */
    @Column(name = "handed_out_quantity")
    public BigDecimal handedOutQuantity;

    /** What the household gets: weighed if weighed, else allocated, else ordered; nothing if missing. */
    public BigDecimal quantityToHandOut() {
        return OrderFigures.handedOut(quantity, allocatedQuantity, deliveredQuantity, missing);
    }

    /** Recomputes the final amount from what the household gets, at the frozen unit price. */
    public long refreshFinalAmount() {
        finalAmountCents = org.paniercommun.pricing.LineAmount.of(unitPriceCents, quantityToHandOut());
        return finalAmountCents;
    }

    /** The line amount the household is charged: the final amount where there is one, else the ordered one. */
    public long amountToCharge() {
        return OrderFigures.lineCharge(amountCents, finalAmountCents);
    }

    /** What the household gets of this line at the cost price frozen in the round. */
    public long costValueCents() {
        return org.paniercommun.pricing.LineAmount.of(offer.costPrice(), quantityToHandOut());
    }

    /** Stores what the line hands out whenever it is written, so that it never lags behind the line. */
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void storeFigures() {
        handedOutQuantity = quantityToHandOut();
    }
}
