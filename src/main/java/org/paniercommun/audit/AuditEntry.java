package org.paniercommun.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A traced action (export or erasure of personal data, and other sensitive coordinator actions). */
@Entity
@Table(name = "audit_entries")
public class AuditEntry extends PanacheEntity {

    @Column(insertable = false, updatable = false)
    public Instant at;

    public String actor;

    public String action;

    public String subject;

    public String detail;
}
