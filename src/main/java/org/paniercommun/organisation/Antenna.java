package org.paniercommun.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The association (antenne) that runs purchasing groups, e.g. "VRAC Bassin minier". */
@Entity
@Table(name = "antennas")
public class Antenna extends PanacheEntity {

    public String name;

    public String town;

    @Column(name = "contact_email")
    public String contactEmail;

    public boolean active = true;

    @Version
    public long version;
}
