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

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<OrderLine> lines = new ArrayList<>();

    @Version
    public long version;

    /** What the household pays at pickup. */
    public long amountToPayCents() {
        return totalCents - fundReductionCents + couponCount * FundService.COUPON_CENTS;
    }
}
