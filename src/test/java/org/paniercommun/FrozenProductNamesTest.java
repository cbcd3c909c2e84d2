package org.paniercommun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProductCommand;
import org.paniercommun.catalogue.ProductView;
import org.paniercommun.closing.Consolidation;
import org.paniercommun.distribution.PickupLists;
import org.paniercommun.purchaseorder.PurchaseOrderService;
import org.paniercommun.round.ClosedRounds;
import org.paniercommun.round.ClosedRounds.Closed;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.settlement.SettlementService;

/**
 * A round keeps the product names it was opened with (V42): renaming a product in the catalogue afterwards leaves
 * the round's purchase order, producer statement, pickup list and consolidation as they were; a round not yet
 * open shows the catalogue's name and freezes the one it has when it opens.
 */
@QuarkusTest
class FrozenProductNamesTest {

    @Inject
    ClosedRounds closedRounds;

    @Inject
    RoundService rounds;

    @Inject
    CatalogueService catalogue;

    @Inject
    CatalogueFixtures catalogueFixtures;

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    SettlementService settlement;

    @Inject
    PickupLists pickupLists;

    @Inject
    Consolidation consolidation;

    @Test
    void aClosedRoundsDocumentsKeepTheProductNamesItOpenedWith() {
        Closed s = closedRounds.closedRound();
        long lentils = productOf(s.roundId(), "Lentilles vertes");
        String renamed = Fixtures.unique("Lentilles corail");
        rename(lentils, renamed);

        List<String> ordered = purchaseOrders.forProducer(s.roundId(), s.farmId()).lines().stream()
                .map(PurchaseOrderService.Line::product).toList();
        assertEquals(List.of("Lentilles vertes"), ordered);
        String csv = PurchaseOrderService.csv(purchaseOrders.forProducer(s.roundId(), s.farmId()));
        assertTrue(csv.contains("Lentilles vertes") && !csv.contains(renamed), csv);
        List<String> paid = settlement.statement(s.roundId(), s.farmId()).lines().stream()
                .map(SettlementService.StatementLine::product).toList();
        assertTrue(paid.contains("Lentilles vertes") && !paid.contains(renamed), paid.toString());
        long slot = QuarkusTransaction.requiringNew().call(() -> pickupLists.slots(s.roundId()).get(0).id);
        List<String> picked = pickupLists.of(s.roundId(), slot, PickupLists.Sort.NAME).households().stream()
                .flatMap(h -> h.lines().stream()).map(PickupLists.PickupLine::product).distinct().toList();
        assertTrue(picked.contains("Lentilles vertes") && !picked.contains(renamed), picked.toString());
        List<String> consolidated = consolidation.of(s.roundId()).products().stream()
                .map(Consolidation.ProductRow::product).toList();
        assertTrue(consolidated.contains("Lentilles vertes") && !consolidated.contains(renamed), consolidated.toString());
    }

    @Test
    void aRoundFreezesTheNameItHasWhenItOpens() {
        Closed s = closedRounds.closedRound();
        long lentils = productOf(s.roundId(), "Lentilles vertes");
        ProductView product = catalogueFixtures.productNow(lentils);
        Instant now = Instant.now();
        long next = rounds.create(new RoundCommand(s.antennaId(), Fixtures.unique("Tournée suivante"),
                now.minus(1, ChronoUnit.HOURS), now.plus(7, ChronoUnit.DAYS),
                product.groups().stream().map(ProductView.GroupRef::id).toList())).id;
        rounds.setOffer(next, List.of(new OfferCommand(lentils, null)));

        String before = Fixtures.unique("Lentilles blondes");
        rename(lentils, before);
        assertEquals(List.of(before), names(next), "before opening, the catalogue's name");
        rounds.open(next, Instant.now());
        rename(lentils, Fixtures.unique("Lentilles beluga"));
        assertEquals(List.of(before), names(next), "after opening, the name it opened with");
        assertEquals(List.of("Lentilles vertes"), names(s.roundId()).stream().filter(n -> n.startsWith("Lentilles"))
                .toList());
    }

    private List<String> names(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> rounds.offers(roundId).stream()
                .map(RoundOffer::productName).toList());
    }

    private long productOf(long roundId, String name) {
        return QuarkusTransaction.requiringNew().call(() -> rounds.offers(roundId).stream()
                .filter(o -> o.product.name.equals(name)).findFirst().orElseThrow().product.id);
    }

    private void rename(long productId, String name) {
        ProductView p = catalogueFixtures.productNow(productId);
        Set<Long> groups = new TreeSet<>(p.groups().stream().map(ProductView.GroupRef::id).toList());
        catalogue.updateProduct(productId, new ProductCommand(p.producerId(), name, p.description(), p.category(),
                p.saleUnit(), p.orderStep(), p.orderMinimum(), p.caseSize(), p.purchasePriceCents(), p.logisticsCents(),
                p.vatRate(), p.organic(), p.local(), p.fairTrade(), p.onePriceForAll(), p.origin(), groups, p.version()));
        assertEquals(name, catalogueFixtures.productNow(productId).name());
    }
}
