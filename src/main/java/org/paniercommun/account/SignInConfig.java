package org.paniercommun.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Sign-in throttling (issue 21, point 4): see account/SignInThrottle. */
@ConfigMapping(prefix = "panier.sign-in")
interface SignInConfig {

    /** Failures counted are those of this last period. */
    @WithDefault("PT15M")
    Duration window();

    /** Failures for one login within the window before its sign-ins wait. */
    @WithDefault("5")
    int loginLimit();

    /** Failures from one client address (any login) within the window before its sign-ins wait. */
    @WithDefault("20")
    int addressLimit();

    /** The first wait; each further failure doubles it. */
    @WithDefault("PT30S")
    Duration firstWait();

    /** The longest wait. */
    @WithDefault("PT15M")
    Duration maxWait();
}
