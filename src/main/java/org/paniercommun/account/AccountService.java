package org.paniercommun.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import org.paniercommun.web.ConflictException;
import org.paniercommun.web.InvalidInputException;
import org.paniercommun.web.Texts;

/** Creates accounts and sets passwords; the only place that hashes passwords. */
@ApplicationScoped
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Transactional
    public UserAccount create(String login, String password, String displayName, Collection<String> roles) {
        checkPassword(password);
        UserAccount account = newAccount(login, displayName, roles);
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.persist();
        return account;
    }

    /**
     * An account whose owner chooses the password later (an invitation, a household's access code): until then its
     * hash is the hash of a random secret nobody knows, so no password opens it.
     */
    @Transactional
    public UserAccount createWithoutPassword(String login, String displayName, Collection<String> roles) {
        UserAccount account = newAccount(login, displayName, roles);
        account.passwordHash = unusableHash();
        account.passwordSet = false;
        account.persist();
        return account;
    }

    /**
     * The one way a password is set (invitation, reset, household code). The password rules live in
     * {@link #checkPassword}; the password policy of issue 21 replaces them here.
     */
    @Transactional
    public void setPassword(UserAccount account, String password) {
        checkPassword(password);
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.passwordSet = true;
    }

    /** Refuses a password that may not be used, with the reason next to the field {@code password}. */
    public void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    Texts.of(AccountMessages.class).error_password_too_short(MIN_PASSWORD_LENGTH));
        }
    }

    private UserAccount newAccount(String login, String displayName, Collection<String> roles) {
        String normalized = UserAccount.normalizeLogin(login);
        if (normalized == null || normalized.isEmpty()) {
            throw new InvalidInputException("login", Texts.of(AccountMessages.class).error_login_required());
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
        account.displayName = displayName == null || displayName.isBlank() ? normalized : displayName.trim();
        account.roles = String.join(",", roles);
        // The first coordinator of an install, the demo's and the tests' coordinate the whole network; coordinators
        // of some antennas only are made on the account pages (AccessService).
        account.allAntennas = roles.contains(Role.COORDINATOR);
        return account;
    }

    private static String unusableHash() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(secret));
    }
}
