package org.paniercommun.round;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Opens and closes rounds on their own at the set times. Each instance of the app runs this; the
 * service locks due rows (FOR UPDATE SKIP LOCKED) so a round changes state exactly once.
 */
@ApplicationScoped
public class RoundClock {

    private static final Logger LOG = Logger.getLogger(RoundClock.class);

    @Inject
    RoundService rounds;

    @Scheduled(every = "${panier.rounds.check-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Instant now = Instant.now();
        int opened = rounds.openDue(now);
        int closed = rounds.closeDue(now);
        if (opened + closed > 0) {
            LOG.infof("Rounds opened: %d, closed: %d", opened, closed);
        }
    }
}
