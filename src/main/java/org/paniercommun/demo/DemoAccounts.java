package org.paniercommun.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.paniercommun.account.AccountService;
import org.paniercommun.account.Role;
import org.paniercommun.account.UserAccount;

/** Demo logins for dev mode only (listed in README). Never built into the production jar. */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "demo-panier-commun";

    @Inject
    AccountService accounts;

    @Transactional
    void load(@Observes @Priority(1) StartupEvent event) {
        create("coordination", "Coordination VRAC", Role.COORDINATOR);
        create("benevole", "Bénévole du centre social", Role.VOLUNTEER);
        create("producteur", "Producteur", Role.PRODUCER);
        create("foyer", "Foyer de démonstration", Role.HOUSEHOLD);
    }

    private void create(String login, String name, String role) {
        if (UserAccount.findByLogin(login).isEmpty()) {
            accounts.create(login, PASSWORD, name, List.of(role));
        }
    }
}
