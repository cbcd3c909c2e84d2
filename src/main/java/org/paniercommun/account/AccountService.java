package org.paniercommun.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Texts;

/** Creates accounts, sets and changes passwords; the only place that hashes passwords and ends sessions. */
@ApplicationScoped
public class AccountService {

    @Inject
    Event<SessionsEnded> sessionsEnded;

    @Inject
    SignInClock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Transactional
    public UserAccount create(String login, String password, String displayName, Collection<String> roles) {
        UserAccount account = newAccount(login, displayName, roles);
        checkPassword("password", password, roles);
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
     * A first check of a password typed where the account's roles are not known yet (an invitation or access-code
     * page, before the link or code is used): the rules of households, the loosest. {@link #setPassword} checks again
     * with the account's roles.
     */
    public void checkPassword(String password) {
        checkPassword(password, List.of(Role.HOUSEHOLD));
    }

    /** Refuses a password these roles may not use, with the reason next to the field {@code password}. */
    public void checkPassword(String password, Collection<String> roles) {
        checkPassword("password", password, roles);
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

    /** The account behind a login, read in a transaction of its own (for pages that show it). */
    @Transactional
    public UserAccount find(String login) {
        return UserAccount.findByLogin(login).orElseThrow();
    }

    /**
     * A person changes their own password, giving the current one. Every session of the account ends (this one too):
     * the person signs in again with the new password. Refused with the field in error: {@code currentPassword} when
     * the current one is wrong, {@code newPassword} when the new one breaks {@link PasswordPolicy},
     * {@code confirmation} when the two new ones differ ({@code confirmation} null: not asked, as on the API).
     */
    @Transactional
    public void changePassword(String login, String currentPassword, String newPassword, String confirmation) {
        UserAccount account = UserAccount.findByLogin(login).orElseThrow();
        AccountMessages messages = Texts.of(AccountMessages.class);
        if (currentPassword == null || !BcryptUtil.matches(currentPassword, account.passwordHash)) {
            throw new WrongPasswordException(messages.error_current_password_wrong());
        }
        if (confirmation != null && !confirmation.equals(newPassword)) {
            throw new InvalidInputException("confirmation", messages.error_password_confirmation());
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", messages.error_password_unchanged());
        }
        setPassword(account, "newPassword", newPassword);
    }

    /**
     * Gives an account a new password (after checking it against {@link PasswordPolicy}, field {@code password} in
     * the error) and ends all its sessions. For the pages that set a password without the current one (an invitation,
     * a forgotten password): the caller has already checked who is asking.
     */
    @Transactional
    public void setPassword(UserAccount account, String newPassword) {
        setPassword(account, "password", newPassword);
    }

    private void setPassword(UserAccount account, String field, String newPassword) {
        UserAccount managed = UserAccount.getEntityManager().contains(account) ? account
                : UserAccount.<UserAccount>findById(account.id);
        checkPassword(field, newPassword, managed.roleList());
        managed.passwordHash = BcryptUtil.bcryptHash(newPassword);
        managed.passwordSet = true;
        endSessions(managed);
    }

    /** Logout: every session cookie of the account made until now is refused, on every instance. */
    @Transactional
    public void endSessions(String login) {
        UserAccount.findByLogin(login).ifPresent(this::endSessions);
    }

    /** A deactivated account can no longer sign in, and its sessions end. */
    @Transactional
    public void deactivate(String login) {
        UserAccount account = UserAccount.findByLogin(login).orElseThrow();
        account.active = false;
        endSessions(account);
    }

    private void endSessions(UserAccount account) {
        account.sessionsValidAfter = clock.now();
        sessionsEnded.fire(new SessionsEnded(account.login));
    }

    private static void checkPassword(String field, String password, Collection<String> roles) {
        PasswordPolicy.check(password, roles).ifPresent(refusal -> {
            AccountMessages messages = Texts.of(AccountMessages.class);
            String message = switch (refusal.problem()) {
                case TOO_SHORT -> PasswordPolicy.isStaff(roles)
                        ? messages.error_password_too_short_staff(refusal.limit())
                        : messages.error_password_too_short(refusal.limit());
                case TOO_LONG -> messages.error_password_too_long(refusal.limit());
                case COMMON -> messages.error_password_common();
            };
            throw new InvalidInputException(List.of(new FieldError(field, message)));
        });
    }

    /** The current password given to change it is wrong (a 400 on its field; counted as a failed sign-in). */
    public static class WrongPasswordException extends InvalidInputException {
        WrongPasswordException(String message) {
            super("currentPassword", message);
        }
    }
}
