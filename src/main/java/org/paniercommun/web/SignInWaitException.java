package org.paniercommun.web;

/**
 * A sign-in answered without checking the password because too many failed for its login or address lately
 * (account/SignInThrottle). {@link SecurityResponses} answers it: 429 problem+json with {@code Retry-After} on the
 * API, the login page saying when to retry elsewhere.
 */
public class SignInWaitException extends RuntimeException {

    private final long seconds;

    public SignInWaitException(long seconds) {
        super("sign-in throttled for " + seconds + " s", null, false, false);
        this.seconds = Math.max(1, seconds);
    }

    public long seconds() {
        return seconds;
    }
}
