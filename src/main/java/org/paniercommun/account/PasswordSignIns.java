package org.paniercommun.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.paniercommun.web.SignInWaitException;

/**
 * Checks a login and password, from the login form and from HTTP Basic alike (issue 21, point 4). It answers every
 * password sign-in itself, before Security JPA's provider ({@code SYSTEM_FIRST + 1}) and after web/CrossSiteLogins
 * ({@code SYSTEM_FIRST + 10}), so that
 * <ul>
 * <li>a login or client address with too many recent failures waits ({@link SignInThrottle}): the attempt is refused
 * with {@link SignInWaitException} before the password is looked at, so guessing goes no faster by trying;</li>
 * <li>a wrong password is counted, a right one forgets the login's failures;</li>
 * <li>a deactivated account ({@code active = false}) is refused like a wrong password;</li>
 * <li>an unknown login costs a bcrypt check too, so its answer comes no sooner than a known one's;</li>
 * <li>a browser where the login signed in before ({@link KnownDevices}) is not held by the login's wait, only by its
 * address's, so nobody can keep a coordinator out by failing on purpose.</li>
 * </ul>
 * The client address is the one the reverse proxy gives when it is trusted ({@code quarkus.http.proxy.*}).
 */
@ApplicationScoped
class PasswordSignIns implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** A bcrypt hash of nothing anyone types, checked against for unknown logins. */
    private static final String UNKNOWN_LOGIN_HASH = BcryptUtil.bcryptHash("pas-de-compte-" + System.nanoTime());

    @Inject
    SignInThrottle throttle;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    KnownDevices devices;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String loginPost;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 5;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String login = SignInThrottle.key(request.getUsername());
        String password = new String(request.getPassword().getPassword());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = clientAddress(routing);
        boolean form = routing != null && routing.request().method() == HttpMethod.POST
                && routing.normalizedPath().equals(loginPost);
        boolean knownDevice = form && devices.known(routing, login);
        return context.runBlocking(() -> {
            Optional<Instant> until = throttle.waitUntil(login, address, knownDevice);
            if (until.isPresent()) {
                throw new SignInWaitException(throttle.secondsUntil(until.get()));
            }
            Account account = login == null ? null : account(login);
            boolean matches = BcryptUtil.matches(password, account == null ? UNKNOWN_LOGIN_HASH : account.hash());
            if (account == null || !matches) {
                throttle.failed(login, address);
                throw new AuthenticationFailedException();
            }
            if (!account.active()) {
                throw new AuthenticationFailedException();
            }
            throttle.succeeded(login);
            if (form) {
                devices.remember(routing, login);
            }
            return identity(login, account.roles());
        });
    }

    static String clientAddress(RoutingContext routing) {
        if (routing == null) {
            return null;
        }
        SocketAddress remote = routing.request().remoteAddress();
        return remote == null ? null : remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }

    private record Account(String hash, String roles, boolean active) {
    }

    private Account account(String login) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            List<Object[]> rows = session.createSelectionQuery(
                    "select a.passwordHash, a.roles, a.active from UserAccount a where a.login = :login", Object[].class)
                    .setParameter("login", login).getResultList();
            return rows.size() == 1 ? new Account((String) rows.get(0)[0], (String) rows.get(0)[1], (Boolean) rows.get(0)[2])
                    : null;
        }
    }

    static SecurityIdentity identity(String login, String roles) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(login));
        for (String role : roles.split(",")) {
            if (!role.isBlank()) {
                builder.addRole(role.trim());
            }
        }
        return builder.build();
    }
}
