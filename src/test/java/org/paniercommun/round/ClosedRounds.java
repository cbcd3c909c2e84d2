package org.paniercommun.round;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.paniercommun.Fixtures;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerCommand;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.SlotCommand;

/**
 * A closed round with two producers, for the tests of the rows made at closing: a farm (lentils, 2 cases, and
 * flour, rounded down to nothing) with an e-mail address and a beekeeper (honey, 1 case) without one.
 */
@ApplicationScoped
public class ClosedRounds {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    CatalogueFixtures catalogueFixtures;

    @Inject
    CatalogueService catalogue;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    EntityManager em;

    public record Closed(long roundId, long antennaId, long farmId, long beekeeperId, LocalDate distributionDay) {
    }

    public Closed closedRound() {
        RoundFixtures.Setup base = roundFixtures.draftRound(null);
        long roundId = base.round().id;
        var place = base.place();
        long beekeeper = catalogue.createProducer(new ProducerCommand(place.antenna().id, Fixtures.unique("Rucher"),
                null, null, null, null, 40, false, null, null, null)).id();
        long honey = catalogueFixtures.product(beekeeper, "Miel", 800, 50, Set.of(place.group().id)).id();
        rounds.setOffer(roundId, List.of(new OfferCommand(base.products().get(0).id(), null),
                new OfferCommand(base.products().get(1).id(), null), new OfferCommand(honey, null)));
        LocalDate day = LocalDate.now().plusDays(3);
        rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, day, "14 h")));
        rounds.open(roundId, Instant.now());
        var offers = rounds.offers(roundId);
        Household h1 = fixtures.household(place, Fixtures.unique("Un"), 1);
        Household h2 = fixtures.household(place, Fixtures.unique("Deux"), 3);
        Instant now = Instant.now();
        orders.place(roundId, h1.id, List.of(new LineCommand(offer(offers, "Lentilles vertes"), new BigDecimal("30")),
                new LineCommand(offer(offers, "Farine T80"), new BigDecimal("10"))), null, null, null, now);
        orders.place(roundId, h2.id, List.of(new LineCommand(offer(offers, "Lentilles vertes"), new BigDecimal("20")),
                new LineCommand(offer(offers, "Miel"), new BigDecimal("25"))), null, null, null, now);
        rounds.close(roundId, Instant.now());
        return new Closed(roundId, place.antenna().id, base.products().get(0).producerId(), beekeeper, day);
    }

    /** Rows of {@code table} (purchase_orders or producer_statements) for the round, read in a transaction of its own. */
    public long rows(String table, long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where round_id = :r").setParameter("r", roundId).getSingleResult())
                .longValue());
    }

    /** Deletes rows of the round, as for a round closed before they were made at closing. */
    public void deleteRows(String table, long roundId, Long producerId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from " + table
                + " where round_id = :r" + (producerId == null ? "" : " and producer_id = " + producerId))
                .setParameter("r", roundId).executeUpdate());
    }

    private static long offer(List<RoundOffer> offers, String name) {
        return offers.stream().filter(o -> o.product.name.equals(name)).findFirst().orElseThrow().id;
    }
}
