package org.paniercommun.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import org.paniercommun.web.ConflictException;
import org.paniercommun.web.InvalidInputException;
import org.paniercommun.web.Texts;

/** Creates accounts; the only place that hashes passwords. */
@ApplicationScoped
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;

    @Transactional
    public UserAccount create(String login, String password, String displayName, Collection<String> roles) {
        String normalized = UserAccount.normalizeLogin(login);
        if (normalized == null || normalized.isEmpty()) {
            throw new InvalidInputException("login", Texts.of(AccountMessages.class).error_login_required());
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    Texts.of(AccountMessages.class).error_password_too_short(MIN_PASSWORD_LENGTH));
        }
        for (String role : roles) {
            if (!Role.ALL.contains(role)) {
                throw new InvalidInputException("roles", Texts.of(AccountMessages.class).error_unknown_role(role));
            }
        }
        if (UserAccount.findByLogin(normalized).isPresent()) {
            throw new ConflictException(Texts.of(AccountMessages.class).error_login_taken(normalized));
        }
        UserAccount account = new UserAccount();
        account.login = normalized;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.displayName = displayName == null || displayName.isBlank() ? normalized : displayName.trim();
        account.roles = String.join(",", roles);
        // The first coordinator of an install, the demo's and the tests' coordinate the whole network; coordinators
        // of some antennas only are made on the account pages.
        account.allAntennas = roles.contains(Role.COORDINATOR);
        account.persist();
        return account;
    }
}
