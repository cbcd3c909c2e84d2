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

    public String create(String... roles) {
        String login = "user-" + UUID.randomUUID() + "@test.paniercommun.org";
        accounts.create(login, PASSWORD, "Test " + String.join("+", roles), List.of(roles));
        return login;
    }
}
