package org.paniercommun.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paniercommun.web.SignInWaitException;

/**
 * Changing one's own password, from the page and the API alike. The current password is a password check like a
 * sign-in: a wrong one counts as a failed sign-in of the login ({@link SignInThrottle}, not of the address: the
 * person is already signed in), and after too many the change waits, so a borrowed session cannot be used to guess
 * the password. Not transactional itself: the throttle's reads and writes come before and after the service's
 * transaction, never inside it.
 */
@ApplicationScoped
class PasswordChanges {

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    public void change(String login, String currentPassword, String newPassword, String confirmation) {
        throttle.waitUntil(login, null).ifPresent(until -> {
            throw new SignInWaitException(throttle.secondsUntil(until));
        });
        try {
            accounts.changePassword(login, currentPassword, newPassword, confirmation);
        } catch (AccountService.WrongPasswordException e) {
            throttle.failed(login, null);
            throw e;
        }
        throttle.succeeded(login);
    }
}
