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

/**
 * Orientation by a social referrer: the household meets an eligibility condition (e.g. "quotient familial ≤
 * 1 200 €"), checked on a date by the referrer. No document is stored.
 */
@Entity
@Table(name = "basket_referrals")
public class Referral extends PanacheEntity {

    @Column(name = "household_id")
    public long householdId;

    /** The referrer's account. */
    @Column(name = "referrer_id")
    public long referrerId;

    /** The referring structure (CCAS, centre social…). */
    public String structure;

    public String condition;

    @Column(name = "checked_on")
    public LocalDate checkedOn;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
