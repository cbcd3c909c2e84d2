package org.paniercommun.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.paniercommun.basket.BasketNotifier;
import org.paniercommun.mail.OutboxEmail;
import org.paniercommun.mail.OutboxSender;
import org.paniercommun.mail.OutboxTestSupport;
import org.paniercommun.round.RoundClock;
import org.paniercommun.ordering.RoundReminders;

/**
 * Two instances of the app on one database, simulated: two threads fire the same scheduled job, or send the outbox,
 * at the same moment, each with its own database connections and transactions, which is all that instances share.
 * Each job must run once per period across both, and each e-mail must go once.
 */
@QuarkusTest
@TestProfile(TwoInstancesTest.Periods.class)
class TwoInstancesTest {

    /**
     * Every job scheduled with a period of an hour: each instance's own scheduler fires it at most once during the
     * test (at start), so the test's ticks are the only others.
     */
    public static class Periods implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("panier.rounds.check-every", "1h",
                    "panier.outbox.interval", "1h",
                    "panier.reminders.interval", "1h",
                    "panier.baskets.notify-every", "1h");
        }
    }

    @Inject
    ClusterJobs jobs;

    @Inject
    OutboxSender outboxSender;

    @Inject
    RoundClock roundClock;

    @Inject
    RoundReminders roundReminders;

    @Inject
    BasketNotifier basketNotifier;

    @Inject
    OutboxTestSupport outbox;

    @Inject
    MockMailbox mailbox;

    @Inject
    DataSource dataSource;

    @Test
    void eachScheduledJobRunsOnceWhenTwoInstancesTickTogether() throws Exception {
        Map<String, Runnable> ticks = new LinkedHashMap<>();
        ticks.put("outbox-sender", outboxSender::scheduled);
        ticks.put("round-clock", roundClock::tick);
        ticks.put("round-reminders", roundReminders::scheduled);
        ticks.put("basket-producer-counts", basketNotifier::notifyProducers);
        for (Map.Entry<String, Runnable> tick : ticks.entrySet()) {
            String job = tick.getKey();
            // As if its last run was a day ago; the runs counted so far, in the same statement (an instance's own
            // scheduler firing meanwhile is one more instance: still one run in all).
            long before = dueAgain(job);

            bothInstances(tick.getValue(), tick.getValue());
            assertEquals(before + 1, runs(job), job + " runs once when both instances tick together");

            bothInstances(tick.getValue(), tick.getValue());
            assertEquals(before + 1, runs(job), job + " does not run again within its period");
        }
    }

    @Test
    void aJobRunningOnOneInstanceIsSkippedByTheOtherThenRunsAfterItsPeriod() throws Exception {
        String job = "test-job-" + UUID.randomUUID();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> running = first.submit(() -> jobs.runOnce(job, "1h", () -> {
                started.countDown();
                await(release);
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS), "the first instance runs the job");

            List<String> ranOnSecond = new ArrayList<>();
            assertFalse(jobs.runOnce(job, "1h", () -> ranOnSecond.add(job)),
                    "the second instance skips a job running on the first");
            release.countDown();
            assertTrue(running.get(10, TimeUnit.SECONDS));

            assertFalse(jobs.runOnce(job, "1h", () -> ranOnSecond.add(job)),
                    "nor does it run the job again within its period");
            assertTrue(ranOnSecond.isEmpty());
            assertEquals(1, runs(job));

            dueAgain(job);
            assertTrue(jobs.runOnce(job, "1h", () -> ranOnSecond.add(job)), "a period later, it runs it");
            assertEquals(List.of(job), ranOnSecond);
            assertEquals(2, runs(job));
        } finally {
            release.countDown();
            first.shutdownNow();
        }
    }

    @Test
    void twoSendersSendEachEmailOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String to = "foyer-" + i + "-" + UUID.randomUUID() + "@test.paniercommun.org";
            recipients.add(to);
            ids.add(outbox.enqueue(to, "Votre commande n° " + i));
        }

        // Each instance sends until nothing is due (e-mails left by other tests included).
        Callable<Integer> sender = () -> {
            int total = 0;
            for (int n = outboxSender.sendDue(); n > 0; n = outboxSender.sendDue()) {
                total += n;
            }
            return total;
        };
        List<Integer> sent = bothInstances(sender, sender);
        // The app's own scheduled run is a third instance: rows it claimed were skipped by both senders and are still
        // on their way when they return. Wait for every row to be marked sent before reading the mailbox.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ids.stream().anyMatch(id -> outbox.find(id).sentAt == null) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        for (String to : recipients) {
            List<Mail> mails = mailbox.getMailsSentTo(to);
            assertEquals(1, mails == null ? 0 : mails.size(), "one e-mail to " + to);
        }
        for (long id : ids) {
            OutboxEmail row = outbox.find(id);
            assertNotNull(row.sentAt, "e-mail " + id + " marked sent");
            assertEquals(1, row.attempts, "e-mail " + id + " taken by one sender only");
        }
                System.out.printf("Two senders sent %d and %d e-mails (%d of them the test's)%n", sent.get(0), sent.get(1),
                recipients.size());
        assertTrue(sent.get(0) + sent.get(1) > 0, "both test senders together sent some of them");
    }

    /** Runs both at the same moment, on two threads; returns what each returned. */
    private static <T> List<T> bothInstances(Callable<T> first, Callable<T> second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<T> a = instances.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return first.call();
            });
            Future<T> b = instances.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return second.call();
            });
            return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        } finally {
            instances.shutdownNow();
        }
    }

    private static void bothInstances(Runnable first, Runnable second) throws Exception {
        bothInstances(() -> {
            first.run();
            return 0;
        }, () -> {
            second.run();
            return 0;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the job due (as if it last started a day ago) and returns its runs so far. */
    private long dueAgain(String job) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        insert into scheduled_job_runs (job, last_started_at, last_instance, runs)
                        values (?, now() - interval '1 day', 'test', 0)
                        on conflict (job) do update set last_started_at = now() - interval '1 day'
                        returning runs""")) {
            statement.setString(1, job);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long runs(String job) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select runs from scheduled_job_runs where job = ?")) {
            statement.setString(1, job);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }
}
