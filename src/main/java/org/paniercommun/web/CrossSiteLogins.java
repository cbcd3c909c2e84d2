package org.paniercommun.web;

import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF check of the login form. The form posts to {@code /j_security_check}, which Quarkus form authentication
 * answers outside JAX-RS, so the token filter of quarkus-rest-csrf and {@link CrossSiteRequests} never see it: without
 * this check another site could log a visitor into an account of its own (login CSRF) and read what the visitor then
 * types in it.
 *
 * <p>The login form carries the same token field as every form ({@code {#csrf /}}). Form authentication reads the
 * body itself, waiting for the request's end, so a route filter placed before it cannot read the field without taking
 * the body away from it. The first code that sees the posted fields is the identity provider called with the login
 * and password: this one, placed before the password check (Security JPA), so a refused post costs no bcrypt. It
 * answers nothing for a login that passes (the next provider checks the password) and refuses, before the session
 * cookie is made, a login post
 * <ul>
 * <li>that a browser says comes from another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site});</li>
 * <li>whose token field is missing or differs from the token cookie (a post from another site cannot send that
 * SameSite=Lax cookie, nor know its value).</li>
 * </ul>
 * A refused login goes back to the login page, which says why and sets a token cookie again if it had expired. HTTP
 * Basic (scripts, the API) is not a post to the login form and passes untouched.
 */
@ApplicationScoped
class CrossSiteLogins implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The login page that says the post was refused (see account/LoginPages). */
    static final String REFUSED_PAGE = "/login?refus=1";

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String loginPost;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String tokenCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String tokenField;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before Security JPA's provider, which checks the password ({@code SYSTEM_FIRST + 1}). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 10;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || !isLoginPost(routing) || fromThisSite(routing)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().failure(new AuthenticationRedirectException(303, REFUSED_PAGE));
    }

    private boolean isLoginPost(RoutingContext routing) {
        return routing.request().method() == HttpMethod.POST && routing.normalizedPath().equals(loginPost);
    }

    /** Sent by the login page of Panier Commun: not from another site, and with the token of the browser's cookie. */
    private boolean fromThisSite(RoutingContext routing) {
        String site = routing.request().getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return false;
        }
        Cookie cookie = routing.request().getCookie(tokenCookie);
        String field = routing.request().getFormAttribute(tokenField);
        return cookie != null && !cookie.getValue().isEmpty() && field != null
                && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                        field.getBytes(StandardCharsets.UTF_8));
    }
}
