package org.paniercommun.round;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.paniercommun.catalogue.Product;
import org.paniercommun.pricing.TierPricing;

/**
 * A product offered in a round, with an optional cap (limited supply) and, once the round is open, its
 * cost price and three tier prices frozen: later catalogue or coefficient changes never touch them.
 */
@Entity
@Table(name = "round_offers")
public class RoundOffer extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(name = "cap_quantity")
    public BigDecimal capQuantity;

    /** Maintained by conditional SQL updates only (see OrderService); read-only here. */
    @Column(name = "ordered_quantity", insertable = false, updatable = false)
    public BigDecimal orderedQuantity;

    @Column(name = "cost_price_cents")
    public Long costPriceCents;

    /** The producer's price per sale unit, frozen at opening: what the producer is paid, untouched by tiers. */
    @Column(name = "purchase_price_cents")
    public Long purchasePriceCents;

    @Column(name = "tier1_price_cents")
    public Long tier1PriceCents;

    @Column(name = "tier2_price_cents")
    public Long tier2PriceCents;

    @Column(name = "tier3_price_cents")
    public Long tier3PriceCents;

    @Column(name = "one_price_for_all")
    public boolean onePriceForAll;

    /**
     * The product's name when the round opened, frozen with the prices (migration V42), so a round's documents
     * keep the name they were made with after the product is renamed; null before opening.
     */
    @Column(name = "product_name")
    public String productName;

    /** Freezes the prices from the product's current cost price and the round's pricing, and the product's name. */
    public void freezePrices(TierPricing pricing) {
        productName = product.name;
        purchasePriceCents = product.purchasePriceCents;
        costPriceCents = product.costPriceCents();
        onePriceForAll = product.onePriceForAll;
        TierPricing.TierPrices prices = pricing.prices(costPriceCents, onePriceForAll);
        tier1PriceCents = prices.tier1Cents();
        tier2PriceCents = prices.tier2Cents();
        tier3PriceCents = prices.tier3Cents();
    }

    public boolean frozen() {
        return tier1PriceCents != null;
    }

    /** Price for a tier: frozen once open; before opening, what it would be today. */
    public long priceFor(int tier, TierPricing pricing) {
        if (frozen()) {
            return switch (tier) {
                case 1 -> tier1PriceCents;
                case 2 -> tier2PriceCents;
                default -> tier3PriceCents;
            };
        }
        return pricing.unitPrice(product.costPriceCents(), tier, product.onePriceForAll);
    }

    // ---- closing: case rounding and reception at the hub ----

    /** Case size frozen at closing. */
    @Column(name = "case_size")
    public BigDecimal caseSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_decision")
    public org.paniercommun.closing.CaseRounding.Decision caseDecision;

    @Column(name = "cases_ordered")
    public Integer casesOrdered;

    @Column(name = "allocated_quantity")
    public BigDecimal allocatedQuantity;

    @Column(name = "surplus_quantity")
    public BigDecimal surplusQuantity = BigDecimal.ZERO;

    /** What the producer really delivered at the hub; null until recorded. */
    @Column(name = "received_quantity")
    public BigDecimal receivedQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "reception_status")
    public ReceptionStatus receptionStatus;

    @Column(name = "reception_note")
    public String receptionNote;

    @Version
    public long version;

    /** Purchase price: frozen once open, the catalogue's before. */
    public long purchasePrice() {
        return purchasePriceCents != null ? purchasePriceCents : product.purchasePriceCents;
    }

    /** What the producer delivers: what the hub received, or else the whole cases ordered (0 before closing). */
    public java.math.BigDecimal deliveredQuantity() {
        if (receivedQuantity != null) {
            return receivedQuantity;
        }
        if (casesOrdered == null || caseSize == null) {
            return java.math.BigDecimal.ZERO.setScale(3);
        }
        return caseSize.multiply(java.math.BigDecimal.valueOf(casesOrdered)).setScale(3);
    }

    /** The product's name as the round's pages and documents print it: frozen once open, the catalogue's before. */
    public String productName() {
        return productName != null ? productName : product.name;
    }

    /** Cost price: frozen once open, the catalogue's before. */
    public long costPrice() {
        return costPriceCents != null ? costPriceCents : product.costPriceCents();
    }
}
