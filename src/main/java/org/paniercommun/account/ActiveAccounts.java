package org.paniercommun.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Quarkus Security JPA checks a password against {@code user_accounts} but knows nothing of {@code active}: this
 * provider runs first on every password login (form or HTTP Basic) and refuses a deactivated account, whatever the
 * password; any other login goes on to the JPA provider as before. A refused login costs a bcrypt check too, so that
 * a deactivated account is not told apart by the time of the answer.
 */
@ApplicationScoped
public class ActiveAccounts implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    SessionFactory sessionFactory;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * After web/CrossSiteLogins ({@code SYSTEM_FIRST + 10}: a forged login is refused before anything else is said
     * about the account), before the JPA provider ({@code SYSTEM_FIRST + 1}).
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 5;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String login = UserAccount.normalizeLogin(request.getUsername());
        return context.runBlocking(() -> {
            if (org.paniercommun.web.TextInput.forbidden(login)) {
                return null;
            }
            List<String> inactive;
            try (StatelessSession session = sessionFactory.openStatelessSession()) {
                inactive = session.createSelectionQuery(
                        "select a.passwordHash from UserAccount a where a.login = :login and a.active = false", String.class)
                        .setParameter("login", login).getResultList();
            }
            if (inactive.isEmpty()) {
                return null; // the JPA provider checks the password
            }
            BcryptUtil.matches(new String(request.getPassword().getPassword()), inactive.get(0));
            throw new AuthenticationFailedException();
        });
    }
}
