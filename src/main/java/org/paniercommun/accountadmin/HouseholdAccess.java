package org.paniercommun.accountadmin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.Dates;
import org.paniercommun.kernel.Texts;
import org.paniercommun.account.AccountService;
import org.paniercommun.account.Role;
import org.paniercommun.account.TokenKind;
import org.paniercommun.account.Tokens;
import org.paniercommun.account.UserAccount;

/**
 * A household's login, given by a volunteer of its group or a coordinator of its antenna: an invitation e-mailed to
 * the household's address, or a code printed on a card handed over in person (for a household without e-mail, or
 * one that lost its password). The household's account is made on the first of these, without a password: its
 * login is the household's e-mail, or {@code foyer-<number>}.
 */
@ApplicationScoped
class HouseholdAccess {

    @Inject
    HouseholdService households;

    @Inject
    AccessService access;

    @Inject
    VolunteerGroups volunteerGroups;

    @Inject
    AccountService accounts;

    @Inject
    Tokens tokens;

    @Inject
    Invitations invitations;

    @Inject
    AuditLog audit;

    /** The household's login when it has none with an e-mail: shown on the card and on the success page. */
    public static String loginOf(long householdNumber) {
        return "foyer-" + householdNumber;
    }

    /** What the access page shows. */
    public record View(long number, String name, String email, String login, boolean canLogIn, boolean pending,
            boolean inactive) {
    }

    /** The printable card: the code is in no database, only here. */
    public record Card(long number, String name, String login, String code, String until, String url) {
    }

    /** The household, if the person may give it access (its group's volunteer, its antenna's coordinator); else 404. */
    public Household household(SecurityIdentity who, long id) {
        Household household = households.household(id);
        boolean allowed;
        if (who.hasRole(Role.COORDINATOR)) {
            allowed = access.scopeOf(who).covers(household.group.antenna.id);
        } else {
            allowed = who.hasRole(Role.VOLUNTEER) && UserAccount.findByLogin(who.getPrincipal().getName())
                    .map(a -> volunteerGroups.groupsOf(a.id).contains(household.group.id)).orElse(false);
        }
        if (!allowed || household.erased()) {
            throw new NotFoundException(Texts.of(org.paniercommun.household.HouseholdMessages.class)
                    .error_household_not_found());
        }
        return household;
    }

    @Transactional
    public View view(SecurityIdentity who, long id) {
        Household household = household(who, id);
        UserAccount account = household.userAccount;
        return new View(household.id, household.displayName, household.email, account == null ? null : account.login,
                account != null && account.active && account.passwordSet,
                account != null && account.active && tokens.invitationPending(account.id),
                account != null && !account.active);
    }

    /** E-mails the household an invitation; returns the address. */
    @Transactional
    public String invite(SecurityIdentity who, long id) {
        Household household = household(who, id);
        if (household.email == null || !Invitations.looksLikeAnAddress(household.email.trim().toLowerCase())) {
            throw new ConflictException(messages().error_household_without_email());
        }
        UserAccount account = account(household, true);
        if (account.passwordSet) {
            throw new ConflictException(messages().error_password_already_set());
        }
        String address = invitations.invite(account);
        audit.record("HOUSEHOLD_INVITATION", "household:" + household.id, "invitation envoyée à " + address);
        return address;
    }

    /** A new code for the household (the earlier one is void), on a card to print. */
    @Transactional
    public Card code(SecurityIdentity who, long id) {
        Household household = household(who, id);
        UserAccount account = account(household, false);
        String code = tokens.issue(account.id, TokenKind.HOUSEHOLD_CODE, household.id);
        Instant until = tokens.now().plus(TokenKind.HOUSEHOLD_CODE.validity);
        audit.record("HOUSEHOLD_CODE_PRINTED", "household:" + household.id, "code d'accès imprimé pour " + account.login);
        return new Card(household.id, household.displayName, account.login, Tokens.printed(code),
                Dates.day(LocalDate.ofInstant(until, Dates.ZONE)), invitations.url("/premiere-connexion"));
    }

    /** The household's account, made without a password if it has none (login: its e-mail or foyer-<number>). */
    private UserAccount account(Household household, boolean byEmail) {
        if (!household.active) {
            throw new ConflictException(messages().error_household_inactive());
        }
        UserAccount account = household.userAccount;
        if (account != null) {
            if (!account.active) {
                throw new ConflictException(messages().error_account_inactive());
            }
            return account;
        }
        String login = loginOf(household.id);
        if (byEmail) {
            login = household.email.trim().toLowerCase(java.util.Locale.ROOT);
            if (UserAccount.findByLogin(login).isPresent()) {
                throw new ConflictException(messages().error_address_taken(login));
            }
        }
        account = accounts.createWithoutPassword(login, household.displayName, List.of(Role.HOUSEHOLD));
        households.linkAccount(household.id, account);
        audit.record("HOUSEHOLD_ACCOUNT_CREATE", "household:" + household.id, account.login);
        return account;
    }

    private static AccessMessages messages() {
        return Texts.of(AccessMessages.class);
    }
}
