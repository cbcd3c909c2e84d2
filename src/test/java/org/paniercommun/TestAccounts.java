package org.paniercommun;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.paniercommun.account.AccountService;

/** Creates a fresh account per test through the real service, so tests never share logins. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "test-password-1";

    @Inject
    AccountService accounts;

    @Inject
    org.paniercommun.organisation.VolunteerGroups volunteerGroups;

    @Inject
    org.paniercommun.household.HouseholdService households;

    /** A volunteer working for these purchasing groups. */
    public String volunteerOf(Long... groupIds) {
        String login = create(org.paniercommun.account.Role.VOLUNTEER);
        long accountId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.paniercommun.account.UserAccount.findByLogin(login).orElseThrow().id);
        volunteerGroups.assign(accountId, List.of(groupIds));
        return login;
    }

    /** A social referrer working for these antennas. */
    public String referrerOf(Long... antennaIds) {
        String login = create(org.paniercommun.account.Role.REFERRER);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            var account = org.paniercommun.account.UserAccount.findByLogin(login).orElseThrow();
            for (Long antennaId : antennaIds) {
                org.paniercommun.account.UserAccount.getEntityManager().createNativeQuery(
                        "insert into account_antennas (user_account_id, antenna_id) values (?1, ?2)")
                        .setParameter(1, account.id).setParameter(2, antennaId).executeUpdate();
            }
        });
        return login;
    }

    /** The login of a new household of this group (no relay point chosen yet). */
    public String householdIn(long groupId) {
        String login = "foyer-" + UUID.randomUUID() + "@test.paniercommun.org";
        households.registerWithAccount(new org.paniercommun.household.HouseholdService.HouseholdCommand(
                "Foyer " + login.substring(6, 14), 2, null, null, groupId, null, 2), login, PASSWORD);
        return login;
    }

    public String create(String... roles) {
        String login = "user-" + UUID.randomUUID() + "@test.paniercommun.org";
        accounts.create(login, PASSWORD, "Test " + String.join("+", roles), List.of(roles));
        return login;
    }
}
