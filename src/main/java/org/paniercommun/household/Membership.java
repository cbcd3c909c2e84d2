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

    @Version
    public long version;
}
