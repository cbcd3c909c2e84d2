package org.paniercommun.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The time for sign-in throttling and session ends; a test replaces it (QuarkusMock) to pass a wait without sleeping. */
@ApplicationScoped
class SignInClock {

    public Instant now() {
        return Instant.now();
    }
}
