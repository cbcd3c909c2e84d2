package org.paniercommun.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Appends to the audit trail in the caller's transaction, naming the logged-in person. */
@ApplicationScoped
public class AuditLog {

    @Inject
    SecurityIdentity identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subject, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.actor = identity.isAnonymous() ? "système" : identity.getPrincipal().getName();
        entry.action = action;
        // The columns' limits: a long producer or round name must never make the audited action fail.
        entry.subject = subject.length() > 120 ? subject.substring(0, 120) : subject;
        entry.detail = detail != null && detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        entry.persist();
    }
}
