package org.paniercommun.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.account.UserAccount;
import org.paniercommun.audit.AuditEntry;

@QuarkusTest
class HouseholdResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    private RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private static Map<String, Object> household(Place place, String name, int tier) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("peopleCount", 4);
        body.put("groupId", place.group().id);
        body.put("relayPointId", place.relayPoint().id);
        body.put("priceTier", tier);
        return body;
    }

    @Test
    void volunteerRegistersAHouseholdWithoutEmailOrPhone() {
        Place place = fixtures.place();
        String volunteer = fixtures.volunteerOf(place);
        int id = as(volunteer).body(household(place, "Famille Benali", 1))
                .post("/api/households").then().statusCode(201)
                .body("displayName", equalTo("Famille Benali"))
                // A volunteer chooses the tier from the household's papers but never reads it back (issue 23).
                .body("priceTier", nullValue())
                .body("email", nullValue())
                .body("hasLogin", equalTo(false))
                .body("relayPointName", equalTo(place.relayPoint().name))
                .extract().path("id");
        as(volunteer).queryParam("q", "benali").queryParam("groupId", place.group().id)
                .get("/api/households").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void invalidHouseholdGetsFrenchFieldMessages() {
        Place place = fixtures.place();
        Map<String, Object> body = household(place, "", 4);
        body.put("peopleCount", 0);
        body.put("email", "pas-un-email");
        as(accounts.create(Role.COORDINATOR)).body(body).post("/api/households").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("displayName", "email", "peopleCount", "priceTier"))
                .body("violations.find { it.field == 'priceTier' }.message", equalTo("Le tarif est 1, 2 ou 3."))
                .body("violations.find { it.field == 'peopleCount' }.message", equalTo("Au moins 1 personne."));
    }

    @Test
    void relayPointMustBelongToTheChosenGroup() {
        Place place = fixtures.place();
        Place other = fixtures.place();
        Map<String, Object> body = household(place, "Foyer 12", 2);
        body.put("relayPointId", other.relayPoint().id);
        as(accounts.create(Role.COORDINATOR)).body(body).post("/api/households").then().statusCode(400)
                .body("violations[0].field", equalTo("relayPointId"));
    }

    @Test
    void householdSeesAndEditsOnlyItself() {
        Place place = fixtures.place();
        Map<String, Object> registration = Map.of("household", household(place, "Les Martin", 2),
                "login", "martin-" + System.nanoTime() + "@example.org", "password", "motdepasse-martin");
        String login = given().contentType(ContentType.JSON).body(registration)
                .post("/api/households/registrations").then().statusCode(201)
                .body("hasLogin", equalTo(true)).extract().path("id").toString();
        String ownLogin = (String) registration.get("login");
        RequestSpecification me = given().auth().preemptive().basic(ownLogin, "motdepasse-martin")
                .contentType(ContentType.JSON);

        int ownId = me.get("/api/households/me").then().statusCode(200)
                .body("displayName", equalTo("Les Martin")).extract().path("id");
        assertEquals(login, String.valueOf(ownId));

        Map<String, Object> change = household(place, "Les Martin-Dupont", 3);
        given().auth().preemptive().basic(ownLogin, "motdepasse-martin").contentType(ContentType.JSON)
                .body(change).put("/api/households/me").then().statusCode(200)
                .body("displayName", equalTo("Les Martin-Dupont")).body("priceTier", equalTo(3));

        long otherId = fixtures.household(place, "Voisins", 1).id;
        given().auth().preemptive().basic(ownLogin, "motdepasse-martin").get("/api/households/" + otherId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic(ownLogin, "motdepasse-martin").get("/api/households")
                .then().statusCode(403);
        given().auth().preemptive().basic(ownLogin, "motdepasse-martin").body(change).contentType(ContentType.JSON)
                .put("/api/households/" + otherId).then().statusCode(403);
    }

    @Test
    void selfRegistrationRefusesATakenLogin() {
        Place place = fixtures.place();
        String taken = accounts.create(Role.HOUSEHOLD);
        given().contentType(ContentType.JSON)
                .body(Map.of("household", household(place, "Foyer X", 1), "login", taken, "password", "un-mot-de-passe"))
                .post("/api/households/registrations").then().statusCode(400)
                .body("violations.find { it.field == 'login' }.message", equalTo("Cet identifiant est déjà pris."));
    }

    @Test
    void membershipQuartierDefaultsToOneEuroAndSolidaireNeedsTwenty() {
        Place place = fixtures.place();
        long id = fixtures.household(place, "Adhérents", 3).id;
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).body(Map.of("year", 2026, "kind", "QUARTIER", "paid", true))
                .put("/api/households/" + id + "/memberships").then().statusCode(200)
                .body("amountCents", equalTo(100)).body("paid", equalTo(true)).body("paidOn", not(nullValue()));
        as(coordinator).body(Map.of("year", 2027, "kind", "SOLIDAIRE", "amountCents", 1500, "paid", false))
                .put("/api/households/" + id + "/memberships").then().statusCode(400)
                .body("violations[0].message", equalTo("L'adhésion solidaire est d'au moins 20 €."));
        as(coordinator).body(Map.of("year", 2027, "kind", "SOLIDAIRE", "amountCents", 2500, "paid", false))
                .put("/api/households/" + id + "/memberships").then().statusCode(200);
        as(coordinator).get("/api/households/" + id + "/memberships").then().statusCode(200)
                .body("year", containsInAnyOrder(2026, 2027));
    }

    @Test
    void exportGivesEverythingAndIsLogged() {
        Place place = fixtures.place();
        long id = fixtures.household(place, "Famille Export", 2).id;
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).get("/api/households/" + id + "/personal-data").then().statusCode(200)
                .header("Content-Disposition", containsString("foyer-" + id + ".json"))
                .body("displayName", equalTo("Famille Export"))
                .body("group", equalTo(place.group().name));
        long logged = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and subject = ?2 and actor = ?3", "HOUSEHOLD_EXPORT", "household:" + id, coordinator));
        assertEquals(1, logged);
        as(accounts.create(Role.VOLUNTEER)).get("/api/households/" + id + "/personal-data").then().statusCode(403);
    }

    @Test
    void eraseAnonymisesPersonalDataKeepsTotalsAndDeletesTheLogin() {
        Place place = fixtures.place();
        String login = "efface-" + System.nanoTime() + "@example.org";
        Map<String, Object> body = household(place, "Famille Effacée", 1);
        body.put("email", "famille@example.org");
        body.put("phone", "06 12 34 56 78");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("household", body, "login", login, "password", "un-mot-de-passe"))
                .post("/api/households/registrations").then().statusCode(201).extract().path("id");
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).body(Map.of("year", 2026, "kind", "SOLIDAIRE", "amountCents", 3000, "paid", true))
                .put("/api/households/" + id + "/memberships").then().statusCode(200);
        long totalBefore = membershipTotal();

        as(coordinator).post("/api/households/" + id + "/erase").then().statusCode(200)
                .body("displayName", equalTo("Foyer effacé n° " + id))
                .body("email", nullValue()).body("phone", nullValue()).body("hasLogin", equalTo(false));

        assertEquals(totalBefore, membershipTotal(), "accounting kept");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> UserAccount.findByLogin(login).isEmpty()));
        given().auth().preemptive().basic(login, "un-mot-de-passe").get("/api/households/me").then().statusCode(401);
        as(coordinator).queryParam("q", "Famille Effacée").get("/api/households").then()
                .body("items.id", not(hasItem(id)));
        long logged = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and subject = ?2", "HOUSEHOLD_ERASE", "household:" + id));
        assertEquals(1, logged);
    }

    private static long membershipTotal() {
        return QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>listAll().stream()
                .mapToLong(m -> m.amountCents).sum());
    }

    @Test
    void anonymousCannotListHouseholds() {
        given().get("/api/households").then().statusCode(401);
    }
}
