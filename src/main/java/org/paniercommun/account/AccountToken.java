package org.paniercommun.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use secret, stored only as its SHA-256 (see V50 and {@link Tokens}). */
@Entity
@Table(name = "account_tokens")
public class AccountToken extends PanacheEntity {

    @Column(name = "user_account_id")
    public long accountId;

    @Enumerated(EnumType.STRING)
    public TokenKind kind;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "failed_tries")
    public int failedTries;

    @Column(name = "household_id")
    public Long householdId;
}
