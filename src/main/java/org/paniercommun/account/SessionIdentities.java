package org.paniercommun.account;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Who is behind a session cookie. Every page and API call of a logged-in person carries the encrypted session
 * cookie, and Quarkus Security JPA answers it by reading the account again on a worker thread: a query and two
 * thread hops per request (a few per cent of an order's time in the benchmark of issue 8, a larger share of a light
 * page's). Accounts seldom change roles
 * (a household erased loses its account: {@link AccountDeleted}; a deactivated account: {@link AccountDeactivated}, and
 * an inactive account is refused here), so the roles read at the first request are kept for a short while ({@code quarkus.cache.caffeine."session-identities".expire-after-write}) and answered
 * on the I/O thread.
 *
 * <p>Only the cookie's identity is cached: a login with a password (form or HTTP Basic) still checks the password
 * against the database every time. An unknown login is never cached: this provider answers nothing and the JPA
 * provider refuses it as before.
 */
@ApplicationScoped
public class SessionIdentities implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    @CacheName("session-identities")
    Cache cache;

    @Inject
    SessionFactory sessionFactory;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Before the JPA provider, which reads the account at every request (it says {@code SYSTEM_FIRST + 1}). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 10;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String login = request.getPrincipal();
        CompletableFuture<Object> cached = caffeine().getIfPresent(login);
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            return Uni.createFrom().item(identity(login, (String) cached.join()));
        }
        return context.runBlocking(() -> {
            Object[] account = account(login);
            if (account == null) {
                return null;
            }
            if (!(Boolean) account[1]) {
                // A deactivated account: refused here, so that the JPA provider (which knows nothing of active) is
                // never asked.
                throw new AuthenticationFailedException();
            }
            String roles = (String) account[0];
            caffeine().put(login, CompletableFuture.completedFuture(roles));
            return identity(login, roles);
        });
    }

    /** An account deleted (a household erased): its session cookie stops working once the deletion is committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeleted deleted) {
        caffeine().invalidate(deleted.login()).await().indefinitely();
    }

    /** An account deactivated: its session cookie stops working once the deactivation is committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeactivated deactivated) {
        caffeine().invalidate(deactivated.login()).await().indefinitely();
    }

    /** An account's roles changed: its next request reads them again. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        caffeine().invalidate(changed.login()).await().indefinitely();
    }

    private CaffeineCache caffeine() {
        return cache.as(CaffeineCache.class);
    }

    /** The account's roles and whether it is active, or null for an unknown login. */
    private Object[] account(String login) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            List<Object[]> rows = session.createSelectionQuery(
                    "select a.roles, a.active from UserAccount a where a.login = :login", Object[].class)
                    .setParameter("login", login).getResultList();
            return rows.size() == 1 ? rows.get(0) : null;
        }
    }

    private static SecurityIdentity identity(String login, String roles) {
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
