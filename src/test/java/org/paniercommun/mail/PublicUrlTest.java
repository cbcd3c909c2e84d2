package org.paniercommun.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The address in e-mail links ({@code panier.public-url}), read from the real application.properties: without
 * PANIER_PUBLIC_URL it follows the HTTP port the app listens on (dev mode on 8094 writes links to 8094, not 8080).
 */
class PublicUrlTest {

    private static String publicUrl(String profile, Map<String, String> given) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(PublicUrlTest.class.getResource("/application.properties"), 100))
                .withSources(new PropertiesConfigSource(given, "given", 400)).build();
        return config.getValue("panier.public-url", String.class);
    }

    @Test
    void devModeLinksFollowTheHttpPort() throws IOException {
        assertEquals("http://localhost:8094", publicUrl("dev", Map.of("quarkus.http.port", "8094")));
        assertEquals("http://localhost:8080", publicUrl("dev", Map.of()));
        assertEquals("http://localhost:9000", publicUrl("prod", Map.of("PORT", "9000")));
    }

    @Test
    void anAddressGivenByTheEnvironmentWins() throws IOException {
        Map<String, String> given = new HashMap<>();
        given.put("quarkus.http.port", "8094");
        given.put("PANIER_PUBLIC_URL", "https://panier.example.org");
        assertEquals("https://panier.example.org", publicUrl("dev", given));
    }

    @Test
    void theDevProfileAloneSwitchesThePageOfEmailsOn() throws IOException {
        SmallRyeConfig dev = new SmallRyeConfigBuilder().withProfile("dev")
                .withSources(new PropertiesConfigSource(PublicUrlTest.class.getResource("/application.properties"), 100))
                .build();
        assertEquals("true", dev.getValue("panier.dev-mails.enabled", String.class));
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(PublicUrlTest.class.getResource("/application.properties"), 100))
                .build();
        assertEquals(false, prod.getOptionalValue("panier.dev-mails.enabled", String.class).isPresent());
    }
}
