package org.paniercommun.basket;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.paniercommun.cluster.ClusterJobs;

/**
 * Tells producers, a few days ahead, how many baskets to pack for each relay structure: each delivery is
 * announced once (rows taken with skip locked, so several instances never send it twice).
 */
@ApplicationScoped
public class BasketNotifier {

    /** Producers learn the counts three days before the delivery. */
    public static final int DAYS_AHEAD = 3;

    private static final Logger LOG = Logger.getLogger(BasketNotifier.class);

    @Inject
    DeliveryService deliveries;

    @Inject
    ClusterJobs jobs;

    @ConfigProperty(name = "panier.baskets.notify-every", defaultValue = "1h")
    String every;

    @Scheduled(identity = "basket-producer-counts", every = "${panier.baskets.notify-every:1h}", delayed = "1m",
            concurrentExecution = ConcurrentExecution.SKIP)
    public void notifyProducers() {
        jobs.runOnce("basket-producer-counts", every, this::notifyDue);
    }

    private void notifyDue() {
        int sent = deliveries.notifyProducers(LocalDate.now(), DAYS_AHEAD);
        if (sent > 0) {
            LOG.infof("Basket counts sent to %d producer(s)", sent);
        }
    }
}
