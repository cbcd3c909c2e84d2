package org.paniercommun.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.paniercommun.kernel.InvalidInputException;

/**
 * Creates the first coordinator from PANIER_ADMIN_EMAIL / PANIER_ADMIN_PASSWORD when no coordinator
 * exists yet. There is no default password: without these variables the app starts and says how to
 * create one. Two instances starting at once on an empty database create it once: the check and the creation
 * run under a transaction-scoped advisory lock, so the second instance waits and then finds the account.
 */
@ApplicationScoped
class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AccountService accounts;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "panier.admin.email")
    Optional<String> adminEmail;

    @ConfigProperty(name = "panier.admin.password")
    Optional<String> adminPassword;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        // Lock class 4103 (round/OfferCapLock uses 4101, cluster/ClusterJobs 4102), key 0: the first account.
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(4103, 0)) locked").getSingleResult();
        if (UserAccount.anyWithRole(Role.COORDINATOR)) {
            return;
        }
        if (adminEmail.isEmpty() || adminPassword.isEmpty()) {
            LOG.warn("No coordinator account yet. Set PANIER_ADMIN_EMAIL and PANIER_ADMIN_PASSWORD "
                    + "(at least " + PasswordPolicy.STAFF_MIN_LENGTH + " characters, not a common password) and restart to "
                    + "create the first one.");
            return;
        }
        try {
            accounts.create(adminEmail.get(), adminPassword.get(), "Coordination", List.of(Role.COORDINATOR));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("PANIER_ADMIN_PASSWORD is refused: " + e.getMessage()
                    + " Set a password of at least " + PasswordPolicy.STAFF_MIN_LENGTH
                    + " characters that is not a common one, and restart.", e);
        }
        LOG.infof("First coordinator account created for %s", adminEmail.get());
    }
}
