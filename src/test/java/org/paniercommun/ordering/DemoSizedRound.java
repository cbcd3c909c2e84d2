package org.paniercommun.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerCommand;
import org.paniercommun.catalogue.ProductCategory;
import org.paniercommun.catalogue.ProductCommand;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.kernel.Money;

/**
 * A round the size of the demo's (dev mode's "VRAC Bassin minier"): the same 46 products, units, steps, minimums,
 * cases and prices, offered to one group with a pickup slot, built through the real services. The household's order
 * page is measured and tapped on it.
 */
@ApplicationScoped
public class DemoSizedRound {

    /** producer | product | category | unit | step | minimum | case | purchase | logistics (the demo's catalogue). */
    private static final String CATALOGUE = """
            Jardins|Pommes de terre Charlotte|FRUITS_LEGUMES|KG|1|0|25|1,20|0,12
            Jardins|Carottes|FRUITS_LEGUMES|KG|0,5|0|10|1,60|0,12
            Jardins|Poireaux|FRUITS_LEGUMES|KG|0,5|0|10|2,40|0,12
            Jardins|Oignons jaunes|FRUITS_LEGUMES|KG|0,5|0|10|1,80|0,12
            Jardins|Endives|FRUITS_LEGUMES|KG|0,5|0|5|3,20|0,15
            Jardins|Courge butternut|FRUITS_LEGUMES|PIECE|1|0|10|2,30|0,15
            Jardins|Chou vert|FRUITS_LEGUMES|PIECE|1|0|8|1,80|0,15
            Jardins|Betteraves rouges crues|FRUITS_LEGUMES|KG|0,5|0|10|2,10|0,12
            Moulin|Farine de blé T65|EPICERIE_SECHE|KG|0,5|0|25|1,40|0,10
            Moulin|Farine de blé T80|EPICERIE_SECHE|KG|0,5|0|25|1,55|0,10
            Moulin|Farine de seigle T130|EPICERIE_SECHE|KG|0,5|0|25|2,10|0,10
            Moulin|Flocons d'avoine|EPICERIE_SECHE|KG|0,5|0|10|2,80|0,12
            Olivarera|Huile d'olive vierge extra (bidon 5 L)|LIQUIDES|LITRE|5|5|5|9,80|0,45
            Olivarera|Huile d'olive vierge extra (bouteille 1 L)|LIQUIDES|PIECE|1|0|12|11,50|0,50
            Olivarera|Olives noires|EPICERIE_SECHE|KG|0,5|0|5|9,50|0,40
            Pastificio|Penne rigate|EPICERIE_SECHE|KG|0,5|0|12|3,10|0,30
            Pastificio|Spaghetti|EPICERIE_SECHE|KG|0,5|0|12|3,10|0,30
            Pastificio|Fusilli complets|EPICERIE_SECHE|KG|0,5|0|12|3,40|0,30
            Pastificio|Coulis de tomates (bouteille 700 g)|EPICERIE_SECHE|PIECE|1|0|12|2,20|0,20
            Échanges|Café arabica moulu (sachet 1 kg)|EPICERIE_SECHE|KG|1|0|6|12,00|0,40
            Échanges|Café en grains (sachet 1 kg)|EPICERIE_SECHE|KG|1|0|6|12,80|0,40
            Échanges|Chocolat noir 70 % (tablette 100 g)|EPICERIE_SECHE|PIECE|1|0|20|1,90|0,05
            Échanges|Cacao en poudre|EPICERIE_SECHE|KG|0,5|0|5|9,50|0,30
            Échanges|Sucre de canne complet|EPICERIE_SECHE|KG|0,5|0|25|3,20|0,15
            Échanges|Riz basmati demi-complet|EPICERIE_SECHE|KG|0,5|0|5|3,60|0,20
            Échanges|Riz long de Camargue|EPICERIE_SECHE|KG|0,5|0|25|2,90|0,15
            Verger|Jus de pomme (bouteille 1 L)|LIQUIDES|PIECE|1|0|6|2,10|0,10
            Verger|Jus pomme-poire (bouteille 1 L)|LIQUIDES|PIECE|1|0|6|2,40|0,10
            Verger|Cidre brut (bouteille 75 cl)|LIQUIDES|PIECE|1|0|6|3,50|0,10
            Verger|Pommes Jonagold|FRUITS_LEGUMES|KG|1|0|10|1,90|0,12
            Verger|Vinaigre de cidre (bouteille 1 L)|EPICERIE_SECHE|PIECE|1|0|6|2,60|0,10
            Savonnerie|Lessive liquide (bidon 5 L)|ENTRETIEN|LITRE|5|5|20|2,40|0,10
            Savonnerie|Liquide vaisselle (bidon 5 L)|ENTRETIEN|LITRE|5|5|20|2,90|0,10
            Savonnerie|Vinaigre ménager|ENTRETIEN|LITRE|1|0|10|1,20|0,08
            Savonnerie|Savon surgras au miel|HYGIENE|PIECE|1|0|10|3,80|0,05
            Savonnerie|Shampoing solide|HYGIENE|PIECE|1|0|10|6,50|0,05
            Élevage|Œufs bio (boîte de 6)|FRAIS|PIECE|1|0|30|2,10|0,10
            Élevage|Œufs bio (boîte de 12)|FRAIS|PIECE|1|0|15|4,00|0,15
            Lorette|Lentilles vertes|EPICERIE_SECHE|KG|0,5|0|25|3,40|0,12
            Lorette|Lentilles blondes|EPICERIE_SECHE|KG|0,5|0|25|3,20|0,12
            Lorette|Pois cassés|EPICERIE_SECHE|KG|0,5|0|25|2,60|0,12
            Lorette|Pois chiches|EPICERIE_SECHE|KG|0,5|0|25|3,30|0,12
            Lorette|Haricots lingots|EPICERIE_SECHE|KG|0,5|0|25|5,20|0,12
            Laiterie|Lait entier (bouteille 1 L)|FRAIS|LITRE|1|0|6|1,15|0,10
            Laiterie|Beurre doux (plaquette 250 g)|FRAIS|PIECE|1|0|10|2,80|0,10
            Laiterie|Yaourts nature (pack de 4)|FRAIS|PIECE|1|0|12|1,90|0,10
            """;

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueService catalogue;

    @Inject
    RoundService rounds;

    /** A place, its catalogue's product ids by name, and an open round over it (offer ids by product name). */
    public record Demo(Place place, Map<String, Long> productIds, Round round, Map<String, Long> offerIds) {
        Demo withOffers(RoundService rounds) {
            Map<String, Long> offers = new LinkedHashMap<>();
            for (RoundOffer o : rounds.offers(round.id)) {
                offers.put(o.productName(), o.id);
            }
            return new Demo(place, productIds, round, offers);
        }

        public long offer(String productName) {
            Long id = offerIds.get(productName);
            if (id == null) {
                throw new IllegalArgumentException("not offered: " + productName);
            }
            return id;
        }
    }

    /** A new place with the demo's 46 products and an open round of all of them, picked up in ten days. */
    public Demo open() {
        Place place = fixtures.place();
        Map<String, Long> producers = new LinkedHashMap<>();
        Map<String, Long> products = new LinkedHashMap<>();
        for (String line : CATALOGUE.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            long producer = producers.computeIfAbsent(f[0], name -> catalogue.createProducer(new ProducerCommand(
                    place.antenna().id, Fixtures.unique(name), "Contact", "contact@ferme.test", "03 21 00 00 00",
                    "Lens", 12, false, null, null, null)).id());
            products.put(f[1], catalogue.createProduct(new ProductCommand(producer, f[1], null,
                    ProductCategory.valueOf(f[2]), SaleUnit.valueOf(f[3]), decimal(f[4]), decimal(f[5]), decimal(f[6]),
                    Money.parse(f[7]), Money.parse(f[8]), new BigDecimal("5.5"), true, true, false, false, "France",
                    Set.of(place.group().id), null)).id());
        }
        return new Demo(place, products, round(place, products, Fixtures.unique("Commande du mois"), true), null)
                .withOffers(rounds);
    }

    /** Another open round of the same place over some of its products (a later month). */
    public Demo another(Demo demo, List<String> productNames) {
        Map<String, Long> products = new LinkedHashMap<>();
        productNames.forEach(name -> products.put(name, demo.productIds().get(name)));
        return new Demo(demo.place(), demo.productIds(),
                round(demo.place(), products, Fixtures.unique("Commande suivante"), true), null).withOffers(rounds);
    }

    private Round round(Place place, Map<String, Long> products, String name, boolean open) {
        Instant now = Instant.now();
        Round round = rounds.create(new RoundCommand(place.antenna().id, name, now.minus(1, ChronoUnit.HOURS),
                now.plus(7, ChronoUnit.DAYS), List.of(place.group().id)));
        List<OfferCommand> offer = new ArrayList<>();
        products.values().forEach(id -> offer.add(new OfferCommand(id, null)));
        rounds.setOffer(round.id, offer);
        rounds.setSlots(round.id, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now().plusDays(10),
                "14 h – 17 h")));
        if (open) {
            rounds.open(round.id, now);
        }
        return rounds.round(round.id);
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
