package org.paniercommun.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.paniercommun.kernel.TextInput;

/**
 * Counts failed sign-ins (issue 21, point 4) by login and by client address in the table {@code sign_in_failures}, so
 * that every instance of the app sees the same counts. After {@link SignInConfig#loginLimit()} failures for a login,
 * or {@link SignInConfig#addressLimit()} from one address, within {@link SignInConfig#window()}, the next attempts
 * wait ({@link SignInDelays}: 30 s, doubled at each failure, at most 15 min) and are answered without checking the
 * password. A success deletes the login's failures. Only failures are counted, so people who sign in right from one
 * shared address (a social centre's computer) never wait.
 *
 * <p>Each call takes one connection of its own for one statement or two and gives it back: callers call it outside
 * their transaction (before or after), never inside, so a request never holds two connections.
 */
@ApplicationScoped
class SignInThrottle {

    @Inject
    DataSource dataSource;

    @Inject
    SignInConfig config;

    @Inject
    SignInClock clock;

    /** When {@code login} (or {@code address}, may be null) may try again; empty when it may now. */
    public Optional<Instant> waitUntil(String login, String address) {
        return waitUntil(login, address, false);
    }

    /**
     * The same, where {@code knownDevice} says the attempt comes from a browser where the login signed in before
     * ({@link KnownDevices}): then only the address's wait applies, so failures made elsewhere cannot keep the
     * account's owner out.
     */
    public Optional<Instant> waitUntil(String login, String address, boolean knownDevice) {
        Instant now = clock.now();
        Instant since = now.minus(config.window());
        Instant until = Instant.MIN;
        try (Connection connection = dataSource.getConnection()) {
            String key = key(login);
            if (key != null && !knownDevice) {
                until = later(until, retryAt(connection, "login", key, since,
                        new SignInDelays(config.loginLimit(), config.firstWait(), config.maxWait())));
            }
            if (address != null) {
                until = later(until, retryAt(connection, "address", address, since,
                        new SignInDelays(config.addressLimit(), config.firstWait(), config.maxWait())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Whole seconds from now until {@code until}, at least 1 (for Retry-After and the French message). */
    public long secondsUntil(Instant until) {
        return Math.max(1, (java.time.Duration.between(clock.now(), until).toMillis() + 999) / 1000);
    }

    /** A wrong password for {@code login} from {@code address} (null: do not count it for an address). */
    public void failed(String login, String address) {
        // PostgreSQL keeps microseconds: a time rounded up would lie after the clock's "now".
        Instant now = clock.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into sign_in_failures (login, address, failed_at) values (?, ?, ?)")) {
                String key = key(login);
                insert.setString(1, key == null ? "" : key);
                insert.setString(2, address == null || address.length() <= 64 ? address : address.substring(0, 64));
                insert.setTimestamp(3, Timestamp.from(now));
                insert.executeUpdate();
            }
            try (PreparedStatement purge = connection.prepareStatement(
                    "delete from sign_in_failures where failed_at < ?")) {
                purge.setTimestamp(1, Timestamp.from(now.minus(config.window())));
                purge.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The right password: the login's failures are forgotten (its address's stay counted). */
    public void succeeded(String login) {
        String key = key(login);
        if (key == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from sign_in_failures where login = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant retryAt(Connection connection, String column, String value, Instant since,
            SignInDelays delays) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*), max(failed_at) from sign_in_failures"
                + " where " + column + " = ? and failed_at >= ?")) {
            query.setString(1, value);
            query.setTimestamp(2, Timestamp.from(since));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp last = row.getTimestamp(2);
                return delays.retryAt(row.getLong(1), last == null ? null : last.toInstant());
            }
        }
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    /** The login as stored (lower case, at most the column's length); null when it cannot be one. */
    static String key(String login) {
        String normalized = UserAccount.normalizeLogin(login);
        if (normalized == null || normalized.isEmpty() || TextInput.forbidden(normalized)) {
            return null;
        }
        return normalized.length() > 254 ? normalized.substring(0, 254) : normalized;
    }
}
