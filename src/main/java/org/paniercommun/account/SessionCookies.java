package org.paniercommun.account;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads when a session cookie was made. Quarkus form authentication keeps in its cookie, encrypted with the session
 * key (AES-GCM, the key being the SHA-256 of PANIER_SESSION_KEY; see Quarkus' {@code PersistentLoginManager}), the
 * login and the instant the session expires when idle: {@code expiry:login}, written when the cookie is made or
 * renewed ({@code new-cookie-interval}) as now + {@code timeout}. So the cookie was made at expiry − timeout, which
 * {@link SessionIdentities} compares with the account's {@code sessions_valid_after}.
 */
@ApplicationScoped
class SessionCookies {

    private final SecretKey key;
    private final String cookieName;
    private final long timeoutMillis;

    SessionCookies(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout) {
        this.key = key.filter(k -> !k.isBlank()).map(SessionCookies::aesKey).orElse(null);
        this.cookieName = cookieName;
        this.timeoutMillis = timeout.toMillis();
    }

    /** When the request's session cookie was made or last renewed (epoch milliseconds); empty when unreadable. */
    public OptionalLong issuedAt(RoutingContext context) {
        Cookie cookie = context == null ? null : context.request().getCookie(cookieName);
        if (cookie == null || key == null) {
            return OptionalLong.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(cookie.getValue()));
            byte[] iv = new byte[bytes.get()];
            bytes.get(iv);
            byte[] encrypted = new byte[bytes.remaining()];
            bytes.get(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
            String plain = new String(cipher.doFinal(encrypted), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return colon < 0 ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(plain.substring(0, colon)) - timeoutMillis);
        } catch (GeneralSecurityException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static SecretKey aesKey(String secret) {
        try {
            return new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
