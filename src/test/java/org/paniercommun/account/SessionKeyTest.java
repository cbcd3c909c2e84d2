package org.paniercommun.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Production never runs with a key drawn at start (which Quarkus writes in clear to the log) nor with a weak one. */
class SessionKeyTest {

    @Test
    void aMissingOrShortKeyIsRefusedWithWhatToSet() {
        assertTrue(SessionKey.problem(null).orElseThrow().contains("PANIER_SESSION_KEY is not set"));
        assertTrue(SessionKey.problem("   ").orElseThrow().contains("PANIER_SESSION_KEY is not set"));
        String tooShort = SessionKey.problem("change-me-to-a-long-random").orElseThrow();
        assertTrue(tooShort.contains("too short (26 characters, at least 32"), tooShort);
        assertFalse(tooShort.contains("change-me"), "the message never repeats the key");
        assertEquals(Optional.empty(), SessionKey.problem("x".repeat(32)));
    }

    @Test
    void theProductionProfileHasNoDefaultKey() throws IOException {
        SmallRyeConfig prod = config("prod");
        // ${PANIER_SESSION_KEY} without a default: with no variable the property cannot be resolved, so Quarkus
        // cannot start and never draws (and logs) a key of its own.
        assertThrows(NoSuchElementException.class,
                () -> prod.getValue("quarkus.http.auth.session.encryption-key", String.class));
        assertEquals(Optional.empty(), SessionKey.problem(config("dev").getValue(
                "quarkus.http.auth.session.encryption-key", String.class)));
        assertEquals(Optional.empty(), SessionKey.problem(config("test").getValue(
                "quarkus.http.auth.session.encryption-key", String.class)));
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = SessionKeyTest.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 100)).build();
    }
}
