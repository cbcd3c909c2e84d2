package org.paniercommun.distribution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        // The same (now old) version again: refused with the other-volunteer message.
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).formParam("version", version)
                .formParam("action", "remettre")
                .post("/tournees/" + roundId + "/distribution/" + slotId + "/" + orderId).then().statusCode(400)
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
                .statusCode(200).body(containsString("Pour compléter un sac de 25 kg, j&#39;accepte jusqu&#39;à"));
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
}
