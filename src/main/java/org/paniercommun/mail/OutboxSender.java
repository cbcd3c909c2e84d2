package org.paniercommun.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.paniercommun.cluster.ClusterJobs;

/**
 * Sends the due e-mails of the outbox. Each e-mail is taken in a transaction of its own with
 * {@code for update skip locked}, so several instances of the application never send the same e-mail
 * twice and one slow SMTP exchange holds one row only. A failure is recorded on the row and retried
 * later with an exponential backoff (1 min, 5 min, 30 min, 2 h, then every 6 h); after
 * {@link #MAX_ATTEMPTS} attempts the row stays in the table, unsent, with its last error.
 * <p>
 * Delivery is "at least once": if the database fails right after the SMTP server accepted an e-mail,
 * that e-mail is sent again at the next run.
 */
@ApplicationScoped
public class OutboxSender {

    static final int MAX_ATTEMPTS = 10;
    /** E-mails taken per call of {@link #sendDue()}; the scheduled run calls it again while batches are full. */
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2));
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    @Inject
    Mailer mailer;

    @Inject
    EntityManager em;

    @Inject
    ClusterJobs jobs;

    @ConfigProperty(name = "panier.outbox.interval", defaultValue = "30s")
    String interval;

    /** Once per interval across the instances of the app (cluster/ClusterJobs); the rows are claimed one by one. */
    @Scheduled(identity = "outbox-sender", every = "${panier.outbox.interval:30s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    public void scheduled() {
        jobs.runOnce("outbox-sender", interval, this::sendBacklog);
    }

    /**
     * Batch after batch while full ones go out (a round's opening queues an e-mail per household), for at most
     * {@link ClusterJobs#GAP_SHARE} of the interval: then the next run, on any instance, goes on.
     */
    void sendBacklog() {
        long budget = ClusterJobs.period(interval).orElse(Duration.ofSeconds(30)).toNanos();
        long until = System.nanoTime() + (long) (budget * ClusterJobs.GAP_SHARE);
        while (sendDue() == BATCH && System.nanoTime() < until) {
            LOG.debug("Outbox: a full batch sent, the next one follows");
        }
    }

    /** Sends every e-mail due now; returns how many were sent. */
    public int sendDue() {
        return sendDue(Instant.now());
    }

    /** Sends every e-mail due at {@code now}; returns how many were sent. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Result result = QuarkusTransaction.requiringNew().call(() -> sendNext(now));
            if (result == Result.NONE_DUE) {
                break;
            }
            if (result == Result.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private enum Result { SENT, FAILED, NONE_DUE }

    private Result sendNext(Instant now) {
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                select id from outbox_emails
                where sent_at is null and attempts < :max and next_attempt_at <= :now
                order by next_attempt_at, id
                limit 1
                for update skip locked""", Long.class)
                .setParameter("max", MAX_ATTEMPTS)
                .setParameter("now", now)
                .getResultList();
        if (ids.isEmpty()) {
            return Result.NONE_DUE;
        }
        OutboxEmail email = em.find(OutboxEmail.class, ids.get(0));
        email.attempts++;
        try {
            Mail mail = Mail.withHtml(email.recipient, email.subject, email.htmlBody).setText(email.textBody);
            if (email.attachment != null) {
                mail.addAttachment(email.attachmentName, email.attachment, email.attachmentType);
            }
            mailer.send(mail);
            email.sentAt = Instant.now();
            email.lastError = null;
            return Result.SENT;
        } catch (RuntimeException e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            email.lastError = message.length() > 1000 ? message.substring(0, 1000) : message;
            email.nextAttemptAt = now.plus(backoff(email.attempts));
            if (email.attempts >= MAX_ATTEMPTS) {
                LOG.errorf("E-mail %d to %s given up after %d attempts: %s", email.id, email.recipient,
                        email.attempts, email.lastError);
            } else {
                LOG.warnf("E-mail %d not sent (attempt %d), retry at %s: %s", email.id, email.attempts,
                        email.nextAttemptAt, email.lastError);
            }
            return Result.FAILED;
        }
    }

    /** Wait before the next attempt, after {@code attempts} failed ones. */
    static Duration backoff(int attempts) {
        return attempts <= BACKOFF.size() ? BACKOFF.get(Math.max(attempts, 1) - 1) : LONGEST_WAIT;
    }
}
