package org.paniercommun.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Makes each scheduled job fire once across the instances of the app that share one PostgreSQL database.
 *
 * <p>Every instance has its own Quarkus scheduler and ticks on its own; {@link #runOnce} lets only one of the ticks
 * run the job: it takes the job's transaction-scoped advisory lock with {@code pg_try_advisory_xact_lock} (an
 * instance that finds the job running elsewhere skips at once, it never waits), then claims the job's row in
 * {@code scheduled_job_runs} only if no instance started the job within {@link #GAP_SHARE} of its period (measured
 * on the database's clock, so the instances' clocks need not agree). The claim and the lock are held by one
 * connection, in one transaction, until the job ends; the job does its own work in transactions of its own. A
 * crashed instance's lock goes with its connection, and another instance runs the job at its next tick after the
 * gap: the job keeps its cadence as long as one instance lives.
 *
 * <p>This is a gate, not the correctness of the jobs: each of them already claims what it handles row by row (the
 * outbox and the rounds with {@code for update skip locked}, reminders and basket counts with a conditional update),
 * so that what they do happens once even if two of them ran at the same time.
 */
@ApplicationScoped
public class ClusterJobs {

    /**
     * First key of PostgreSQL's two-key advisory locks reserved for scheduled jobs (round/OfferCapLock uses 4101);
     * the second key is the hash of the job's name.
     */
    static final int LOCK_CLASS = 4102;

    /**
     * Share of the period within which a start by any instance makes the others skip: a little less than the
     * period, so that an instance ticking a few milliseconds early is not turned away for a whole period.
     */
    public static final double GAP_SHARE = 0.8;

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);

    @Inject
    DataSource dataSource;

    private final String instance = instanceName();

    /**
     * Runs {@code job} here unless another instance runs it now or started it within most of the period
     * {@code every} (a Quarkus {@code @Scheduled(every = …)} value such as {@code 30s}, {@code 5m}, {@code 1h};
     * {@code off} or an unreadable value: the lock alone). Returns whether it ran here. An exception of the job is
     * thrown again after its run was recorded, for the scheduler to log.
     */
    public boolean runOnce(String job, String every, Runnable body) {
        Duration gap = period(every).map(p -> Duration.ofMillis((long) (p.toMillis() * GAP_SHARE)))
                .orElse(Duration.ZERO);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection, job)) {
                    LOG.debugf("Job %s skipped: it runs on another instance", job);
                    connection.rollback();
                    return false;
                }
                if (!claim(connection, job, gap)) {
                    LOG.debugf("Job %s skipped: another instance ran it less than %s ago", job, gap);
                    connection.rollback();
                    return false;
                }
                try {
                    body.run();
                } finally {
                    // Recorded even when the job failed: the next instance tries at the next period, not at once.
                    connection.commit();
                }
                return true;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Scheduled job " + job + ": " + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Connection connection, String job) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_try_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setString(2, job);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private boolean claim(Connection connection, String job, Duration gap) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement("""
                insert into scheduled_job_runs (job, last_started_at, last_instance) values (?, now(), ?)
                on conflict (job) do update
                  set last_started_at = now(), last_instance = excluded.last_instance,
                      runs = scheduled_job_runs.runs + 1
                  where scheduled_job_runs.last_started_at <= now() - ? * interval '1 millisecond'""")) {
            claim.setString(1, job);
            claim.setString(2, instance);
            claim.setLong(3, gap.toMillis());
            return claim.executeUpdate() == 1;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback after a failed scheduled job", e);
        }
    }

    /** A Quarkus {@code every} value as a duration: {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}, {@code PT1M}. */
    public static Optional<Duration> period(String every) {
        if (every == null) {
            return Optional.empty();
        }
        String value = every.trim().toUpperCase(Locale.ROOT);
        try {
            if (value.startsWith("P")) {
                return Optional.of(Duration.parse(value));
            }
            if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
                return Optional.of(Duration.parse(value.endsWith("D") ? "P" + value : "PT" + value));
            }
        } catch (RuntimeException e) {
            LOG.debugf("Unreadable period %s: the job runs under its lock alone", every);
        }
        return Optional.empty();
    }

    /** This instance in {@code scheduled_job_runs}: host name and process id (for whoever reads the table). */
    private static String instanceName() {
        String host = System.getenv("HOSTNAME");
        String name = ProcessHandle.current().pid() + "@" + (host == null || host.isBlank() ? "localhost" : host);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
