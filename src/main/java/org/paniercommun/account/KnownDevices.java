package org.paniercommun.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A browser where an account has signed in before (OWASP's "device cookie"). The per-login wait of
 * {@link SignInThrottle} would otherwise let anyone who knows a coordinator's login keep the coordinator out, by
 * failing five times every quarter of an hour. After a successful sign-in on the login form the browser gets a cookie
 * {@value #COOKIE} holding a MAC of the login (keyed by the session key, sent only to the login post, HttpOnly,
 * a year); a sign-in from that browser for that login is not held by the login's wait, only by its own address's.
 * HTTP Basic has no such cookie: a script waits like anyone else.
 */
@ApplicationScoped
class KnownDevices {

    static final String COOKIE = "panier_appareil";
    private static final Duration LIFETIME = Duration.ofDays(365);

    private final SecretKeySpec key;
    private final String loginPost;

    KnownDevices(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String loginPost) {
        this.key = sessionKey.filter(k -> !k.isBlank()).map(KnownDevices::macKey).orElse(null);
        this.loginPost = loginPost;
    }

    /** Whether the request comes from a browser where {@code login} signed in before. */
    public boolean known(RoutingContext routing, String login) {
        if (routing == null || login == null || key == null) {
            return false;
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie != null && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                token(login).getBytes(StandardCharsets.US_ASCII));
    }

    /** After a successful sign-in on the form: remember this browser for {@code login}. */
    public void remember(RoutingContext routing, String login) {
        if (routing == null || login == null || key == null) {
            return;
        }
        routing.response().addCookie(Cookie.cookie(COOKIE, token(login)).setPath(loginPost)
                .setMaxAge(LIFETIME.toSeconds()).setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL()));
    }

    String token(String login) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("known-device:" + login).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeySpec macKey(String secret) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("panier-known-device:" + secret).getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(derived, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
