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
        entry.subject = subject;
        entry.detail = detail;
        entry.persist();
    }
}
