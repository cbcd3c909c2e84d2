package org.paniercommun.basket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueFixtures;

/** The French pages: coordinators set everything up with forms, referrers refer, volunteers tick the list. */
@QuarkusTest
class BasketPagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueFixtures catalogueFixtures;

    private static RequestSpecification form(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC);
    }

    private static RequestSpecification page(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD);
    }

    @Test
    void aCoordinatorSetsUpAndPlansBasketsWithFormsAndIsWarnedBeforeOverspending() {
        Fixtures.Place place = fixtures.place();
        long producer = catalogueFixtures.producer(place.antenna().id, Fixtures.unique("Anges Gardins")).id();
        String coordinator = accounts.create(Role.COORDINATOR);
        String referrer = accounts.referrerOf(place.antenna().id);
        String funderName = Fixtures.unique("Agglomération");
        String offerName = Fixtures.unique("Petit panier");
        String schemeName = Fixtures.unique("Moitié-moitié");
        String household = Fixtures.unique("Famille");

        page(coordinator).get("/paniers").then().statusCode(200).body(containsString("Paniers solidaires"));
        form(coordinator).formParam("name", funderName).formParam("budget", "12,00").post("/paniers/financeurs").then()
                .statusCode(303);
        long funder = QuarkusTransaction.requiringNew().call(() -> Funder.<Funder>find("name", funderName).singleResult().id);
        form(coordinator).formParam("name", schemeName).formParam("householdPercent", "50")
                .formParam("funder1", funder).formParam("percent1", "60").post("/paniers/formules").then()
                .statusCode(400).body(containsString("Les parts doivent totaliser 100 % (ici 110 %)."));
        form(coordinator).formParam("name", schemeName).formParam("householdPercent", "50")
                .formParam("funder1", funder).formParam("percent1", "50").post("/paniers/formules").then()
                .statusCode(303);
        form(coordinator).formParam("name", offerName).formParam("size", "PETIT").formParam("value", "10")
                .formParam("producerId", producer).formParam("frequency", "WEEKLY").formParam("pickupDay", "TUESDAY")
                .formParam("pickupTime", "16 h – 18 h").formParam("relayPointIds", place.relayPoint().id)
                .formParam("missedRule", "GIVEN_TO_OTHER").post("/paniers/offres").then().statusCode(303);
        long offer = QuarkusTransaction.requiringNew().call(() -> BasketOffer.<BasketOffer>find("name", offerName)
                .singleResult().id);
        long scheme = QuarkusTransaction.requiringNew().call(() -> FundingScheme.<FundingScheme>find("name", schemeName)
                .singleResult().id);

        // The referrer refers a new household on its page; the coordinator subscribes it.
        form(referrer).formParam("displayName", household).formParam("peopleCount", "4")
                .formParam("place", place.group().id + ":" + place.relayPoint().id).formParam("structure", "CCAS")
                .formParam("condition", "quotient familial ≤ 1 200 €").formParam("checkedOn", "2026-11-30")
                .post("/orientations").then().statusCode(303);
        long referral = QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>find(
                "householdId in (select h.id from Household h where h.displayName = ?1)", household).singleResult().id);
        form(coordinator).formParam("referralId", referral).formParam("offerId", offer).formParam("schemeId", scheme)
                .formParam("startOn", "2027-06-01").post("/paniers/abonnements").then().statusCode(303);
        page(coordinator).get("/paniers").then().statusCode(200).body(containsString(household))
                .body(containsString("vendredi 1er juin 2029"));

        // Tuesdays 1, 8, 15 June × 5,00 € = 15,00 € for a 12,00 € envelope: the preview warns, planning is refused.
        form(coordinator).formParam("from", "2027-06-01").formParam("to", "2027-06-15").formParam("preview", "true")
                .post("/paniers/offres/" + offer + "/planifier").then().statusCode(200)
                .body(containsString("3 paniers à ajouter")).body(containsString("dépassement"));
        form(coordinator).formParam("from", "2027-06-01").formParam("to", "2027-06-15")
                .post("/paniers/offres/" + offer + "/planifier").then().statusCode(409)
                .body(containsString("reste 12,00"));
        form(coordinator).formParam("from", "2027-06-01").formParam("to", "2027-06-08")
                .post("/paniers/offres/" + offer + "/planifier").then().statusCode(303);
        page(coordinator).get("/paniers/offres/" + offer).then().statusCode(200)
                .body(containsString("mardi 1er juin 2027")).body(containsString("mardi 8 juin 2027"));

        long delivery = QuarkusTransaction.requiringNew().call(() -> BasketDelivery.<BasketDelivery>find(
                "offerId = ?1 order by deliveryDate", offer).firstResult().id);
        form(coordinator).formParam("content", "Fraises, salade, radis").formParam("recipe", "Salade de radis")
                .post("/paniers/livraisons/" + delivery + "/contenu").then().statusCode(303);
        page(coordinator).get("/paniers/livraisons/" + delivery).then().statusCode(200)
                .body(containsString("Fraises, salade, radis")).body(containsString(place.relayPoint().name));

        // A volunteer ticks the list: not collected, the offer's rule applies.
        String volunteer = fixtures.volunteerOf(place);
        BasketHandout handout = QuarkusTransaction.requiringNew().call(() -> BasketHandout.<BasketHandout>find(
                "deliveryId", delivery).singleResult());
        form(volunteer).formParam("status", "MISSED").formParam("version", handout.version)
                .post("/paniers/livraisons/" + delivery + "/retrait/" + place.relayPoint().id + "/" + handout.id)
                .then().statusCode(303);
        assertEquals(MissedRule.GIVEN_TO_OTHER, QuarkusTransaction.requiringNew().call(() ->
                BasketHandout.<BasketHandout>findById(handout.id).missedRule));
        page(volunteer).get("/paniers/livraisons/" + delivery + "/retrait/" + place.relayPoint().id).then()
                .statusCode(200).body(containsString("Non retiré"));
        // Volunteers do not reach the coordination pages.
        page(volunteer).get("/paniers").then().statusCode(403);

        page(coordinator).get("/paniers/financeurs/" + funder + "/releve?mois=2027-06").then().statusCode(200)
                .body(containsString("juin 2027")).body(containsString("10,00"));

        // The coordinator changes the funder's envelope on the page (a typo is refused next to the form)...
        form(coordinator).formParam("budget", "douze").post("/paniers/financeurs/" + funder + "/enveloppe").then()
                .statusCode(400);
        form(coordinator).formParam("budget", "20,00").post("/paniers/financeurs/" + funder + "/enveloppe").then()
                .statusCode(303);
        assertEquals(2000L, QuarkusTransaction.requiringNew().call(() -> Funder.<Funder>findById(funder).monthlyBudgetCents));
        // ...and pauses the subscription over 8 June: the basket planned that day is withdrawn.
        long subscription = QuarkusTransaction.requiringNew().call(() -> Subscription.<Subscription>find("referralId",
                referral).singleResult().id);
        form(coordinator).formParam("fromOn", "2027-06-07").formParam("toOn", "2027-06-09").formParam("reason", "vacances")
                .post("/paniers/abonnements/" + subscription + "/pause").then().statusCode(303);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> BasketHandout.count("subscriptionId", subscription)));
        page(coordinator).get("/paniers").then().statusCode(200).body(containsString("pause du lundi 7 juin 2027 au mercredi 9 juin 2027"));

        // The referrer stops the subscription from 8 June: nothing is left to withdraw after the pause.
        form(referrer).formParam("on", "2027-06-08").formParam("reason", "déménagement")
                .post("/orientations/abonnements/" + subscription + "/arret").then().statusCode(303);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> BasketHandout.count("subscriptionId", subscription)));
        page(coordinator).get("/paniers/financeurs/" + funder + "/releve?mois=2027-06").then().statusCode(200)
                .body(containsString("5,00"));
    }
}
