package org.paniercommun.round;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.paniercommun.catalogue.ProductCategory;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.catalogue.VatRate;
import org.paniercommun.catalogue.VatRateConverter;
import org.paniercommun.pricing.TierPricing;

/**
 * A product offered in a round, with an optional cap (limited supply) and, once the round is open, its
 * cost price, three tier prices and the product's name and facts (unit, category, VAT rate, step, minimum, labels)
 * frozen: later catalogue or coefficient changes never touch them.
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

    // The product's facts when the round opened, frozen with its name (migration V43): orders during the round are
    // checked against the step and minimum it opened with, and its documents and figures keep the unit, category,
    // VAT rate and labels they were made with. All null before opening: read them through the accessors below.

    @Enumerated(EnumType.STRING)
    @Column(name = "sale_unit")
    public SaleUnit saleUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    public ProductCategory category;

    @Convert(converter = VatRateConverter.class)
    @Column(name = "vat_rate")
    public VatRate vatRate;

    @Column(name = "order_step")
    public BigDecimal orderStep;

    @Column(name = "order_minimum")
    public BigDecimal orderMinimum;

    @Column(name = "organic")
    public Boolean organic;

    @Column(name = "local")
    public Boolean local;

    @Column(name = "fair_trade")
    public Boolean fairTrade;

    /** Freezes the prices from the product's current cost price and the round's pricing, and the product's facts. */
    public void freezePrices(TierPricing pricing) {
        productName = product.name;
        saleUnit = product.saleUnit;
        category = product.category;
        vatRate = product.vatRate;
        orderStep = product.orderStep;
        orderMinimum = product.orderMinimum;
        organic = product.organic;
        local = product.local;
        fairTrade = product.fairTrade;
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
    public org.paniercommun.pricing.CaseRounding.Decision caseDecision;

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

    /** Sale unit: frozen once open, the catalogue's before. */
    public SaleUnit saleUnit() {
        return saleUnit != null ? saleUnit : product.saleUnit;
    }

    /** Category (shelf): frozen once open, the catalogue's before. */
    public ProductCategory category() {
        return category != null ? category : product.category;
    }

    /** VAT rate: frozen once open, the catalogue's before. */
    public VatRate vatRate() {
        return vatRate != null ? vatRate : product.vatRate;
    }

    /** Households order multiples of this quantity: frozen once open, the catalogue's before. */
    public BigDecimal orderStep() {
        return orderStep != null ? orderStep : product.orderStep;
    }

    /** Smallest quantity a household may order (0: none): frozen once open, the catalogue's before. */
    public BigDecimal orderMinimum() {
        return orderMinimum != null ? orderMinimum : product.orderMinimum;
    }

    /** Organic: frozen once open, the catalogue's before. */
    public boolean organic() {
        return organic != null ? organic : product.organic;
    }

    /** Local: frozen once open, the catalogue's before. */
    public boolean local() {
        return local != null ? local : product.local;
    }

    /** Fair trade: frozen once open, the catalogue's before. */
    public boolean fairTrade() {
        return fairTrade != null ? fairTrade : product.fairTrade;
    }

    /** Case size: the one frozen at closing, the catalogue's before. */
    public BigDecimal caseSize() {
        return caseSize != null ? caseSize : product.caseSize;
    }

    /** Cost price: frozen once open, the catalogue's before. */
    public long costPrice() {
        return costPriceCents != null ? costPriceCents : product.costPriceCents();
    }
}
