package org.paniercommun.household;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.paniercommun.account.UserAccount;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.RelayPoint;

/**
 * Foyer adhérent: the ordering unit. Holds the least personal data that ordering needs; e-mail and
 * phone are optional (many households have neither) and a login is optional too.
 */
@Entity
@Table(name = "households")
public class Household extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public PurchasingGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relay_point_id")
    public RelayPoint relayPoint;

    /** A name or a number, as the household wishes to appear on lists. */
    @Column(name = "display_name")
    public String displayName;

    @Column(name = "people_count")
    public int peopleCount = 1;

    public String email;

    public String phone;

    /** 1, 2 or 3, see {@link PriceTier}. */
    @Column(name = "price_tier")
    public short priceTier;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id")
    public UserAccount userAccount;

    public boolean active = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Version
    public long version;

    public PriceTier tier() {
        return PriceTier.of(priceTier);
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
