package org.paniercommun.fund;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One movement of an antenna's solidarity fund. Append-only (a database trigger refuses updates and
 * deletes). Draws carry no household, no time of day and no author.
 */
@Entity
@Immutable
@Table(name = "fund_entries")
class FundEntry extends PanacheEntity {

    @Column(name = "antenna_id")
    public long antennaId;

    @Enumerated(EnumType.STRING)
    public EntryKind kind;

    @Column(name = "amount_cents")
    public long amountCents;

    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "entry_date")
    public LocalDate entryDate;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "donor_name")
    public String donorName;

    public String reason;
}
