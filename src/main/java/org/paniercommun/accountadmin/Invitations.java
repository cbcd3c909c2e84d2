package org.paniercommun.accountadmin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.household.Household;
import org.paniercommun.mail.MailBodies;
import org.paniercommun.mail.Outbox;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.Dates;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Texts;
import org.paniercommun.account.AccountService;
import org.paniercommun.account.AccountToken;
import org.paniercommun.account.TokenKind;
import org.paniercommun.account.Tokens;
import org.paniercommun.account.UserAccount;

/**
 * Passwords chosen by their owners: an invitation e-mailed to a new account (7 days), "mot de passe oublié" (1 hour,
 * the same answer whether the address is known or not), and a household's first login with the printed code (30
 * days, 5 tries). Only the link or the card carries the secret; the database keeps its hash (see {@link Tokens}).
 */
@ApplicationScoped
class Invitations {

    /** A page answering a link that is not (or no longer) valid. */
    public static class InvalidLinkException extends RuntimeException {
        InvalidLinkException() {
            super(null, null, false, false);
        }
    }

    public record InvitationMail(String name, String login, String url, String until) {
    }

    public record ResetMail(String name, String login, String url) {
    }

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance accountInvitation(InvitationMail mail);

        static native TemplateInstance passwordReset(ResetMail mail);
    }

    /** The account a link opens, as the page greets it. */
    public record Opened(String login, String displayName) {
    }

    @Inject
    Tokens tokens;

    @Inject
    AccountService accounts;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "panier.public-url")
    String publicUrl;

    static boolean looksLikeAnAddress(String login) {
        return login != null && login.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** The address an invitation of this account goes to: its login, or its household's e-mail. */
    Optional<String> address(UserAccount account) {
        if (looksLikeAnAddress(account.login)) {
            return Optional.of(account.login);
        }
        return Household.<Household>find("userAccount.id", account.id).firstResultOptional()
                .map(h -> h.email).filter(Invitations::looksLikeAnAddress);
    }

    /** E-mails a new invitation (the earlier ones are void); returns the address. */
    @Transactional(TxType.MANDATORY)
    public String invite(UserAccount account) {
        String address = address(account).orElseThrow(() -> new ConflictException(messages().error_no_address()));
        String secret = tokens.issue(account.id, TokenKind.INVITATION, null);
        Instant until = tokens.now().plus(TokenKind.INVITATION.validity);
        InvitationMail mail = new InvitationMail(account.displayName, account.login, url("/invitation/" + secret),
                Dates.day(LocalDate.ofInstant(until, Dates.ZONE)));
        MailBodies bodies = MailBodies.render(() -> Templates.accountInvitation(mail));
        outbox.enqueue(address, Texts.inDefaultLocale(AccessMessages.class).mail_invitation_subject(), bodies.html(),
                bodies.text());
        return address;
    }

    /** The account an unused, unexpired link of this kind opens. */
    @Transactional
    public Opened opened(String secret, TokenKind kind) {
        AccountToken token = tokens.valid(secret, kind).orElseThrow(InvalidLinkException::new);
        UserAccount account = UserAccount.findById(token.accountId);
        if (account == null || !account.active) {
            throw new InvalidLinkException();
        }
        return new Opened(account.login, account.displayName);
    }

    /** The owner of the link chooses the password; returns the login. The link is used once, even by two at once. */
    @Transactional
    public String choosePassword(String secret, TokenKind kind, String password, String confirmation) {
        checkPasswords(password, confirmation);
        AccountToken token = tokens.valid(secret, kind).orElseThrow(InvalidLinkException::new);
        UserAccount account = UserAccount.findById(token.accountId);
        if (account == null || !account.active || !tokens.use(token)) {
            throw new InvalidLinkException();
        }
        accounts.setPassword(account, password);
        audit.record(kind == TokenKind.INVITATION ? "ACCOUNT_INVITATION_ACCEPTED" : "ACCOUNT_PASSWORD_RESET",
                "account:" + account.id, account.login);
        return account.login;
    }

    /**
     * "Mot de passe oublié": a link to the account of this address (its login, or the e-mail of its household), if
     * there is an active one. Nothing tells the caller which it was.
     */
    @Transactional
    public void forgot(String address) {
        String normalized = UserAccount.normalizeLogin(address);
        Optional<UserAccount> account = UserAccount.findByLogin(normalized);
        if (account.isEmpty()) {
            List<UserAccount> ofHousehold = em.createQuery("select h.userAccount from Household h"
                    + " where lower(h.email) = :address and h.userAccount is not null and h.erasedAt is null",
                    UserAccount.class).setParameter("address", normalized).setMaxResults(1).getResultList();
            account = ofHousehold.stream().findFirst();
        }
        if (account.isEmpty() || !account.get().active) {
            return;
        }
        UserAccount found = account.get();
        String secret = tokens.issue(found.id, TokenKind.PASSWORD_RESET, null);
        ResetMail mail = new ResetMail(found.displayName, found.login, url("/mot-de-passe/" + secret));
        MailBodies bodies = MailBodies.render(() -> Templates.passwordReset(mail));
        outbox.enqueue(normalized, Texts.inDefaultLocale(AccessMessages.class).mail_reset_subject(), bodies.html(),
                bodies.text());
        audit.record("ACCOUNT_PASSWORD_RESET_ASKED", "account:" + found.id, found.login);
    }

    /** What typing the card's number and code gave: the login on success, else the error by field. */
    public record FirstLogin(String login, List<FieldError> errors) {
    }

    /**
     * A household's first login: household number, the code of its card and the password it chooses. A wrong code
     * counts a try and is answered like an unknown number; this method then returns (it does not throw) so that the
     * try is committed.
     */
    @Transactional
    public FirstLogin firstLogin(String number, String code, String password, String confirmation) {
        Long householdId = null;
        try {
            householdId = number == null ? null : Long.valueOf(number.trim().replaceFirst("^[nN]°?\\s*", ""));
        } catch (NumberFormatException e) {
            // answered below
        }
        if (householdId == null) {
            throw new InvalidInputException("number", messages().error_number());
        }
        checkPasswords(password, confirmation);
        FieldError wrong = new FieldError("code", messages().error_code());
        Tokens.CodeResult result = tokens.checkCode(householdId, code);
        if (result.check() != Tokens.CodeCheck.RIGHT) {
            return new FirstLogin(null, List.of(wrong));
        }
        UserAccount account = UserAccount.findById(result.token().accountId);
        if (account == null || !account.active || !tokens.use(result.token())) {
            return new FirstLogin(null, List.of(wrong));
        }
        accounts.setPassword(account, password);
        audit.record("HOUSEHOLD_CODE_USED", "account:" + account.id, "foyer n° " + householdId + " : " + account.login);
        return new FirstLogin(account.login, List.of());
    }

    private void checkPasswords(String password, String confirmation) {
        accounts.checkPassword(password);
        if (!password.equals(confirmation)) {
            throw new InvalidInputException("confirmation", messages().error_confirmation());
        }
    }

    String url(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }

    private static AccessMessages messages() {
        return Texts.of(AccessMessages.class);
    }
}
