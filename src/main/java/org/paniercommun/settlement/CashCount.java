package org.paniercommun.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Cash counted at a relay point after its distribution. */
@Entity
@Table(name = "cash_counts")
class CashCount extends PanacheEntity {

    @Column(name = "round_id")
    public long roundId;

    @Column(name = "relay_point_id")
    public long relayPointId;

    @Column(name = "counted_cents")
    public long countedCents;

    public String note;

    @Column(name = "counted_by")
    public String countedBy;

    @Column(name = "counted_at")
    public Instant countedAt = Instant.now();

    @Version
    public long version;
}
