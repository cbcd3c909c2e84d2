package org.paniercommun.account;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret that encrypts session cookies (PANIER_SESSION_KEY, {@code quarkus.http.auth.session.encryption-key}).
 * Without one, Quarkus would draw a key at each start and write it in clear to the log; so production refuses to
 * start without a key of at least {@value #MIN_LENGTH} characters, saying what to set: first in
 * {@link org.paniercommun.PanierCommunMain} before Quarkus boots, then here at start for any other way of launching
 * the packaged app. The property itself has no default ({@code ${PANIER_SESSION_KEY}}), so Quarkus cannot start
 * without one either; dev mode and tests have fixed keys of their own in application.properties.
 */
@ApplicationScoped
public class SessionKey {

    public static final int MIN_LENGTH = 32;

    /** Why {@code key} cannot encrypt production sessions, in English and French; empty when it can. */
    public static Optional<String> problem(String key) {
        if (key == null || key.isBlank()) {
            return Optional.of("""
                    Panier Commun cannot start: PANIER_SESSION_KEY is not set.
                    Set it to a random secret of at least %d characters, the same on every instance, e.g. the output of
                    `openssl rand -base64 48`. It encrypts session cookies; it is never written to the log.
                    Panier Commun ne peut pas démarrer : PANIER_SESSION_KEY n'est pas défini.
                    Donnez-lui un secret aléatoire d'au moins %d caractères, le même pour toutes les instances."""
                    .formatted(MIN_LENGTH, MIN_LENGTH));
        }
        if (key.strip().length() < MIN_LENGTH) {
            return Optional.of("""
                    Panier Commun cannot start: PANIER_SESSION_KEY is too short (%d characters, at least %d needed).
                    Use a random secret, e.g. the output of `openssl rand -base64 48`.
                    Panier Commun ne peut pas démarrer : PANIER_SESSION_KEY est trop court (%d caractères, au moins %d)."""
                    .formatted(key.strip().length(), MIN_LENGTH, key.strip().length(), MIN_LENGTH));
        }
        return Optional.empty();
    }

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> key;

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        problem(key.orElse(null)).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }
}
