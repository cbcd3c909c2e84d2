package org.paniercommun.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.PurchasingGroup;

/** A catalogue reference: what a producer sells, how it is ordered, and what it costs the group. */
@Entity
@Table(name = "products")
public class Product extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "antenna_id")
    public Antenna antenna;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public ProductCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "sale_unit")
    public SaleUnit saleUnit;

    /** Households order multiples of this quantity (e.g. 0,5 kg). */
    @Column(name = "order_step")
    public BigDecimal orderStep;

    /** Smallest quantity a household may order; 0 = no minimum. */
    @Column(name = "order_minimum")
    public BigDecimal orderMinimum;

    /** The producer sells whole cases (colis, sac, bidon) of this many sale units. */
    @Column(name = "case_size")
    public BigDecimal caseSize;

    @Column(name = "purchase_price_cents")
    public long purchasePriceCents;

    @Column(name = "logistics_cents")
    public long logisticsCents;

    @Convert(converter = VatRateConverter.class)
    @Column(name = "vat_rate")
    public VatRate vatRate;

    public boolean organic;

    public boolean local;

    @Column(name = "fair_trade")
    public boolean fairTrade;

    public String origin;

    public boolean active = true;

    /** "Un prix pour tous": sold at cost price in every tier (e.g. products already at a social price). */
    @Column(name = "one_price_for_all")
    public boolean onePriceForAll;

    /** What to do with a part-filled case when the round closes (the coordinator may decide otherwise). */
    @Enumerated(EnumType.STRING)
    @Column(name = "case_policy")
    public org.paniercommun.pricing.CaseRounding.Policy casePolicy = org.paniercommun.pricing.CaseRounding.Policy.ROUND_DOWN;

    /** Groups whose "club produits" chose to offer this product. */
    @ManyToMany
    @JoinTable(name = "product_groups", joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    @BatchSize(size = 50)
    public Set<PurchasingGroup> groups = new HashSet<>();

    @Version
    public long version;

    public long costPriceCents() {
        return CostPrice.perUnit(purchasePriceCents, logisticsCents);
    }

    public static Optional<Product> findByName(long producerId, String name) {
        return find("producer.id = ?1 and lower(name) = lower(?2)", producerId, name.trim()).firstResultOptional();
    }
}
