package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.paniercommun.web.ConflictException;

/** A named split of the basket value between the household and funders (shares in basket_scheme_shares). */
@Entity
@Table(name = "basket_schemes")
public class FundingScheme extends PanacheEntity {

    public String name;

    @Version
    public long version;
}
