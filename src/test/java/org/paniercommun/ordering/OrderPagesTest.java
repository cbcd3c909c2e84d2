package org.paniercommun.ordering;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundFixtures.Setup;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundStatus;

@QuarkusTest
class OrderPagesTest {

    @Inject
    RoundFixtures rounds;

    @Inject
    Fixtures fixtures;

    @Inject
    HouseholdService households;

    @Inject
    TestAccounts accounts;

    @Inject
    RoundService roundService;

    private String householdLogin(Setup setup, int tier) {
        String login = "page-" + System.nanoTime() + "@example.org";
        households.registerWithAccount(new HouseholdCommand(Fixtures.unique("Foyer"), 2, null, null,
                setup.place().group().id, setup.place().relayPoint().id, tier), login, TestAccounts.PASSWORD);
        return login;
    }

    @Test
    void householdOrdersOnItsPhoneAtItsOwnTierPrice() {
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        String login = householdLogin(setup, 3);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes").then().statusCode(200)
                .body(containsString(setup.round().name)).body(containsString("Pas encore commandé"));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes/" + setup.round().id).then()
                .statusCode(200)
                .body(containsString("Lentilles vertes"))
                .body(containsString("2,73\u00a0€"))          // tier 3 price of lentils
                .body(not(containsString("1,19\u00a0€")))     // not the tier 1 price
                .body(containsString("data-step=\"0,5\""));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("q-" + lentils, "1,5")
                .post("/commandes/" + setup.round().id).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/commandes/" + setup.round().id + "/confirmation"));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes").then()
                .body(containsString("Commande envoyée, à payer au retrait : 4,10\u00a0€"));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes/" + setup.round().id).then()
                .body(containsString("value=\"1,5\"")).body(containsString("Enregistrer les changements"));
    }

    @Test
    void wrongQuantitiesAreShownNextToTheProductAndNothingIsSaved() {
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        long flour = rounds.offerId(setup, 1);
        String login = householdLogin(setup, 1);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("q-" + lentils, "1,3").formParam("q-" + flour, "beaucoup")
                .post("/commandes/" + setup.round().id).then().statusCode(400)
                .body(containsString("id=\"e-" + lentils + "\">Lentilles vertes : se commande par 0,5 kg."))
                .body(containsString("id=\"e-" + flour + "\">"))
                .body(containsString("value=\"beaucoup\""))
                .body(containsString("Rien n&#39;a été enregistré"));
        long count = QuarkusTransaction.requiringNew().call(() -> Order.count("round.id", setup.round().id));
        assertEquals(0, count);
    }

    @Test
    void capRefusalKeepsEverythingTheHouseholdTyped() {
        Setup setup = rounds.openRound(new BigDecimal("2"));
        long lentils = rounds.offerId(setup, 0);
        long flour = rounds.offerId(setup, 1);
        String login = householdLogin(setup, 2);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("q-" + lentils, "3").formParam("q-" + flour, "2")
                .post("/commandes/" + setup.round().id).then().statusCode(409)
                .body(containsString("Plus assez de « Lentilles vertes » : il en reste 2 kg pour vous."))
                .body(containsString("value=\"3\"")).body(containsString("value=\"2\""));
    }

    @Test
    void volunteerTypesAPaperOrderForm() {
        Setup setup = rounds.openRound(null);
        long flour = rounds.offerId(setup, 1);
        long householdId = fixtures.household(setup.place(), "Mme Papier", 1).id;
        given().auth().preemptive().basic(accounts.create(Role.VOLUNTEER), TestAccounts.PASSWORD)
                .get("/tournees/" + setup.round().id + "/saisie/" + householdId).then().statusCode(404);
        String volunteer = fixtures.volunteerOf(setup.place());
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).get("/saisie").then().statusCode(200)
                .body(containsString("/tournees/" + setup.round().id + "/saisie"));
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).queryParam("q", "Papier")
                .get("/tournees/" + setup.round().id + "/saisie").then().statusCode(200)
                .body(containsString("/tournees/" + setup.round().id + "/saisie/" + householdId));
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .get("/tournees/" + setup.round().id + "/saisie/" + householdId).then().statusCode(200)
                .body(containsString("Bon de commande de <strong>Mme Papier</strong>"))
                // No price: a price at this household's tier would tell its tier (issue 23); no fund choice either.
                .body(not(containsString("0,59\u00a0€"))).body(not(containsString("name=\"fundRate\"")));
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("q-" + flour, "4")
                .post("/tournees/" + setup.round().id + "/saisie/" + householdId).then().statusCode(303)
                .header("Location", containsString("saisie?ok="));
        Order order = QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("round.id = ?1 and household.id = ?2",
                setup.round().id, householdId).singleResult());
        assertEquals(236, order.totalCents);
        assertEquals(volunteer, order.enteredBy);
    }

    /** Without a script, the jump field asks the server, which puts the cursor on the product asked for. */
    @Test
    void paperEntryJumpsToAProductByItsNumberOrNameWithoutAScript() {
        Setup setup = rounds.openRoundOfThree();
        long chickpeas = rounds.offerId(setup, 2);
        long lentils = rounds.offerId(setup, 0);
        long householdId = fixtures.household(setup.place(), "Mme Bond", 1).id;
        String volunteer = fixtures.volunteerOf(setup.place());
        String path = "/tournees/" + setup.round().id + "/saisie/" + householdId;
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).queryParam("aller", "3").get(path).then()
                .statusCode(200)
                .body(containsString("<span class=\"item-number\">3.</span> <strong>Pois chiches</strong>"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"q-" + chickpeas + "\"[^>]*autofocus.*"))
                .body(not(containsString("<div class=\"tolerance\">")));
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).queryParam("aller", "lentille").get(path)
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"q-" + lentils + "\"[^>]*autofocus.*"));
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).queryParam("aller", "Chocolat").get(path)
                .then().statusCode(200).body(containsString("Aucun produit ne correspond à « Chocolat »."));
    }

    /** The printed order form numbers its products as the paper entry does. */
    @Test
    void thePrintedOrderFormNumbersItsProducts() {
        Setup setup = rounds.openRoundOfThree();
        String volunteer = fixtures.volunteerOf(setup.place());
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .queryParam("groupId", setup.place().group().id)
                .get("/tournees/" + setup.round().id + "/bon-de-commande").then().statusCode(200)
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*<td class=\"num\">3</td>\\s*<td>Pois chiches</td>.*"));
    }

    @Test
    void coordinatorPreparesAndOpensARoundFromThePages() {
        Setup draft = rounds.draftRound(null);
        String coordinator = accounts.create(Role.COORDINATOR);
        DateTimeFormatter input = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        String name = Fixtures.unique("Commande de janvier");
        String location = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParam("antennaId", draft.place().antenna().id).formParam("name", name)
                .formParam("opensAt", LocalDateTime.now().minusHours(1).format(input))
                .formParam("deadline", LocalDateTime.now().plusDays(10).format(input))
                .formParam("groupIds", draft.place().group().id)
                .post("/tournees/nouvelle").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + id).then()
                .statusCode(200).body(containsString("En préparation")).body(containsString("Lentilles vertes"))
                .body(containsString("/tournees/" + id + "/bon-de-commande.pdf?groupId=" + draft.place().group().id))
                .body(containsString(draft.place().relayPoint().name));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParam("productIds", draft.products().get(0).id()).formParam("cap-" + draft.products().get(0).id(), "50")
                .post("/tournees/" + id + "/offre").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParam("relayPointIds", draft.place().relayPoint().id)
                .formParam("date-" + draft.place().relayPoint().id, "2027-01-20")
                .formParam("slot-" + draft.place().relayPoint().id, "14 h – 17 h")
                .post("/tournees/" + id + "/creneaux").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("action", "open")
                .post("/tournees/" + id + "/etat").then().statusCode(303);
        Round round = QuarkusTransaction.requiringNew().call(() -> Round.<Round>findById(id));
        assertEquals(RoundStatus.OPEN, round.status);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("action", "settle").post("/tournees/" + id + "/etat").then().statusCode(409)
                .body(containsString("ne peut pas passer à « Soldée »"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("name", "").post("/tournees/nouvelle").then().statusCode(400)
                .body(containsString("Donnez un nom à la tournée."));
    }
    /** Issue 20: "Annuler la commande" cancelled in one tap; now it asks first, without JavaScript. */
    @Test
    void cancellingAnOrderAsksForConfirmationFirst() {
        Setup setup = rounds.openRound(null);
        long roundId = setup.round().id;
        long lentils = rounds.offerId(setup, 0);
        String login = householdLogin(setup, 2);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("q-" + lentils, "1").post("/commandes/" + roundId).then().statusCode(303);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes/" + roundId).then()
                .statusCode(200).body(containsString("href=\"/commandes/" + roundId + "/annuler\""))
                .body(not(containsString("action=\"/commandes/" + roundId + "/annuler\"")));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes/" + roundId + "/annuler").then()
                .statusCode(200).body(containsString("method=\"post\" action=\"/commandes/" + roundId + "/annuler\""))
                .body(containsString("href=\"/commandes/" + roundId + "\">Retour"))
                .body(containsString(setup.round().name));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/rounds/" + roundId + "/orders/mine")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false)
                .post("/commandes/" + roundId + "/annuler").then().statusCode(303);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/rounds/" + roundId + "/orders/mine")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));

        // A volunteer's paper entry asks the same way.
        String coordinator = accounts.create(Role.COORDINATOR);
        long householdId = fixtures.household(setup.place(), Fixtures.unique("Papier"), 1).id;
        String paper = "/tournees/" + roundId + "/saisie/" + householdId;
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("q-" + lentils, "1").formParam("fundRate", "keep").post(paper).then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(paper).then().statusCode(200)
                .body(containsString("href=\"" + paper + "/annuler\""));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(paper + "/annuler").then()
                .statusCode(200).body(containsString("method=\"post\" action=\"" + paper + "/annuler\""))
                .body(containsString("href=\"" + paper + "\">Retour"));
    }

    /** Issue 20: a settled round's orders still said "Envoyée" to the household. */
    @Test
    void theOrderStatusFollowsTheRound() {
        Setup setup = rounds.openRound(null);
        long roundId = setup.round().id;
        long lentils = rounds.offerId(setup, 0);
        String login = householdLogin(setup, 2);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("q-" + lentils, "1").post("/commandes/" + roundId).then().statusCode(303);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/rounds/" + roundId + "/orders/mine")
                .then().body("stage", org.hamcrest.Matchers.equalTo("SENT"))
                .body("stageLabel", org.hamcrest.Matchers.equalTo("Envoyée"));
        roundService.close(roundId, java.time.Instant.now());
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes").then().statusCode(200)
                .body(containsString("<p class=\"order-stage\">À retirer</p>")).body(not(containsString("<p class=\"order-stage\">Envoyée</p>")));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes/" + roundId).then()
                .statusCode(200).body(containsString("À retirer"));
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/api/rounds/" + roundId + "/orders")
                .then().statusCode(200).body("[0].stageLabel", org.hamcrest.Matchers.equalTo("À retirer"));

        setRound(roundId, "DISTRIBUTED", "PICKED_UP");
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes").then()
                .body(containsString("<p class=\"order-stage\">Retirée</p>"));
        setRound(roundId, "DISTRIBUTED", "ABSENT");
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes").then()
                .body(containsString("<p class=\"order-stage\">Absent</p>"));
        setRound(roundId, "SETTLED", "PICKED_UP");
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes").then()
                .body(containsString("<p class=\"order-stage\">Réglée</p>"));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/rounds/" + roundId + "/orders/mine")
                .then().body("stage", org.hamcrest.Matchers.equalTo("SETTLED"));
        setRound(roundId, "CANCELLED", "WAITING");
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/commandes").then()
                .body(containsString("<p class=\"order-stage\">Annulée (tournée annulée)</p>"));
    }

    private void setRound(long roundId, String roundStatus, String pickupStatus) {
        QuarkusTransaction.requiringNew().run(() -> {
            Round.update("status = ?1 where id = ?2", RoundStatus.valueOf(roundStatus), roundId);
            org.paniercommun.ordering.Order.update("pickupStatus = ?1 where round.id = ?2",
                    org.paniercommun.ordering.PickupStatus.valueOf(pickupStatus), roundId);
        });
    }
}
