package org.paniercommun.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A person who can log in. Passwords are stored as bcrypt hashes (Modular Crypt Format). */
@Entity
@Table(name = "user_accounts")
@UserDefinition
public class UserAccount extends PanacheEntity {

    /** Lower-case e-mail or identifier typed on the login page. */
    @Username
    public String login;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated role names, see {@link Role}. */
    @Roles
    public String roles;

    @Column(name = "display_name")
    public String displayName;

    /** False for an account that is not to log in any more (deactivated): its history stays, its logins are refused. */
    public boolean active = true;

    /** False until the owner of an invited account has chosen a password (V50): until then nobody can log in with it. */
    @Column(name = "password_set")
    public boolean passwordSet = true;

    /** A network coordinator: coordinates every antenna, present and future (see V48). */
    @Column(name = "all_antennas")
    public boolean allAntennas;

    /** The structure a social referrer works for (CCAS, centre social...). */
    public String structure;

    /** Session cookies made before this instant are refused (logout, password change, deactivation; V49). */
    @Column(name = "sessions_valid_after")
    public Instant sessionsValidAfter;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    public boolean hasRole(String role) {
        return roleList().contains(role);
    }

    public static Optional<UserAccount> findByLogin(String login) {
        if (org.paniercommun.kernel.TextInput.forbidden(login)) {
            return Optional.empty(); // no login holds such a character, and PostgreSQL would refuse the query
        }
        return find("login", normalizeLogin(login)).firstResultOptional();
    }

    public static boolean anyWithRole(String role) {
        // roles is a short comma-separated list; match a whole name.
        return count("(',' || roles || ',') like ?1", "%," + role + ",%") > 0;
    }

    public static String normalizeLogin(String login) {
        return login == null ? null : login.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
