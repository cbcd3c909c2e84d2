package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

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
