package org.paniercommun.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

@QuarkusTest
class HouseholdPagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Test
    void volunteerRegistersAHouseholdWithTheQuickForm() {
        Place place = fixtures.place();
        String volunteer = fixtures.volunteerOf(place);
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).get("/foyers/nouveau").then()
                .statusCode(200)
                .body(containsString("Aucun justificatif"))
                .body(containsString(place.relayPoint().name));

        Response response = given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("displayName", "Famille Kaci").formParam("peopleCount", "5")
                .formParam("relayPointId", place.relayPoint().id).formParam("priceTier", "1")
                .formParam("membershipKind", "QUARTIER").formParam("membershipPaid", "on")
                .post("/foyers/nouveau");
        assertEquals(303, response.statusCode());
        assertTrue(response.getHeader("Location").contains("/foyers?inscrit="));

        Household created = QuarkusTransaction.requiringNew().call(() -> Household.<Household>find(
                "group.id = ?1 and displayName = ?2", place.group().id, "Famille Kaci").singleResult());
        assertEquals(5, created.peopleCount);
        assertEquals(1, created.priceTier);
        long paidMemberships = QuarkusTransaction.requiringNew().call(() -> Membership.count(
                "household.id = ?1 and paid = true and amountCents = 100", created.id));
        assertEquals(1, paidMemberships);
    }

    @Test
    void formShowsFrenchErrorsNextToFieldsAndKeepsWhatWasTyped() {
        fixtures.place();
        given().auth().preemptive().basic(accounts.create(Role.VOLUNTEER), TestAccounts.PASSWORD)
                .contentType(ContentType.URLENC)
                .formParam("displayName", "Famille Oubli").formParam("peopleCount", "beaucoup")
                .formParam("email", "pas-un-email")
                .post("/foyers/nouveau").then().statusCode(400)
                .body(containsString("value=\"Famille Oubli\""))
                .body(containsString("id=\"f-peopleCount-error\">Nombre entier attendu"))
                .body(containsString("id=\"f-email-error\">Adresse e-mail invalide."))
                .body(containsString("id=\"f-relayPointId-error\">Choisissez le point relais."))
                .body(containsString("Choisissez un tarif."));
    }

    @Test
    void householdRegistersItselfThenEditsItsProfile() {
        Place place = fixtures.place();
        String login = "soi-meme-" + System.nanoTime() + "@example.org";
        given().get("/inscription").then().statusCode(200).body(containsString("Aucun justificatif"));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("displayName", "Les Nouveaux").formParam("peopleCount", "2")
                .formParam("relayPointId", place.relayPoint().id).formParam("priceTier", "2")
                .formParam("login", login).formParam("password", "mon-mot-de-passe")
                .post("/inscription").then().statusCode(303).header("Location", containsString("/login?inscrit=1"));

        given().auth().preemptive().basic(login, "mon-mot-de-passe").get("/mon-foyer").then().statusCode(200)
                .body(containsString("value=\"Les Nouveaux\""));
        given().auth().preemptive().basic(login, "mon-mot-de-passe").redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParam("displayName", "Les Nouveaux Voisins").formParam("peopleCount", "3")
                .formParam("relayPointId", place.relayPoint().id).formParam("priceTier", "3")
                .post("/mon-foyer").then().statusCode(303);
        given().auth().preemptive().basic(login, "mon-mot-de-passe").get("/mon-foyer?enregistre=1").then()
                .body(containsString("value=\"Les Nouveaux Voisins\""))
                .body(containsString("Modifications enregistrées"))
                // a household does not see staff tools
                .body(not(containsString("Effacer les données")));
        given().auth().preemptive().basic(login, "mon-mot-de-passe").get("/foyers").then().statusCode(403);
    }

    @Test
    void listIsPaginatedAndSearchable() {
        Place place = fixtures.place();
        for (int i = 1; i <= 27; i++) {
            fixtures.household(place, "Pagination " + place.group().name + " " + i, 1 + i % 3);
        }
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .queryParam("groupId", place.group().id).get("/foyers").then().statusCode(200)
                .body(containsString("27 foyers"))
                .body(containsString("Page 1 sur 2"))
                .body(containsString("groupId=" + place.group().id));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .queryParam("groupId", place.group().id).queryParam("page", 2).get("/foyers").then()
                .body(containsString("Page 2 sur 2"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .queryParam("q", "Pagination " + place.group().name + " 13").get("/foyers").then()
                .body(containsString("1 foyer"));
    }

    @Test
    void coordinatorErasesOnlyWithConfirmation() {
        Place place = fixtures.place();
        long id = fixtures.household(place, "À effacer", 2).id;
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).post("/foyers/" + id + "/effacer").then().statusCode(303)
                .header("Location", containsString("confirmer=1"));
        assertEquals("À effacer", QuarkusTransaction.requiringNew().call(
                () -> Household.<Household>findById(id).displayName));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("confirm", "on")
                .post("/foyers/" + id + "/effacer").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/foyers/" + id).then()
                .body(containsString("ont été effacées"));
    }
}
