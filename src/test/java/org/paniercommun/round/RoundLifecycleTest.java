package org.paniercommun.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.round.RoundFixtures.Setup;
import org.paniercommun.kernel.ConflictException;

@QuarkusTest
class RoundLifecycleTest {

    @Inject
    RoundFixtures fixtures;

    @Inject
    RoundService rounds;

    @Inject
    TestAccounts accounts;

    @Inject
    ClosedRounds closedRounds;

    @Test
    void onlyValidTransitionsAreAcceptedWith409Otherwise() {
        Setup setup = fixtures.draftRound(null);
        long id = setup.round().id;
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/close")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("« En préparation » : elle ne peut pas passer à « Clôturée »"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/open")
                .then().statusCode(200).body("status", equalTo("OPEN"))
                .body("allowedTransitions", hasItems("CLOSED", "CANCELLED"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/open")
                .then().statusCode(409);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/settle")
                .then().statusCode(409);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/distribute")
                .then().statusCode(200).body("status", equalTo("DISTRIBUTED"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/cancel")
                .then().statusCode(409);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/settle")
                .then().statusCode(200).body("status", equalTo("SETTLED"));
        given().auth().preemptive().basic(accounts.create(Role.VOLUNTEER), TestAccounts.PASSWORD)
                .post("/api/rounds/" + id + "/cancel").then().statusCode(403);
    }

    /** Issue 20: "Marquer distribuée" showed right after closing, before any relay point had distributed. */
    @Test
    void aRoundIsMarkedDistributedOnlyOnceEveryRelayPointClosedItsDay() {
        ClosedRounds.Closed closed = closedRounds.closedRound();
        long id = closed.roundId();
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + id).then()
                .statusCode(200).body(org.hamcrest.Matchers.not(containsString("Marquer distribuée")));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).formParam("action", "distribute")
                .post("/tournees/" + id + "/etat").then().statusCode(409)
                .body(containsString("1 point(s) relais n&#39;ont pas clôturé leur journée de distribution"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + id + "/distribute")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("n'ont pas clôturé leur journée de distribution"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/api/rounds/" + id).then()
                .statusCode(200).body("allowedTransitions", org.hamcrest.Matchers.not(hasItems("DISTRIBUTED")));
        assertEquals(RoundStatus.CLOSED, statusOf(id));

        // Every relay point has closed its day (closed in SQL: the last closing would mark the round itself).
        QuarkusTransaction.requiringNew().run(() -> RoundSlot.update("closedAt = ?1 where round.id = ?2",
                Instant.now(), id));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + id).then()
                .statusCode(200).body(containsString("Marquer distribuée"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("action", "distribute").post("/tournees/" + id + "/etat").then().statusCode(303);
        assertEquals(RoundStatus.DISTRIBUTED, statusOf(id));
    }

    private RoundStatus statusOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Round.<Round>findById(id).status);
    }

    @Test
    void statusRulesCoverEveryPair() {
        for (RoundStatus from : RoundStatus.values()) {
            for (RoundStatus to : RoundStatus.values()) {
                boolean expected = switch (from) {
                    case DRAFT -> to == RoundStatus.OPEN || to == RoundStatus.CANCELLED;
                    case OPEN -> to == RoundStatus.CLOSED || to == RoundStatus.CANCELLED;
                    case CLOSED -> to == RoundStatus.DISTRIBUTED || to == RoundStatus.CANCELLED;
                    case DISTRIBUTED -> to == RoundStatus.SETTLED;
                    case SETTLED, CANCELLED -> false;
                };
                assertEquals(expected, from.canBecome(to), from + " -> " + to);
            }
        }
    }

    @Test
    void openingFreezesPricesAndLaterCoefficientChangesDoNotTouchThem() {
        Setup setup = fixtures.draftRound(null);
        long id = setup.round().id;
        String coordinator = accounts.create(Role.COORDINATOR);
        // Before opening: the antenna's current settings (50 / 90 / 115 %). Lentils cost 2,37 €/kg.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/api/rounds/" + id + "/offer")
                .then().statusCode(200)
                .body("find { it.name == 'Lentilles vertes' }.pricesFrozen", equalTo(false))
                .body("find { it.name == 'Lentilles vertes' }.tier1PriceCents", equalTo(119));
        rounds.open(id, Instant.now());
        // The antenna changes its coefficients and step after opening.
        QuarkusTransaction.requiringNew().run(() -> {
            Antenna antenna = Antenna.findById(setup.place().antenna().id);
            antenna.tier1Percent = new BigDecimal("30");
            antenna.tier3Percent = new BigDecimal("150");
            antenna.priceStepCents = 10;
        });
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/api/rounds/" + id + "/offer")
                .then().statusCode(200)
                .body("find { it.name == 'Lentilles vertes' }.pricesFrozen", equalTo(true))
                .body("find { it.name == 'Lentilles vertes' }.costPriceCents", equalTo(237))
                .body("find { it.name == 'Lentilles vertes' }.tier1PriceCents", equalTo(119))
                .body("find { it.name == 'Lentilles vertes' }.tier2PriceCents", equalTo(213))
                .body("find { it.name == 'Lentilles vertes' }.tier3PriceCents", equalTo(273))
                .body("find { it.name == 'Farine T80' }.tier3PriceCents", equalTo(135));
        // A new round of the same antenna uses the new settings: 2,37 € × 30 % = 0,711 € → 0,70 € (step 0,10 €).
        Setup second = fixtures.draftRound(null);
        QuarkusTransaction.requiringNew().run(() -> {
            Antenna antenna = Antenna.findById(second.place().antenna().id);
            antenna.tier1Percent = new BigDecimal("30");
            antenna.priceStepCents = 10;
        });
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + second.round().id + "/offer").then()
                .body("find { it.name == 'Lentilles vertes' }.tier1PriceCents", equalTo(70));
    }

    @Test
    void onePriceForAllProductsCostTheCostPriceInEveryTier() {
        Setup setup = fixtures.draftRound(null);
        String coordinator = accounts.create(Role.COORDINATOR);
        long flourId = setup.products().get(1).id();
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/api/products/" + flourId)
                .then().statusCode(200).body("onePriceForAll", equalTo(false));
        QuarkusTransaction.requiringNew().run(() -> {
            org.paniercommun.catalogue.Product flour = org.paniercommun.catalogue.Product.findById(flourId);
            flour.onePriceForAll = true;
        });
        rounds.open(setup.round().id, Instant.now());
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + setup.round().id + "/offer").then()
                .body("find { it.name == 'Farine T80' }.tier1PriceCents", equalTo(117))
                .body("find { it.name == 'Farine T80' }.tier2PriceCents", equalTo(117))
                .body("find { it.name == 'Farine T80' }.tier3PriceCents", equalTo(117))
                .body("find { it.name == 'Lentilles vertes' }.tier1PriceCents", equalTo(119));
    }

    @Test
    void openingNeedsAnOffer() {
        Setup setup = fixtures.draftRound(null);
        rounds.setOffer(setup.round().id, List.of());
        ConflictException e = assertThrows(ConflictException.class, () -> rounds.open(setup.round().id, Instant.now()));
        assertEquals("Ajoutez au moins un produit à l'offre avant d'ouvrir la tournée.", e.getMessage());
    }

    @Test
    void dueRoundsOpenAndCloseOnTheirOwnExactlyOnceUnderConcurrency() throws Exception {
        Setup setup = fixtures.draftRound(null);
        long id = setup.round().id;
        Instant now = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> opened = pool.invokeAll(List.<Callable<Integer>>of(() -> rounds.openDue(now),
                    () -> rounds.openDue(now), () -> rounds.openDue(now), () -> rounds.openDue(now)));
            int timesThisRoundOpened = 0;
            for (Future<Integer> f : opened) {
                timesThisRoundOpened += f.get();
            }
            // Other tests' due rounds may open too; this round opened once and only once.
            Round round = fresh(id);
            assertEquals(RoundStatus.OPEN, round.status);
            assertNotNull(round.openedAt);
            org.junit.jupiter.api.Assertions.assertTrue(timesThisRoundOpened >= 1);
            Instant openedAt = round.openedAt;
            rounds.openDue(now.plusSeconds(60));
            assertEquals(openedAt, fresh(id).openedAt, "not opened a second time");

            Instant afterDeadline = round.deadline.plus(1, ChronoUnit.MINUTES);
            List<Future<Integer>> closed = pool.invokeAll(List.<Callable<Integer>>of(() -> rounds.closeDue(afterDeadline),
                    () -> rounds.closeDue(afterDeadline), () -> rounds.closeDue(afterDeadline)));
            for (Future<Integer> f : closed) {
                f.get();
            }
            assertEquals(RoundStatus.CLOSED, fresh(id).status);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads in a transaction of its own: the test thread's session would return what it saw before. */
    private Round fresh(long id) {
        return QuarkusTransaction.requiringNew().call(() -> rounds.round(id));
    }

    @Test
    void roundNeedsADeadlineAfterOpeningAndGroupsOfItsAntenna() {
        Setup setup = fixtures.draftRound(null);
        String coordinator = accounts.create(Role.COORDINATOR);
        Instant now = Instant.now();
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("antennaId", setup.place().antenna().id, "name", "Décembre",
                        "opensAt", now.toString(), "deadline", now.minusSeconds(60).toString(),
                        "groupIds", List.of(setup.place().group().id)))
                .post("/api/rounds").then().statusCode(400)
                .body("violations[0].field", equalTo("deadline"))
                .body("violations[0].message", equalTo("La date limite doit être après l'ouverture."));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("antennaId", setup.place().antenna().id, "name", "", "groupIds", List.of()))
                .post("/api/rounds").then().statusCode(400)
                .body("violations.field", hasItems("name", "opensAt", "deadline", "groupIds"));
    }
}
