package org.paniercommun.ordering;

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
import org.paniercommun.round.Round;

/**
 * Reminds the households that have not ordered, 48 hours before the deadline of an open round. Exactly
 * once per round, even with several instances: the round is claimed by a conditional update of
 * {@code reminder_sent_at}, and the reminders are written to the outbox in that same transaction.
 */
@ApplicationScoped
public class RoundReminders {

    static final Duration BEFORE_DEADLINE = Duration.ofHours(48);

    private static final Logger LOG = Logger.getLogger(RoundReminders.class);

    @Inject
    EntityManager em;

    @Inject
    RoundNotifications notifications;

    @Inject
    ClusterJobs jobs;

    @ConfigProperty(name = "panier.reminders.interval", defaultValue = "5m")
    String interval;

    @Scheduled(identity = "round-reminders", every = "${panier.reminders.interval:5m}",
            concurrentExecution = ConcurrentExecution.SKIP)
    public void scheduled() {
        jobs.runOnce("round-reminders", interval, () -> remindDue(Instant.now()));
    }

    /** Sends the reminders due at {@code now}; returns the ids of the rounds reminded by this call. */
    public List<Long> remindDue(Instant now) {
        List<Long> candidates = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select r.id from Round r
                where r.status = org.paniercommun.round.RoundStatus.OPEN and r.reminderSentAt is null
                  and r.deadline > :now and r.deadline <= :limit
                order by r.deadline""", Long.class)
                .setParameter("now", now)
                .setParameter("limit", now.plus(BEFORE_DEADLINE))
                .getResultList());
        return candidates.stream().filter(id -> QuarkusTransaction.requiringNew().call(() -> remind(id, now)))
                .toList();
    }

    /**
     * Claims the round and writes its reminders, in one transaction. The version is bumped so that a
     * coordinator saving a copy of the round loaded before gets a conflict instead of erasing the mark.
     */
    private boolean remind(long roundId, Instant now) {
        int claimed = em.createNativeQuery("""
                update rounds set reminder_sent_at = :now, version = version + 1
                where id = :id and reminder_sent_at is null and status = 'OPEN'
                  and deadline > :now and deadline <= :limit""")
                .setParameter("now", now)
                .setParameter("limit", now.plus(BEFORE_DEADLINE))
                .setParameter("id", roundId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Round round = em.find(Round.class, roundId);
        em.refresh(round);
        notifications.reminder(round);
        LOG.infof("Reminders written for round %d (%s)", roundId, round.name);
        return true;
    }
}
