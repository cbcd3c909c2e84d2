package org.paniercommun.fund;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.fund.FundService.EntryCommand;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundFixtures.Setup;

@QuarkusTest
class FundTest {

    @Inject
    RoundFixtures rounds;

    @Inject
    Fixtures fixtures;

    @Inject
    FundService fund;

    @Inject
    OrderService orders;

    @Inject
    org.paniercommun.round.RoundService roundService;

    @Inject
    HouseholdService households;

    @Inject
    TestAccounts accounts;

    private void donate(Setup setup, long cents) {
        fund.record(setup.place().antenna().id, new EntryCommand(EntryKind.DONATION, cents, "Fondation X", null, null),
                "test");
    }

    private String householdLogin(Setup setup, String name) {
        String login = "fonds-" + System.nanoTime() + "@example.org";
        households.registerWithAccount(new HouseholdCommand(name, 2, null, null, setup.place().group().id,
                setup.place().relayPoint().id, 1), login, TestAccounts.PASSWORD);
        return login;
    }

    @Test
    void householdDrawsChangesAndCancelsAndTheLedgerFollows() {
        Setup setup = rounds.openRound(null);
        long antennaId = setup.place().antenna().id;
        donate(setup, 10_000);
        long flour = rounds.offerId(setup, 1);
        String login = householdLogin(setup, Fixtures.unique("Famille"));
        // 10 kg of flour at tier 1 (0,59 €) = 5,90 €; 20 % = 1,18 €.
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("offerId", flour, "quantity", 10)), "fundRatePercent", 20))
                .put("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200)
                .body("totalCents", equalTo(590)).body("fundReductionCents", equalTo(118))
                .body("amountToPayCents", equalTo(472)).body("fundMessage", nullValue());
        assertEquals(10_000 - 118, fund.balance(antennaId));
        // Changing the order keeps the rate and follows the new total: 20 kg → 11,80 € → 2,36 €.
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("offerId", flour, "quantity", 20)), "fundRatePercent", 20))
                .put("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200)
                .body("fundReductionCents", equalTo(236));
        assertEquals(10_000 - 236, fund.balance(antennaId));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .delete("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200);
        assertEquals(10_000, fund.balance(antennaId));
        assertTrue(fund.integrityProblems().isEmpty(), fund.integrityProblems().toString());
        long draws = QuarkusTransaction.requiringNew().call(() -> FundEntry.count(
                "antennaId = ?1 and kind in ?2", antennaId, List.of(EntryKind.DRAW, EntryKind.DRAW_RELEASE)));
        assertEquals(3, draws);
    }

    @Test
    void couponsBoughtWithAnOrderFeedTheFundAndFollowTheOrder() {
        Setup setup = rounds.openRound(null);
        long antennaId = setup.place().antenna().id;
        long flour = rounds.offerId(setup, 1);
        String login = householdLogin(setup, Fixtures.unique("Famille Généreuse"));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("offerId", flour, "quantity", 2)), "coupons", 3))
                .put("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200)
                .body("totalCents", equalTo(118)).body("coupons", equalTo(3)).body("amountToPayCents", equalTo(418));
        assertEquals(300, fund.balance(antennaId));
        // Changing the lines without saying anything about coupons keeps them.
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("offerId", flour, "quantity", 3))))
                .put("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200)
                .body("coupons", equalTo(3));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("offerId", flour, "quantity", 3)), "coupons", 1))
                .put("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200)
                .body("coupons", equalTo(1));
        assertEquals(100, fund.balance(antennaId));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .delete("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200);
        assertEquals(0, fund.balance(antennaId));
        assertTrue(fund.integrityProblems().isEmpty(), fund.integrityProblems().toString());
    }

    @Test
    void aRequestTheFundCannotCoverKeepsTheOrderAndSaysWhatIsPossible() {
        Setup setup = rounds.openRound(null);
        donate(setup, 150);
        long flour = rounds.offerId(setup, 1);
        long householdId = fixtures.household(setup.place(), "Juste", 1).id;
        // 10 kg = 5,90 €: 30 % = 1,77 € > 1,50 €; 20 % = 1,18 € fits.
        Order order = orders.place(setup.round().id, householdId, List.of(new LineCommand(flour, BigDecimal.TEN)), 30,
                null, Instant.now());
        assertEquals(0, order.fundReductionCents);
        assertTrue(order.fundMessage.contains("20 % possible ce mois-ci"), order.fundMessage);
        assertEquals(150, fund.balance(setup.place().antenna().id));
        long saved = QuarkusTransaction.requiringNew().call(() -> Order.count("round.id", setup.round().id));
        assertEquals(1, saved, "the order is kept");
    }

    @Test
    void concurrentDrawsNeverTakeTheFundBelowItsFloor() throws Exception {
        Setup setup = rounds.openRound(null);
        long antennaId = setup.place().antenna().id;
        QuarkusTransaction.requiringNew().run(() -> {
            Antenna antenna = Antenna.findById(antennaId);
            antenna.fundReserveFloorCents = 1_000;
        });
        donate(setup, 2_000);
        long flour = rounds.offerId(setup, 1);
        // Each household: 10 kg = 5,90 €, 30 % = 1,77 €. 1 000 cents above the floor serve 5 of 16.
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(fixtures.household(setup.place(), "Concurrence " + i, 1).id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int granted = 0;
        try {
            List<Callable<Order>> calls = new ArrayList<>();
            for (long id : ids) {
                calls.add(() -> orders.place(setup.round().id, id, List.of(new LineCommand(flour, BigDecimal.TEN)), 30,
                        null, Instant.now()));
            }
            for (Future<Order> f : pool.invokeAll(calls)) {
                if (f.get().fundReductionCents > 0) {
                    granted++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, granted);
        assertEquals(2_000 - 5 * 177, fund.balance(antennaId));
        assertTrue(fund.balance(antennaId) >= 1_000);
        assertTrue(fund.integrityProblems().isEmpty(), fund.integrityProblems().toString());
    }

    @Test
    void settingsAndTier3SurplusAtClosing() {
        Setup setup = rounds.openRound(null);
        long antennaId = setup.place().antenna().id;
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("rates", List.of(15, 25), "reserveFloorCents", 500, "tier3Surplus", true))
                .put("/api/fund/" + antennaId + "/settings").then().statusCode(200)
                .body("rates", org.hamcrest.Matchers.contains(15, 25)).body("tier3Surplus", equalTo(true));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("rates", List.of(0), "reserveFloorCents", 0))
                .put("/api/fund/" + antennaId + "/settings").then().statusCode(400);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/caisse-solidaire/" + antennaId)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("value=\"15, 25\""));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("rates", "dix").post("/caisse-solidaire/" + antennaId + "/reglages").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("Taux séparés par des virgules"));
        long flour = rounds.offerId(setup, 1);
        long solidarity = fixtures.household(setup.place(), "Solidaire", 3).id;
        long small = fixtures.household(setup.place(), "Petit budget", 1).id;
        // tier 3 flour: 1,35 € for a cost of 1,17 € → 0,18 € × 10 kg = 1,80 € of surplus; tier 1 gives none.
        orders.place(setup.round().id, solidarity, List.of(new LineCommand(flour, BigDecimal.TEN)), null, Instant.now());
        orders.place(setup.round().id, small, List.of(new LineCommand(flour, BigDecimal.TEN)), null, Instant.now());
        org.paniercommun.kernel.InvalidInputException refused = assertThrows(
                org.paniercommun.kernel.InvalidInputException.class, () -> orders.place(setup.round().id, small,
                        List.of(new LineCommand(flour, BigDecimal.TEN)), 30, null, Instant.now()));
        assertEquals("Réductions possibles : 15 %, 25 %.", refused.getMessage());
        roundService.close(setup.round().id, Instant.now());
        // The surplus follows what is handed out (issue 23): 20 kg of a 25 kg sack are not a whole sack yet.
        assertEquals(0, fund.balance(antennaId));
        closingService.decide(setup.round().id, flour, new org.paniercommun.closing.ClosingService.DecisionCommand(
                org.paniercommun.pricing.CaseRounding.Decision.ROUND_UP, false));
        closingService.confirm(setup.round().id, Instant.now());
        assertEquals(180, fund.balance(antennaId));
        assertTrue(fund.integrityProblems().isEmpty());
    }

    @Test
    void theLedgerIsAppendOnly() {
        Setup setup = rounds.openRound(null);
        donate(setup, 500);
        long antennaId = setup.place().antenna().id;
        Exception e = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                FundEntry.getEntityManager().createNativeQuery("update fund_entries set amount_cents = 1 "
                        + "where antenna_id = :a").setParameter("a", antennaId).executeUpdate()));
        assertTrue(String.valueOf(e.getMessage()).contains("append-only")
                || String.valueOf(e.getCause()).contains("append-only"), String.valueOf(e));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                FundEntry.getEntityManager().createNativeQuery("delete from fund_entries where antenna_id = :a")
                        .setParameter("a", antennaId).executeUpdate()));
        assertEquals(500, fund.balance(antennaId));
    }

    @Test
    void correctionsNeedAReasonAndInflowsArePositive() {
        Setup setup = rounds.openRound(null);
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = setup.place().antenna().id;
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("kind", "CORRECTION", "amountCents", -100))
                .post("/api/fund/" + antennaId + "/entries").then().statusCode(400)
                .body("violations[0].message", equalTo("Une correction doit toujours avoir un motif."));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("kind", "GRANT", "amountCents", -100))
                .post("/api/fund/" + antennaId + "/entries").then().statusCode(400);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAW", "amountCents", -100))
                .post("/api/fund/" + antennaId + "/entries").then().statusCode(400);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("kind", "GRANT", "amountCents", 50_000, "donorName", "Mieux manger pour tous"))
                .post("/api/fund/" + antennaId + "/entries").then().statusCode(201);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("kind", "CORRECTION", "amountCents", -60_000, "reason", "erreur de saisie"))
                .post("/api/fund/" + antennaId + "/entries").then().statusCode(409);
        given().auth().preemptive().basic(accounts.volunteerOf(setup.place().group().id), TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("kind", "GRANT", "amountCents", 100))
                .post("/api/fund/" + antennaId + "/entries").then().statusCode(400);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/api/fund/" + antennaId).then()
                .statusCode(200).body("balanceCents", equalTo(50_000)).body("inflowsByKind.GRANT", equalTo(50_000));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/caisse-solidaire/" + antennaId)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("500,00\u00a0€"))
                .body(org.hamcrest.Matchers.containsString("\"values\":[500.00]"))
                .body(org.hamcrest.Matchers.containsString("/webjars/chart.js/4.5.1/dist/chart.umd.js"));
        given().get("/webjars/chart.js/4.5.1/dist/chart.umd.js").then().statusCode(200);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("kind", "CORRECTION").formParam("amount", "-5")
                .post("/caisse-solidaire/" + antennaId).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("Une correction doit toujours avoir un motif."));
        given().get("/caisse-solidaire").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("sans justificatif"));
    }

    @Test
    void noStaffOutputLinksAHouseholdToItsDraw() {
        Setup setup = rounds.openRound(null);
        long antennaId = setup.place().antenna().id;
        donate(setup, 10_000);
        long flour = rounds.offerId(setup, 1);
        String name = Fixtures.unique("Famille Discrète");
        String login = householdLogin(setup, name);
        // 7 kg = 4,13 €; 30 % = 1,24 € (a distinctive amount)
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("offerId", flour, "quantity", 7)), "fundRatePercent", 30))
                .put("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200)
                .body("fundReductionCents", equalTo(124));
        long householdId = given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/households/me")
                .then().extract().jsonPath().getLong("id");
        String coordinator = accounts.create(Role.COORDINATOR);
        String volunteer = fixtures.volunteerOf(setup.place());
        long roundId = setup.round().id;
        List<String> staffUrls = List.of("/api/rounds/" + roundId + "/orders",
                "/api/rounds/" + roundId + "/orders/households/" + householdId,
                "/api/households/" + householdId, "/api/households?q=" + name.split(" ")[2],
                "/api/households/" + householdId + "/personal-data",
                "/api/fund/" + antennaId, "/api/fund/" + antennaId + "/entries", "/api/fund/" + antennaId + "/public",
                "/tournees/" + roundId, "/tournees/" + roundId + "/saisie", "/caisse-solidaire/" + antennaId,
                "/tournees/" + roundId + "/saisie/" + householdId, "/foyers/" + householdId,
                "/tournees/" + roundId + "/bon-de-commande?groupId=" + setup.place().group().id);
        for (String who : List.of(coordinator, volunteer)) {
            for (String url : staffUrls) {
                String body = given().auth().preemptive().basic(who, TestAccounts.PASSWORD).get(url).then()
                        .extract().asString();
                String lower = body.toLowerCase();
                boolean mentionsHousehold = body.contains(name) || body.contains("\"id\":" + householdId)
                        || body.contains("householdId\":" + householdId);
                if (mentionsHousehold) {
                    assertFalse(lower.contains("\"fundreductioncents\"") || lower.contains("\"fundratepercent\"")
                            || body.contains("1,24") || body.contains(":124,") || body.contains(":124}")
                            || body.contains("value=\"30\" checked") || lower.contains("caisse solidaire : −"),
                            who + " " + url + " reveals the draw: " + body);
                }
            }
        }
        // After the deadline: the closing, distribution and pickup outputs do not reveal it either.
        roundService.setSlots(roundId, List.of(new org.paniercommun.round.RoundService.SlotCommand(
                setup.place().relayPoint().id, java.time.LocalDate.now().plusDays(2), "14 h – 17 h")));
        roundService.close(roundId, java.time.Instant.now());
        // 7 kg of a 25 kg sack: the coordinator completes it, so the household keeps its flour (and its reduction).
        closingService.decide(roundId, flour, new org.paniercommun.closing.ClosingService.DecisionCommand(
                org.paniercommun.pricing.CaseRounding.Decision.ROUND_UP, false));
        closingService.confirm(roundId, java.time.Instant.now());
        long slotId = roundService.slots(roundId).get(0).id;
        long orderId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.paniercommun.ordering.Order.<org.paniercommun.ordering.Order>find("household.id", householdId)
                        .firstResult().id);
        List<String> afterClosing = List.of("/api/rounds/" + roundId + "/closing", "/tournees/" + roundId + "/cloture",
                "/api/rounds/" + roundId + "/distribution/" + slotId, "/tournees/" + roundId + "/distribution/" + slotId,
                "/tournees/" + roundId + "/distribution/" + slotId + "/" + orderId,
                "/api/rounds/" + roundId + "/orders/households/" + householdId,
                "/api/rounds/" + roundId + "/purchase-orders", "/tournees/" + roundId + "/bons-de-commande",
                "/tournees/" + roundId + "/listes/" + slotId + "/emargement",
                "/tournees/" + roundId + "/listes/" + slotId + "/emargement.csv",
                "/api/reports/funders?antennaId=" + antennaId, "/rapports/financeurs?antenne=" + antennaId);
        for (String who : List.of(coordinator, volunteer)) {
            for (String url : afterClosing) {
                var response = given().auth().preemptive().basic(who, TestAccounts.PASSWORD).get(url);
                if (response.statusCode() == 403) {
                    continue; // the closing page is for coordinators only
                }
                // The bons box says the same to everybody ("up to 30 % of what you pay"): not about a household.
                String body = response.then().statusCode(200).extract().asString()
                        .replaceAll("(?s)<section class=\"bons\".*?</section>", "");
                String lower = body.toLowerCase();
                assertFalse(lower.contains("fundreduction") || lower.contains("fundrate") || body.contains("1,24")
                        || body.contains(":124,") || body.contains(":124}") || lower.contains("caisse solidaire : −")
                        || lower.contains("30 %"), who + " " + url + " reveals the draw: " + body);
            }
        }
        // The household itself sees its reduction.
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/orders/mine").then().body("fundReductionCents", equalTo(124));
        // Its own data export has it too; the coordinator's export of the same household has no such field.
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/households/me/personal-data").then()
                .statusCode(200).body("orders[0].fundReductionCents", equalTo(124))
                .body("orders[0].round", org.hamcrest.Matchers.notNullValue());
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/households/" + householdId + "/personal-data").then().statusCode(200)
                .body("orders", org.hamcrest.Matchers.hasSize(1))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("fundReductionCents")));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes/" + roundId).then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("Caisse solidaire"))
                .body(org.hamcrest.Matchers.containsString("1,24"));
    }

    @Inject
    org.paniercommun.closing.ClosingService closingService;
}
