package org.paniercommun.household;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One household's membership for one calendar year. Kept when a household is erased (accounting). */
@Entity
@Table(name = "memberships")
public class Membership extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    public Household household;

    public int year;

    @Enumerated(EnumType.STRING)
    public MembershipKind kind;

    @Column(name = "amount_cents")
    public long amountCents;

    public boolean paid;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    /** The round whose distribution day it was paid on (its books count it), or null when paid at another time. */
    @Column(name = "round_id")
    public Long roundId;

    /** Where it was paid on that day (the relay point's cash count includes it when paid in cash). */
    @Column(name = "relay_point_id")
    public Long relayPointId;

    /** How it was paid on that day: the name of a {@code distribution.PaymentMethod}. */
    @Column(name = "payment_method")
    public String paymentMethod;

    @Version
    public long version;
}
