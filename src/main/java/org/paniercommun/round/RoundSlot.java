package org.paniercommun.round;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.paniercommun.organisation.RelayPoint;

/** When a relay point hands out the goods of a round: a date and a time slot ("14 h – 17 h"). */
@Entity
@Table(name = "round_slots")
public class RoundSlot extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "relay_point_id")
    public RelayPoint relayPoint;

    @Column(name = "distribution_date")
    public LocalDate distributionDate;

    @Column(name = "time_slot")
    public String timeSlot;

    /** The relay point's distribution day was closed: every household handled. */
    @Column(name = "closed_at")
    public java.time.Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @jakarta.persistence.Version
    public long version;
}
