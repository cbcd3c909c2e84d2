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
import java.nio.file.Files;
import java.nio.file.Path;
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
        // (With the former ${PANIER_SESSION_KEY:} the value was empty, read as "no key": Quarkus drew one and logged it.)
        assertEquals("${PANIER_SESSION_KEY}",
                prod.getConfigValue("quarkus.http.auth.session.encryption-key").getRawValue());
        assertThrows(NoSuchElementException.class,
                () -> prod.getValue("quarkus.http.auth.session.encryption-key", String.class));
        // Should it start without one all the same (not through PanierCommunMain), the warning that would show the
        // drawn key is not written.
        assertEquals("ERROR", prod.getValue(
                "quarkus.log.category.\"io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism\".level",
                String.class));
        assertEquals(Optional.empty(), SessionKey.problem(config("dev").getValue(
                "quarkus.http.auth.session.encryption-key", String.class)));
        assertEquals(Optional.empty(), SessionKey.problem(config("test").getValue(
                "quarkus.http.auth.session.encryption-key", String.class)));
    }

    @Test
    void dockerComposeHasNoDefaultKey() throws IOException {
        String compose = Files.readString(Path.of("docker/compose.yml"));
        assertTrue(compose.contains("PANIER_SESSION_KEY: ${PANIER_SESSION_KEY:?"), "compose requires the key");
        assertFalse(compose.contains("PANIER_SESSION_KEY:-"), "no default key in compose");
    }

    @Test
    void forwardedHeadersAreBelievedOnlyFromAProxyOnTheSameMachineByDefault() throws IOException {
        // A client on a private network could otherwise claim any address (sign-in throttling) and HTTPS.
        assertEquals("127.0.0.1,[::1]",
                config("prod").getValue("quarkus.http.proxy.trusted-proxies", String.class));
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = SessionKeyTest.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 100)).build();
    }
}
