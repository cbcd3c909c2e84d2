package org.paniercommun.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.paniercommun.pricing.TierPricing;

/** The association (antenne) that runs purchasing groups, e.g. "VRAC Bassin minier". */
@Entity
@Table(name = "antennas")
public class Antenna extends PanacheEntity {

    public String name;

    public String town;

    @Column(name = "contact_email")
    public String contactEmail;

    public boolean active = true;

    /** Tier coefficients in percent of the cost price (tarif 1, 2, 3) and the price rounding step. */
    @Column(name = "tier1_percent")
    public BigDecimal tier1Percent = BigDecimal.valueOf(50);

    @Column(name = "tier2_percent")
    public BigDecimal tier2Percent = BigDecimal.valueOf(90);

    @Column(name = "tier3_percent")
    public BigDecimal tier3Percent = BigDecimal.valueOf(115);

    @Column(name = "price_step_cents")
    public int priceStepCents = 1;

    /** Reductions the solidarity fund offers, in percent ("10,20,30"). */
    @Column(name = "fund_draw_rates")
    public String fundDrawRates = "10,20,30";

    /** The fund never goes below this reserve. */
    @Column(name = "fund_reserve_floor_cents")
    public long fundReserveFloorCents;

    /** Optional cap of one household's reduction in a round. */
    @Column(name = "fund_cap_per_household_cents")
    public Long fundCapPerHouseholdCents;

    /** The part of tier-3 prices above cost goes to the fund when a round closes. */
    @Column(name = "fund_tier3_surplus")
    public boolean fundTier3Surplus;

    public java.util.List<Integer> fundRates() {
        return java.util.Arrays.stream(fundDrawRates.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .map(Integer::valueOf).sorted().toList();
    }

    public TierPricing pricing() {
        return new TierPricing(tier1Percent, tier2Percent, tier3Percent, priceStepCents);
    }

    @Version
    public long version;
}
