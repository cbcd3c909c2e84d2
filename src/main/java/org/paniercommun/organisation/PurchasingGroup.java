package org.paniercommun.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Groupement d'achat: the households of one neighbourhood ordering together. */
@Entity
@Table(name = "purchasing_groups")
public class PurchasingGroup extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "antenna_id")
    public Antenna antenna;

    public String name;

    public String town;

    public String description;

    public boolean active = true;

    @Version
    public long version;
}
