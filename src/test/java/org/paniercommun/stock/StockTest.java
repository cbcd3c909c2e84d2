package org.paniercommun.stock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.pricing.CaseRounding.Decision;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.household.Household;
import org.paniercommun.household.Membership;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderLine;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.kernel.InvalidInputException;

/**
 * The stock made by completing a case, sold and written off on distribution day; memberships paid with an order; both
 * in the round's books and cash count.
 */
@QuarkusTest
class StockTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    StockService stock;

    record Day(RoundFixtures.Setup setup, long roundId, long slotId, long lentils, Household household) {
    }

    /** 20 kg of lentils (2,00 €/kg purchase, 2,37 € cost) ordered, the 25 kg sack completed: 5 kg in stock. */
    private Day day() {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(3),
                "14 h – 17 h")));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        Household h = fixtures.household(setup.place(), Fixtures.unique("Foyer Stock"), 2);
        orders.place(roundId, h.id, List.of(new LineCommand(lentils, new BigDecimal("20"))), null, Instant.now());
        rounds.close(roundId, Instant.now());
        closing.decide(roundId, lentils, new ClosingService.DecisionCommand(Decision.ROUND_UP, false));
        closing.confirm(roundId, Instant.now());
        return new Day(setup, roundId, rounds.slots(roundId).get(0).id, lentils, h);
    }

    private static RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD);
    }

    @Test
    void theSurplusOfACompletedCaseIsALotWorthItsPurchaseValue() {
        Day day = day();
        StockLot lot = stock.keptBy(day.roundId()).get(0);
        assertEquals(0, new BigDecimal("5").compareTo(lot.surplus()));
        assertEquals(5 * 200, lot.valueCents());
        assertEquals(5 * 200, stock.ofRound(day.roundId()).keptCents());
    }

    @Test
    void twentyVolunteersSellingOneKiloEachAtOnceNeverSellMoreThanTheFiveKilosLeft() throws Exception {
        Day day = day();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> sales = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sales.add(pool.submit(() -> {
                // Each sale as a request of its own (the audit reads who acts from the request).
                io.quarkus.arc.ManagedContext request = io.quarkus.arc.Arc.container().requestContext();
                request.activate();
                try {
                    stock.sell(day.roundId(), day.slotId(), new StockService.SaleCommand(day.lentils(), BigDecimal.ONE,
                            250L, PaymentMethod.CASH), "bénévole");
                    return true;
                } catch (InvalidInputException e) {
                    return false;
                } finally {
                    request.terminate();
                }
            }));
        }
        int sold = 0;
        for (Future<Boolean> sale : sales) {
            sold += sale.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(5, sold);
        StockLot lot = stock.keptBy(day.roundId()).get(0);
        assertEquals(0, lot.remaining().signum());
        assertEquals(lot.valueCents(), lot.outValueCents(), "the movements add up to the lot's value");
        StockService.RoundStock books = stock.ofRound(day.roundId());
        assertEquals(5 * 250, books.salesCents());
        assertEquals(5 * 200, books.soldValueCents());
    }

    @Test
    void aVolunteerSellsAndWritesOffThroughThePageAndTheBooksAndTheCashBoxFollow() {
        Day day = day();
        String volunteer = fixtures.volunteerOf(day.setup().place());
        String base = "/tournees/" + day.roundId() + "/distribution/" + day.slotId();
        as(volunteer).get(base).then().statusCode(200).body(containsString(base + "/stock"));
        as(volunteer).get(base + "/stock").then().statusCode(200).body(containsString("Lentilles vertes"))
                .body(containsString("reste 5 kg"));
        // Mistakes are shown next to their fields and nothing is recorded.
        as(volunteer).formParam("offerId", day.lentils()).formParam("quantity", "6").formParam("amount", "beaucoup")
                .formParam("method", "CASH").post(base + "/stock/vente").then().statusCode(400)
                .body(containsString("en reste que 5 kg")).body(containsString("beaucoup"));
        as(volunteer).formParam("offerId", day.lentils()).formParam("quantity", "1").post(base + "/stock/perte")
                .then().statusCode(400).body(containsString("Dites pourquoi"));
        as(volunteer).redirects().follow(false).formParam("offerId", day.lentils()).formParam("quantity", "2")
                .formParam("amount", "4,74").formParam("method", "CASH").post(base + "/stock/vente").then()
                .statusCode(303);
        as(volunteer).redirects().follow(false).formParam("offerId", day.lentils()).formParam("quantity", "0,5")
                .formParam("note", "sac percé").post(base + "/stock/perte").then().statusCode(303);
        as(volunteer).get(base + "/stock").then().statusCode(200).body(containsString("reste 2,5 kg"))
                .body(containsString("Espèces à mettre dans la caisse de ce point relais : 4,74\u00a0€"));

        // The household pays its order and its 1 € membership in cash.
        long orderId = QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("household.id", day.household().id)
                .firstResult().id);
        long due = QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("household.id", day.household().id)
                .firstResult().totalCents);
        Map<String, Object> body = new HashMap<>();
        body.put("version", version(day, orderId));
        body.put("payment", Map.of("method", "CASH", "amountCents", due));
        body.put("pickedUp", true);
        body.put("membershipCents", 100);
        as(volunteer).contentType(ContentType.JSON).body(body).put("/api/rounds/" + day.roundId() + "/distribution/"
                + day.slotId() + "/orders/" + orderId).then().statusCode(200);
        Membership membership = QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>find(
                "household.id", day.household().id).firstResult());
        assertEquals(day.roundId(), membership.roundId);
        assertEquals("CASH", membership.paymentMethod);
        // Paid once a year: a second time is refused, and the household's page cannot change it any more.
        body.put("version", version(day, orderId));
        as(volunteer).contentType(ContentType.JSON).body(body).put("/api/rounds/" + day.roundId() + "/distribution/"
                + day.slotId() + "/orders/" + orderId).then().statusCode(400)
                .body(containsString("déjà payée"));
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).formParam("displayName", day.household().displayName).formParam("peopleCount", "3")
                .formParam("relayPointId", day.setup().place().relayPoint().id).formParam("priceTier", "2")
                .formParam("membershipKind", "QUARTIER").formParam("amountCents", "5")
                .post("/foyers/" + day.household().id).then().statusCode(400)
                .body(containsString("dans les comptes de la tournée"));

        // The books: 5 kg kept (10,00 €), 2 kg sold 4,74 € (4,00 € of value), 0,5 kg written off (1,00 €), the
        // membership; the cash expected at the relay point holds the order, the membership and the sale.
        Map<String, Object> sheet = as(coordinator).get("/api/rounds/" + day.roundId() + "/settlement/balance-sheet")
                .then().statusCode(200).extract().jsonPath().getMap("sheet");
        assertEquals(Boolean.TRUE, sheet.get("balanced"));
        List<Map<String, Object>> resources = lines(sheet, "resources");
        assertTrue(resources.contains(Map.of("label", "Marchandises gardées en stock (valeur d'achat)", "cents", 1000)),
                resources.toString());
        assertTrue(resources.contains(Map.of("label", "Ventes du stock", "cents", 474)), resources.toString());
        assertTrue(resources.contains(Map.of("label", "Adhésions : 1 adhésion du quartier", "cents", 100)),
                resources.toString());
        assertTrue(lines(sheet, "uses").contains(Map.of("label", "Stock sorti (valeur d'achat)", "cents", 500)));
        List<Map<String, Object>> cash = lines(sheet, "cash");
        assertEquals(due + 100 + 474, ((Number) cash.get(0).get("expectedCents")).longValue());

        // Another antenna's volunteer can neither read nor sell it: for them it does not exist (404, like the rest of the
        // relay point's distribution pages).
        String stranger = fixtures.volunteerOf(fixtures.place());
        as(stranger).get(base + "/stock").then().statusCode(404);
        as(stranger).formParam("offerId", day.lentils()).formParam("quantity", "1").formParam("amount", "0")
                .formParam("method", "CASH").post(base + "/stock/vente").then().statusCode(404);
        // The year's books count the round and the membership in it.
        as(coordinator).get("/api/antennas/" + day.setup().place().antenna().id + "/books/"
                + LocalDate.now().plusDays(3).getYear()).then().statusCode(200)
                .body("rounds[0].roundId", org.hamcrest.Matchers.equalTo((int) day.roundId()))
                .body("membershipsInRounds[0].cents", org.hamcrest.Matchers.equalTo(100));
    }

    @Test
    void aDayClosedSellsNothing() {
        Day day = day();
        QuarkusTransaction.requiringNew().run(() -> org.paniercommun.round.RoundSlot
                .<org.paniercommun.round.RoundSlot>findById(day.slotId()).closedAt = Instant.now());
        org.junit.jupiter.api.Assertions.assertThrows(org.paniercommun.kernel.ConflictException.class,
                () -> stock.sell(day.roundId(), day.slotId(), new StockService.SaleCommand(day.lentils(),
                        BigDecimal.ONE, 100L, PaymentMethod.CASH), "bénévole"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> sheet, String key) {
        return ((List<Map<String, Object>>) sheet.get(key)).stream().map(l -> {
            Map<String, Object> kept = new HashMap<>(l);
            kept.keySet().retainAll(List.of("label", "cents", "expectedCents"));
            if (!"cash".equals(key)) {
                kept.remove("expectedCents");
            }
            return kept;
        }).toList();
    }

    private long version(Day day, long orderId) {
        return QuarkusTransaction.requiringNew().call(() -> Order.<Order>findById(orderId).version);
    }
}
