package org.paniercommun;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProductCategory;
import org.paniercommun.catalogue.ProductCommand;
import org.paniercommun.catalogue.ProductView;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.catalogue.VatRate;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.closing.Consolidation;
import org.paniercommun.distribution.DistributionService;
import org.paniercommun.distribution.DistributionService.HandOutCommand;
import org.paniercommun.distribution.DistributionService.PaymentCommand;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.distribution.PickupLists;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.purchaseorder.PurchaseOrderService;
import org.paniercommun.report.FunderReport;
import org.paniercommun.report.ReportPeriod;
import org.paniercommun.report.ReportService;
import org.paniercommun.round.ClosedRounds;
import org.paniercommun.round.ClosedRounds.Closed;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.settlement.SettlementService;
import org.paniercommun.kernel.InvalidInputException;

/**
 * A round keeps the product name (V42) and facts (V43) it was opened with. Renaming a product in the catalogue
 * afterwards leaves the round's purchase order, producer statement, pickup list and consolidation as they were.
 * The lentils of the fixtures open as dry goods sold by the kilo, in steps of 0,5 kg from 1 kg, at 5,5 % VAT,
 * organic; the catalogue then makes them fruit and vegetables sold by the piece, in steps of 1 from 3, at 20 %, not
 * organic: orders still running follow the step and minimum they opened with, and the round's documents and the
 * funder report keep the unit, category, VAT rate and labels. A round not yet open shows the catalogue's name and
 * facts and freezes those it has when it opens.
 */
@QuarkusTest
class FrozenProductFactsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    ClosedRounds closedRounds;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

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

    @Inject
    ClosingService closing;

    @Inject
    DistributionService distribution;

    @Inject
    ReportService reports;

    @Inject
    TestAccounts accounts;

    /** What the catalogue makes of the lentils once the round has opened. */
    private record Facts(ProductCategory category, SaleUnit unit, String step, String minimum, String vat,
            boolean organic) {
    }

    private static final Facts CHANGED = new Facts(ProductCategory.FRUITS_LEGUMES, SaleUnit.PIECE, "1", "3", "20",
            false);

    @Test
    void aClosedRoundsDocumentsKeepTheProductNamesItOpenedWith() {
        Closed s = closedRounds.closedRound();
        long lentils = productOf(s.roundId(), "Lentilles vertes");
        String renamed = Fixtures.unique("Lentilles corail");
        update(lentils, renamed, null);

        List<String> ordered = purchaseOrders.forProducer(s.roundId(), s.farmId()).lines().stream()
                .map(PurchaseOrderService.Line::product).toList();
        assertEquals(List.of("Lentilles vertes"), ordered);
        String csv = org.paniercommun.purchaseorder.PurchaseOrderDocument.csv(purchaseOrders.forProducer(s.roundId(), s.farmId()));
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
        update(lentils, before, null);
        assertEquals(List.of(before), names(next), "before opening, the catalogue's name");
        rounds.open(next, Instant.now());
        update(lentils, Fixtures.unique("Lentilles beluga"), null);
        assertEquals(List.of(before), names(next), "after opening, the name it opened with");
        assertEquals(List.of("Lentilles vertes"), names(s.roundId()).stream().filter(n -> n.startsWith("Lentilles"))
                .toList());
    }

    @Test
    void anOrderChangedInARunningRoundFollowsTheStepAndMinimumItOpenedWith() {
        RoundFixtures.Setup setup = roundFixtures.openRound(null);
        long roundId = setup.round().id;
        long lentils = roundFixtures.offerId(setup, 0);
        Household household = fixtures.household(setup.place(), Fixtures.unique("Foyer"), 1);
        orders.place(roundId, household.id, List.of(new LineCommand(lentils, new BigDecimal("1.5"))), null,
                Instant.now());

        change(setup.products().get(0).id(), CHANGED);

        String coordinator = accounts.create(Role.COORDINATOR);
        assertAll(() -> {
            // 2,5 kg: a multiple of the 0,5 kg step and above the 1 kg minimum the round opened with (not of today's
            // step of 1 nor above today's minimum of 3).
            orders.place(roundId, household.id, List.of(new LineCommand(lentils, new BigDecimal("2.5"))), null,
                    Instant.now());
            assertEquals(0, new BigDecimal("2.5").compareTo(rounds.orderedQuantities(roundId).get(lentils)));
        }, () -> {
            InvalidInputException offStep = assertThrows(InvalidInputException.class, () -> orders.place(roundId,
                    household.id, List.of(new LineCommand(lentils, new BigDecimal("2.25"))), null, Instant.now()));
            assertTrue(offStep.errors().get(0).message().endsWith("se commande par 0,5 kg."),
                    offStep.errors().toString());
        }, () -> given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/offer").then().statusCode(200)
                .body("find { it.offerId == " + lentils + " }.step", equalTo(0.5f))
                .body("find { it.offerId == " + lentils + " }.minimum", equalTo(1.0f))
                .body("find { it.offerId == " + lentils + " }.unit", equalTo("kg"))
                .body("find { it.offerId == " + lentils + " }.category", equalTo("Épicerie sèche")));
    }

    @Test
    void aClosedRoundsDocumentsKeepTheUnitAndVatRateItOpenedWith() {
        Closed s = closedRounds.closedRound();
        long lentils = productOf(s.roundId(), "Lentilles vertes");
        change(lentils, CHANGED);

        long slot = QuarkusTransaction.requiringNew().call(() -> pickupLists.slots(s.roundId()).get(0).id);
        RoundOffer offer = offerOf(s.roundId(), lentils);
        assertAll(
                () -> assertEquals(List.of("kg"), purchaseOrders.forProducer(s.roundId(), s.farmId()).lines().stream()
                        .filter(l -> l.product().equals("Lentilles vertes")).map(PurchaseOrderService.Line::unit)
                        .toList(), "purchase order"),
                () -> assertEquals(List.of("kg"), settlement.statement(s.roundId(), s.farmId()).lines().stream()
                        .filter(l -> l.product().equals("Lentilles vertes")).map(SettlementService.StatementLine::unit)
                        .toList(), "producer statement"),
                () -> assertEquals(List.of("kg"), pickupLists.of(s.roundId(), slot, PickupLists.Sort.NAME).households()
                        .stream().flatMap(h -> h.lines().stream()).filter(l -> l.product().equals("Lentilles vertes"))
                        .map(PickupLists.PickupLine::unit).distinct().toList(), "pickup list"),
                // In a transaction of its own: outside one, the test's session still holds the product as it was.
                () -> assertEquals(List.of("kg"), QuarkusTransaction.requiringNew().call(() -> consolidation
                        .of(s.roundId())).products().stream().filter(p -> p.product().equals("Lentilles vertes"))
                        .map(Consolidation.ProductRow::unit).toList(), "consolidation"),
                // No document prints the VAT rate yet; the round keeps the one its purchase prices were agreed at.
                () -> assertEquals(VatRate.REDUIT, offer.vatRate(), "VAT rate"),
                () -> assertEquals(SaleUnit.KG, offer.saleUnit(), "unit"));
    }

    @Test
    void theFunderReportKeepsTheCategoriesAndLabelsOfTheRoundsItCovers() {
        Closed s = closedRounds.closedRound();
        closing.confirm(s.roundId(), Instant.now());
        long slot = QuarkusTransaction.requiringNew().call(() -> pickupLists.slots(s.roundId()).get(0).id);
        for (var row : pickupLists.of(s.roundId(), slot, PickupLists.Sort.NAME).households()) {
            distribution.handOut(s.roundId(), slot, row.orderId(), new HandOutCommand(row.version(), List.of(), 0, 0L,
                    new PaymentCommand(PaymentMethod.CASH, 1000L), true, true), "benevole", Instant.now());
        }
        distribution.closeDay(s.roundId(), slot, "benevole", Instant.now());
        change(productOf(s.roundId(), "Lentilles vertes"), CHANGED);

        FunderReport report = reports.funders(s.antennaId(),
                ReportPeriod.custom(s.distributionDay().minusDays(1), s.distributionDay().plusDays(1)), null);
        // Lentils 50 kg (two sacks of 25) and honey 25 kg, both dry goods by the kilo; the flour was rounded down.
        assertAll(
                () -> assertEquals(List.of(new FunderReport.Volume("Épicerie sèche", "kg", new BigDecimal("75.000"))),
                        report.volumes(), "volumes by category"),
                () -> assertEquals(0, new BigDecimal("100").compareTo(report.value().organicPercent()),
                        "organic share " + report.value()));
    }

    @Test
    void aRoundOpenedAfterTheChangeTakesTheNewFacts() {
        RoundFixtures.Setup first = roundFixtures.openRound(null);
        long lentils = first.products().get(0).id();
        change(lentils, CHANGED);
        Instant now = Instant.now();
        long next = rounds.create(new RoundCommand(first.place().antenna().id, Fixtures.unique("Tournée suivante"),
                now.minus(1, ChronoUnit.HOURS), now.plus(7, ChronoUnit.DAYS), List.of(first.place().group().id))).id;
        rounds.setOffer(next, List.of(new OfferCommand(lentils, null)));
        rounds.open(next, Instant.now());
        change(lentils, new Facts(ProductCategory.FRAIS, SaleUnit.LITRE, "2", "4", "10", true));

        RoundOffer opened = offerOf(next, lentils);
        Household household = fixtures.household(first.place(), Fixtures.unique("Foyer"), 1);
        String coordinator = accounts.create(Role.COORDINATOR);
        assertAll(
                () -> assertEquals(new Facts(ProductCategory.FRUITS_LEGUMES, SaleUnit.PIECE, "1.000", "3.000", "20",
                        false), facts(opened), "the facts of the day it opened"),
                () -> assertEquals(new Facts(ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0.500", "1.000", "5.5",
                        true), facts(offerOf(first.round().id, lentils)), "the first round keeps its own"),
                () -> {
                    InvalidInputException belowMinimum = assertThrows(InvalidInputException.class, () -> orders.place(
                            next, household.id, List.of(new LineCommand(opened.id, new BigDecimal("2"))), null,
                            Instant.now()));
                    assertTrue(belowMinimum.errors().get(0).message().endsWith("minimum 3 pièces."),
                            belowMinimum.errors().toString());
                    orders.place(next, household.id, List.of(new LineCommand(opened.id, new BigDecimal("3"))), null,
                            Instant.now());
                    assertEquals(0, new BigDecimal("3").compareTo(rounds.orderedQuantities(next).get(opened.id)));
                },
                () -> given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                        .get("/api/rounds/" + next + "/offer").then().statusCode(200)
                        .body("unit", equalTo(List.of("pièce"))).body("category", equalTo(List.of("Fruits et légumes"))));
    }

    private static Facts facts(RoundOffer offer) {
        return new Facts(offer.category(), offer.saleUnit(), offer.orderStep().toPlainString(),
                offer.orderMinimum().toPlainString(), offer.vatRate().percent().toPlainString(), offer.organic());
    }

    private RoundOffer offerOf(long roundId, long productId) {
        return QuarkusTransaction.requiringNew().call(() -> rounds.offers(roundId).stream()
                .filter(o -> o.product.id == productId).findFirst().orElseThrow());
    }

    private long productOf(long roundId, String name) {
        return QuarkusTransaction.requiringNew().call(() -> rounds.offers(roundId).stream()
                .filter(o -> o.product.name.equals(name)).findFirst().orElseThrow().product.id);
    }

    private List<String> names(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> rounds.offers(roundId).stream()
                .map(RoundOffer::productName).toList());
    }

    private void change(long productId, Facts facts) {
        update(productId, null, facts);
    }

    /** Saves the product with a new name or new facts (null: as they are) through the catalogue's own checks. */
    private void update(long productId, String name, Facts facts) {
        ProductView p = catalogueFixtures.productNow(productId);
        Facts f = facts != null ? facts : new Facts(p.category(), p.saleUnit(), p.orderStep().toPlainString(),
                p.orderMinimum().toPlainString(), p.vatRate().toPlainString(), p.organic());
        Set<Long> groups = new TreeSet<>(p.groups().stream().map(ProductView.GroupRef::id).toList());
        catalogue.updateProduct(productId, new ProductCommand(p.producerId(), name != null ? name : p.name(),
                p.description(), f.category(), f.unit(), new BigDecimal(f.step()), new BigDecimal(f.minimum()),
                p.caseSize(), p.purchasePriceCents(), p.logisticsCents(), new BigDecimal(f.vat()), f.organic(),
                p.local(), p.fairTrade(), p.onePriceForAll(), p.origin(), groups, p.version()));
        ProductView now = catalogueFixtures.productNow(productId);
        assertEquals(name != null ? name : p.name(), now.name());
        assertEquals(f.unit(), now.saleUnit());
        assertEquals(f.category(), now.category());
    }
}
