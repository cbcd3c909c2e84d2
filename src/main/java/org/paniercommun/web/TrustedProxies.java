package org.paniercommun.web;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The reverse proxies whose {@code X-Forwarded-*} headers are believed ({@code quarkus.http.proxy.trusted-proxies},
 * set by {@code PANIER_TRUSTED_PROXIES}). Quarkus takes an entry that is neither an IP address nor a CIDR network for a
 * host name, and looks it up in DNS while the request waits. An IPv6 address without brackets is such an entry:
 * {@code ::1} reads as the host {@code :} on port 1. Until December 2026 the default list held {@code ::1}, and on a
 * machine whose DNS does not answer, requests waited for the resolver's five-second timeout: under the benchmark's
 * 50 clients a third of all orders and hand-outs took 5.3 s (issue 25). The default now writes it {@code [::1]}, and a
 * host name given here is said at start.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Logger LOG = Logger.getLogger(TrustedProxies.class);

    /** Quarkus's own test for a network entry ({@code TrustedProxyCheckPartConverter}). */
    private static final Pattern CIDR = Pattern.compile(".+/\\d+");

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<List<String>> configured;

    /** The entries Quarkus would look up in DNS at a request: neither an IP address (IPv6 in brackets) nor a network. */
    static List<String> hostNames(List<String> entries) {
        return entries.stream().map(String::trim).filter(e -> !e.isEmpty()).filter(e -> !CIDR.matcher(e).matches())
                .filter(e -> !e.equals("localhost"))
                .filter(e -> new InetSocketAddressConverter().convert(e).isUnresolved()).toList();
    }

    void onStart(@Observes StartupEvent event) {
        for (String entry : hostNames(configured.orElse(List.of()))) {
            LOG.warnf("PANIER_TRUSTED_PROXIES: \"%s\" is read as a host name, looked up in DNS while requests wait. "
                    + "Give IP addresses (IPv6 in brackets: [::1]) or networks (10.0.0.0/8, ::1/128).", entry);
        }
    }
}
