package org.paniercommun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No trusted proxy is looked up in DNS at a request: a bare "::1" in the default list made every request wait for the
 * resolver's timeout where DNS does not answer (5.3 s for a third of the benchmark's orders, issue 25).
 */
class TrustedProxiesTest {

    @Test
    void theDefaultListHoldsAddressesOnly() throws IOException {
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(TrustedProxiesTest.class.getResource("/application.properties"),
                        100))
                .build();
        List<String> entries = prod.getValues("quarkus.http.proxy.trusted-proxies", String.class);
        assertEquals(List.of("127.0.0.1", "[::1]"), entries);
        assertEquals(List.of(), TrustedProxies.hostNames(entries));
    }

    @Test
    void whatQuarkusWouldResolveIsNamed() {
        assertEquals(List.of("::1", "proxy", "proxy.example.org:8443"), TrustedProxies.hostNames(List.of("::1",
                "[::1]", "::1/128", "10.0.0.0/8", "172.18.0.5", "localhost", "proxy", "proxy.example.org:8443",
                "[2001:db8::1]:443", " ")));
    }
}
