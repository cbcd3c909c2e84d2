package org.paniercommun.account;

import java.time.Duration;

/** What a single-use secret opens, and for how long. */
public enum TokenKind {
    /** E-mailed to a new account: choose a password. */
    INVITATION(Duration.ofDays(7)),
    /** "Mot de passe oublié", e-mailed: choose a new password. */
    PASSWORD_RESET(Duration.ofHours(1)),
    /** Printed on a card a volunteer hands to a household: household number + code choose the password. */
    HOUSEHOLD_CODE(Duration.ofDays(30));

    public final Duration validity;

    TokenKind(Duration validity) {
        this.validity = validity;
    }
}
