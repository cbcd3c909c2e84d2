package org.paniercommun.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Point / structure relais: a social centre, association hall or "place à vivres" where paper orders
 * are collected and goods handed out. Belongs to one purchasing group.
 */
@Entity
@Table(name = "relay_points")
public class RelayPoint extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public PurchasingGroup group;

    public String name;

    public String address;

    /** Free text, e.g. "mardi 14 h – 17 h". */
    @Column(name = "opening_hours")
    public String openingHours;

    public String contact;

    public boolean active = true;

    @Version
    public long version;
}
