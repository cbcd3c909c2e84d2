package org.paniercommun.account;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Who is behind a session cookie, and whether the cookie may still be used. Every page and API call of a logged-in
 * person carries the encrypted session cookie, and Quarkus Security JPA answers it by reading the account again on a
 * worker thread: a query and two thread hops per request (a few per cent of an order's time in the benchmark of issue 8,
 * a larger share of a light page's). So what a cookie needs — the roles, whether the account is active, and the
 * instant before which its sessions were ended — is read at the first request and kept for a short while
 * ({@code quarkus.cache.caffeine."session-identities".expire-after-write}, PANIER_SESSION_IDENTITY_TTL) and answered
 * on the I/O thread.
 *
 * <p>A cookie is refused (issue 21, point 5) when its account is deactivated, or when it was made before the account's
 * {@code sessions_valid_after} (set by logging out, changing the password, deactivating: {@link SessionCookies} reads
 * when the cookie was made). This is checked before Quarkus renews the cookie, so a replayed old cookie is never
 * renewed into a new one. On this instance the refusal is immediate (the kept entry is dropped when the change commits:
 * {@link SessionsEnded}, {@link AccountDeleted}, {@link AccountDeactivated}, {@link AccountChanged}); on another
 * instance it takes at most the cache's delay.
 *
 * <p>Only the cookie's identity is cached: a login with a password (form or HTTP Basic) is checked against the
 * database every time ({@link PasswordSignIns}). An unknown login is never cached: this provider answers nothing and
 * the JPA provider refuses it as before.
 */
@ApplicationScoped
class SessionIdentities implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    @CacheName("session-identities")
    Cache cache;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    SessionCookies cookies;

    /** What a session cookie needs of its account; {@code validAfter} in epoch milliseconds (MIN_VALUE: no end). */
    record SessionAccount(String roles, boolean active, long validAfter) {
    }

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
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        CompletableFuture<Object> cached = caffeine().getIfPresent(login);
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            return answer(login, (SessionAccount) cached.join(), routing);
        }
        return context.runBlocking(() -> {
            SessionAccount account = account(login);
            if (account == null) {
                return null;
            }
            caffeine().put(login, CompletableFuture.completedFuture(account));
            if (!account.active() || !stillValid(account, routing)) {
                throw new AuthenticationFailedException();
            }
            return PasswordSignIns.identity(login, account.roles());
        });
    }

    private Uni<SecurityIdentity> answer(String login, SessionAccount account, RoutingContext routing) {
        if (!account.active() || !stillValid(account, routing)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(PasswordSignIns.identity(login, account.roles()));
    }

    /** Made after the account's sessions were last ended; a cookie whose making cannot be read is refused then. */
    private boolean stillValid(SessionAccount account, RoutingContext routing) {
        if (account.validAfter() == Long.MIN_VALUE) {
            return true;
        }
        OptionalLong issued = cookies.issuedAt(routing);
        return issued.isPresent() && issued.getAsLong() >= account.validAfter();
    }

    /** An account deleted (a household erased): its session cookie stops working once the deletion is committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeleted deleted) {
        caffeine().invalidate(deleted.login()).await().indefinitely();
    }

    /** An account deactivated on the account pages: its session cookie stops working once that is committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeactivated deactivated) {
        caffeine().invalidate(deactivated.login()).await().indefinitely();
    }

    /** An account's roles changed: its next request reads them again. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        caffeine().invalidate(changed.login()).await().indefinitely();
    }

    /** Sessions ended (logout, password change, deactivation): read the account again at its next cookie. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        caffeine().invalidate(ended.login()).await().indefinitely();
    }

    private CaffeineCache caffeine() {
        return cache.as(CaffeineCache.class);
    }

    private SessionAccount account(String login) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            List<Object[]> rows = session.createSelectionQuery(
                    "select a.roles, a.active, a.sessionsValidAfter from UserAccount a where a.login = :login",
                    Object[].class).setParameter("login", login).getResultList();
            if (rows.size() != 1) {
                return null;
            }
            Object[] row = rows.get(0);
            Instant validAfter = (Instant) row[2];
            return new SessionAccount((String) row[0], (Boolean) row[1],
                    validAfter == null ? Long.MIN_VALUE : validAfter.toEpochMilli());
        }
    }
}
