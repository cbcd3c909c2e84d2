package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named split of the basket value between the household and funders (shares in basket_scheme_shares). */
@Entity
@Table(name = "basket_schemes")
public class FundingScheme extends PanacheEntity {

    public String name;

    @Version
    public long version;
}
