package org.paniercommun.round;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.paniercommun.cluster.ClusterJobs;

/**
 * Opens and closes rounds on their own at the set times. Each instance of the app ticks; one of them runs the check
 * per period (cluster/ClusterJobs), and the service locks due rows (FOR UPDATE SKIP LOCKED), so a round changes
 * state exactly once.
 */
@ApplicationScoped
public class RoundClock {

    private static final Logger LOG = Logger.getLogger(RoundClock.class);

    @Inject
    RoundService rounds;

    @Inject
    ClusterJobs jobs;

    @ConfigProperty(name = "panier.rounds.check-every", defaultValue = "30s")
    String checkEvery;

    @Scheduled(identity = "round-clock", every = "${panier.rounds.check-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void tick() {
        jobs.runOnce("round-clock", checkEvery, this::openAndCloseDue);
    }

    private void openAndCloseDue() {
        Instant now = Instant.now();
        int opened = rounds.openDue(now);
        int closed = rounds.closeDue(now);
        if (opened + closed > 0) {
            LOG.infof("Rounds opened: %d, closed: %d", opened, closed);
        }
    }
}
