package org.paniercommun.ordering;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
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
}
