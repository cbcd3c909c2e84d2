package org.paniercommun.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.ProducerView;
import org.paniercommun.catalogue.ProductView;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;

/** A place with products and a round over them, built through the real services. */
@ApplicationScoped
public class RoundFixtures {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueFixtures catalogue;

    @Inject
    RoundService rounds;

    public record Setup(Place place, List<ProductView> products, Round round) {
    }

    /** Two products (lentils 2,00 + 0,37 €/kg; flour 1,00 + 0,17 €/kg), sold by 0,5 kg, minimum 1 kg. */
    public Setup draftRound(BigDecimal lentilsCap) {
        Place place = fixtures.place();
        ProducerView producer = catalogue.producer(place.antenna().id, Fixtures.unique("Ferme"));
        List<ProductView> products = new ArrayList<>();
        products.add(catalogue.product(producer.id(), "Lentilles vertes", 200, 37, Set.of(place.group().id)));
        products.add(catalogue.product(producer.id(), "Farine T80", 100, 17, Set.of(place.group().id)));
        Instant now = Instant.now();
        Round round = rounds.create(new RoundCommand(place.antenna().id, Fixtures.unique("Tournée"),
                now.minus(1, ChronoUnit.HOURS), now.plus(7, ChronoUnit.DAYS), List.of(place.group().id)));
        rounds.setOffer(round.id, List.of(new OfferCommand(products.get(0).id(), lentilsCap),
                new OfferCommand(products.get(1).id(), null)));
        return new Setup(place, products, rounds.round(round.id));
    }

    public Setup openRound(BigDecimal lentilsCap) {
        Setup setup = draftRound(lentilsCap);
        rounds.open(setup.round().id, Instant.now());
        return new Setup(setup.place(), setup.products(), rounds.round(setup.round().id));
    }

    /**
     * An open round of three products, in this order on the order forms: "Farine T80" (index 1), "Lentilles vertes"
     * (index 0), "Pois chiches" (index 2, 3,00 + 0,40 €/kg); all sold by 0,5 kg, minimum 1 kg, in sacks of 25 kg.
     */
    public Setup openRoundOfThree() {
        Setup setup = draftRound(null);
        ProductView chickpeas = catalogue.product(setup.products().get(0).producerId(), "Pois chiches", 300, 40,
                Set.of(setup.place().group().id));
        rounds.setOffer(setup.round().id, List.of(new OfferCommand(setup.products().get(0).id(), null),
                new OfferCommand(setup.products().get(1).id(), null), new OfferCommand(chickpeas.id(), null)));
        List<ProductView> products = new ArrayList<>(setup.products());
        products.add(chickpeas);
        rounds.open(setup.round().id, Instant.now());
        return new Setup(setup.place(), products, rounds.round(setup.round().id));
    }

    public long offerId(Setup setup, int productIndex) {
        long productId = setup.products().get(productIndex).id();
        return rounds.offers(setup.round().id).stream().filter(o -> o.product.id == productId).findFirst()
                .orElseThrow().id;
    }
}
