package org.paniercommun.distribution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderLine;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.ordering.PickupStatus;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.ordering.HouseholdAccounts;

/** The closing page and the distribution screen, as a coordinator and a volunteer use them. */
@QuarkusTest
class DistributionPagesTest {

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

    @Test
    void aCoordinatorRoundsUpOnThePageThenAVolunteerHandsOutWithAWeighedQuantity() {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(2),
                "14 h – 17 h")));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        Household h = fixtures.household(setup.place(), Fixtures.unique("Foyer Martin"), 2);
        orders.place(roundId, h.id, List.of(new LineCommand(lentils, new BigDecimal("20"))), null, Instant.now());
        rounds.close(roundId, Instant.now());

        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + roundId + "/cloture")
                .then().statusCode(200).body(containsString("Il manque 5 kg pour compléter le colis n° 1 de"));
        // A form without a choice is re-shown with the error next to the product.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType("application/x-www-form-urlencoded")
                .post("/tournees/" + roundId + "/cloture/colis/" + lentils).then().statusCode(400)
                .body(containsString("Choisissez : compléter le sac ou réduire les commandes."));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("decision", "ROUND_UP").post("/tournees/" + roundId + "/cloture/colis/" + lentils)
                .then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .post("/tournees/" + roundId + "/cloture/valider").then().statusCode(303);

        String volunteer = fixtures.volunteerOf(setup.place());
        long slotId = rounds.slots(roundId).get(0).id;
        long orderId = QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("household.id", h.id)
                .firstResult().id);
        long lineId = QuarkusTransaction.requiringNew().call(() -> OrderLine.<OrderLine>find("order.id", orderId)
                .firstResult().id);
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/distribution/" + slotId).then().statusCode(200)
                .body(containsString(h.displayName)).body(not(containsString("éduction")));
        String page = given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/distribution/" + slotId + "/" + orderId).then().statusCode(200)
                .body(containsString("À payer")).extract().asString();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        // A typo in the weight is re-shown next to the line, nothing saved.
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).formParam("version", version)
                .formParam("w-" + lineId, "dix").formParam("action", "remettre")
                .post("/tournees/" + roundId + "/distribution/" + slotId + "/" + orderId).then().statusCode(400)
                .body(containsString("dix"));
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("version", version).formParam("w-" + lineId, "19,5").formParam("paymentAmount", "10")
                .formParam("paymentMethod", "CHEQUE").formParam("action", "remettre")
                .post("/tournees/" + roundId + "/distribution/" + slotId + "/" + orderId).then().statusCode(303);
        Order saved = QuarkusTransaction.requiringNew().call(() -> Order.<Order>findById(orderId));
        assertEquals(PickupStatus.PICKED_UP, saved.pickupStatus);
        OrderLine line = QuarkusTransaction.requiringNew().call(() -> OrderLine.<OrderLine>findById(lineId));
        assertEquals(0, new BigDecimal("19.5").compareTo(line.deliveredQuantity));
        // The same (now old) version again: a conflict (409, issue 26), with the other-volunteer message.
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).formParam("version", version)
                .formParam("action", "remettre")
                .post("/tournees/" + roundId + "/distribution/" + slotId + "/" + orderId).then().statusCode(409)
                .body(containsString("Un autre bénévole"));
    }

    @Inject
    org.paniercommun.household.HouseholdService householdService;

    @Test
    void aHouseholdStatesAToleranceOnTheOrderPageAndSeesWhatItGetsAfterClosing() {
        RoundFixtures.Setup setup = roundFixtures.openRound(null); // lentils in 25 kg sacks, step 0,5 kg
        long roundId = setup.round().id;
        long lentils = roundFixtures.offerId(setup, 0);
        String login = "foyer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Household own = householdService.registerWithAccount(new org.paniercommun.household.HouseholdService.HouseholdCommand(
                Fixtures.unique("Foyer Leroy"), 2, null, null, setup.place().group().id, setup.place().relayPoint().id, 2),
                login, TestAccounts.PASSWORD);
        Household other = fixtures.household(setup.place(), Fixtures.unique("Voisin"), 2);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes/" + roundId).then()
                .statusCode(200).body(containsString("Aider à compléter un sac de 25 kg ?"))
                .body(containsString("J&#39;accepte jusqu&#39;à"));
        // A tolerance that is not a multiple of the step is shown next to the field.
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).formParam("q-" + lentils, "20")
                .formParam("t-" + lentils, "0,3").post("/commandes/" + roundId).then().statusCode(400)
                .body(containsString("la tolérance se donne par 0,5 kg"));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("q-" + lentils, "20").formParam("t-" + lentils, "3").post("/commandes/" + roundId).then()
                .statusCode(303);
        orders.place(roundId, other.id, List.of(new LineCommand(lentils, new BigDecimal("3"))), null, Instant.now());
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        // 23 kg ordered: the household's tolerance completes the sack with 2 kg more.
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes/" + roundId).then()
                .statusCode(200).body(containsString("22 kg")).body(containsString("sac complété"));
        assertEquals(0, new BigDecimal("22").compareTo(QuarkusTransaction.requiringNew().call(() ->
                OrderLine.<OrderLine>find("order.household.id", own.id).firstResult().quantityToHandOut())));
    }

    /** A closed round, its allocation confirmed, with one household at the relay point (a full 25 kg sack of lentils). */
    private record Day(long roundId, long slotId, long orderId, Household household, String volunteer) {
    }

    private Day distributionDay() {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now(), "14 h – 17 h")));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        Household h = fixtures.household(setup.place(), Fixtures.unique("Foyer Dupont"), 3);
        orders.place(roundId, h.id, List.of(new LineCommand(lentils, new BigDecimal("25"))), null, Instant.now());
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        long slotId = rounds.slots(roundId).get(0).id;
        long orderId = QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("household.id", h.id)
                .firstResult().id);
        return new Day(roundId, slotId, orderId, h, fixtures.volunteerOf(setup.place()));
    }

    private static String version(String login, Day day) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/tournees/" + day.roundId() + "/distribution/" + day.slotId() + "/" + day.orderId()).then()
                .statusCode(200).extract().asString().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
    }

    @Inject
    HouseholdAccounts householdAccounts;

    @Test
    void handingOutWithoutAPaymentAsksBeforeLeavingADebt() {
        Day day = distributionDay();
        String path = "/tournees/" + day.roundId() + "/distribution/" + day.slotId() + "/" + day.orderId();
        given().auth().preemptive().basic(day.volunteer(), TestAccounts.PASSWORD).formParam("version", version(day.volunteer(), day))
                .formParam("action", "remettre").post(path).then().statusCode(400)
                .body(containsString("Aucun paiement saisi : il reste"))
                .body(containsString("Le foyer paiera plus tard (dette)"));
        Order unchanged = QuarkusTransaction.requiringNew().call(() -> Order.<Order>findById(day.orderId()));
        assertEquals(PickupStatus.WAITING, unchanged.pickupStatus, "nothing saved until the volunteer says so");

        given().auth().preemptive().basic(day.volunteer(), TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("version", version(day.volunteer(), day)).formParam("action", "remettre")
                .formParam("leaveDebt", "oui").post(path).then().statusCode(303);
        Order served = QuarkusTransaction.requiringNew().call(() -> Order.<Order>findById(day.orderId()));
        assertEquals(PickupStatus.PICKED_UP, served.pickupStatus);
        assertEquals(served.amountToPayCents(), householdAccounts.balance(day.household().id), "the debt, as confirmed");
    }

    @Test
    void aCoordinatorReopensAHouseholdAfterTheDayClosedAndBothStepsAreAudited() {
        Day day = distributionDay();
        String list = "/tournees/" + day.roundId() + "/distribution/" + day.slotId();
        String path = list + "/" + day.orderId();
        given().auth().preemptive().basic(day.volunteer(), TestAccounts.PASSWORD).redirects().follow(false)
                .post(list + "/cloturer").then().statusCode(303);
        String coordinator = accounts.create(Role.COORDINATOR);
        // Closed: the household was marked absent, and nobody can change it any more (a conflict: 409, issue 26)...
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).formParam("version", version(coordinator, day))
                .formParam("paymentAmount", "5").formParam("paymentMethod", "CASH").formParam("action", "remettre")
                .post(path).then().statusCode(409).body(containsString("est close"));
        // ...until a coordinator reopens it, with a reason; a volunteer may not.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(list).then().statusCode(200)
                .body(containsString("Rouvrir pour corriger"));
        given().auth().preemptive().basic(day.volunteer(), TestAccounts.PASSWORD).formParam("version", version(coordinator, day))
                .formParam("reason", "venue en retard").post(path + "/rouvrir").then().statusCode(403);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).formParam("version", version(coordinator, day))
                .formParam("reason", " ").post(path + "/rouvrir").then().statusCode(400)
                .body(containsString("Dites pourquoi vous rouvrez ce foyer."));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("version", version(coordinator, day)).formParam("reason", "venue après la clôture")
                .post(path + "/rouvrir").then().statusCode(303).header("Location", containsString(path + "?ok="));
        Order reopened = QuarkusTransaction.requiringNew().call(() -> Order.<Order>findById(day.orderId()));
        assertEquals(PickupStatus.WAITING, reopened.pickupStatus);

        long due = reopened.amountToPayCents();
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("version", version(coordinator, day))
                .formParam("paymentAmount", org.paniercommun.kernel.Money.decimal(due).replace('.', ','))
                .formParam("paymentMethod", "CASH").formParam("action", "remettre").post(path).then().statusCode(303);
        Order corrected = QuarkusTransaction.requiringNew().call(() -> Order.<Order>findById(day.orderId()));
        assertEquals(PickupStatus.PICKED_UP, corrected.pickupStatus);
        assertEquals(null, corrected.reopenedAt, "closed again once corrected");
        assertEquals(0L, householdAccounts.balance(day.household().id));
        List<org.paniercommun.audit.AuditEntry> trail = QuarkusTransaction.requiringNew().call(() ->
                org.paniercommun.audit.AuditEntry.<org.paniercommun.audit.AuditEntry>list(
                        "subject like ?1 order by id", "commande " + day.orderId() + " %"));
        assertEquals(List.of("distribution.reopen", "distribution.correction"), trail.stream().map(e -> e.action).toList());
        assertEquals(coordinator, trail.get(0).actor);
        assertTrue(trail.get(0).detail.contains("venue après la clôture"), trail.get(0).detail);
        // Corrected: closed again for everyone (a conflict: 409, issue 26).
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).formParam("version", version(coordinator, day))
                .formParam("action", "enregistrer").post(path).then().statusCode(409).body(containsString("est close"));
    }
}
