package org.paniercommun.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.audit.AuditEntry;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerCommand;

/** Issue 21, point 1: coordinators manage the accounts of their antennas through /api/accounts; audited. */
@QuarkusTest
class AccountScopeTest {

    private static final String PASSWORD = "un-mot-de-passe";

    @Inject
    TestAccounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueService catalogue;

    private RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, login.startsWith("user-") ? TestAccounts.PASSWORD : PASSWORD)
                .contentType(ContentType.JSON);
    }

    private static String login(String who) {
        return who + "-" + UUID.randomUUID() + "@exemple.org";
    }

    /** A coordinator of this antenna only, made by the network's coordination. */
    private String coordinatorOf(Place place) {
        String network = accounts.create(Role.COORDINATOR);
        String login = login("coordination");
        as(network).body(Map.of("login", login, "password", PASSWORD, "roles", List.of(Role.COORDINATOR),
                "antennaIds", List.of(place.antenna().id))).post("/api/accounts").then().statusCode(201)
                .body("allAntennas", equalTo(false)).body("antennaIds", containsInAnyOrder(place.antenna().id.intValue()));
        return login;
    }

    private long volunteerOf(String coordinator, Place place) {
        return as(coordinator).body(Map.of("login", login("benevole"), "password", PASSWORD, "displayName", "Nadia",
                        "roles", List.of(Role.VOLUNTEER), "groupIds", List.of(place.group().id)))
                .post("/api/accounts").then().statusCode(201)
                .body("groupIds", containsInAnyOrder(place.group().id.intValue())).extract().jsonPath().getLong("id");
    }

    @Test
    void aCoordinatorOfOneAntennaSeesAndChangesOnlyTheAccountsOfItsAntenna() {
        Place mine = fixtures.place();
        Place other = fixtures.place();
        String coordinator = coordinatorOf(mine);
        long myVolunteer = volunteerOf(coordinator, mine);
        long otherVolunteer = volunteerOf(accounts.create(Role.COORDINATOR), other);

        as(coordinator).get("/api/accounts/" + myVolunteer).then().statusCode(200).body("status", equalTo("ACTIVE"));
        // Another antenna's account does not exist for this coordinator: reading, changing, deactivating, inviting.
        as(coordinator).get("/api/accounts/" + otherVolunteer).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Compte introuvable."));
        as(coordinator).body(Map.of("roles", List.of(Role.VOLUNTEER))).put("/api/accounts/" + otherVolunteer)
                .then().statusCode(404).contentType("application/problem+json");
        as(coordinator).post("/api/accounts/" + otherVolunteer + "/deactivate").then().statusCode(404);
        as(coordinator).post("/api/accounts/" + otherVolunteer + "/invitation").then().statusCode(404);
        Response listed = as(coordinator).queryParam("role", Role.VOLUNTEER).get("/api/accounts");
        listed.then().statusCode(200);
        List<Integer> ids = listed.jsonPath().getList("id");
        assertTrue(ids.contains((int) myVolunteer), ids.toString());
        assertFalse(ids.contains((int) otherVolunteer), ids.toString());
        // Nor can it give another antenna's group, make a network coordinator or leave an account outside its antennas.
        as(coordinator).body(Map.of("login", login("x"), "password", PASSWORD, "roles", List.of(Role.VOLUNTEER),
                        "groupIds", List.of(other.group().id)))
                .post("/api/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("groupIds"));
        as(coordinator).body(Map.of("login", login("x"), "password", PASSWORD, "roles", List.of(Role.COORDINATOR),
                        "allAntennas", true))
                .post("/api/accounts").then().statusCode(400).body("violations.field", hasItem("allAntennas"));
        as(coordinator).body(Map.of("login", login("x"), "password", PASSWORD, "roles", List.of(Role.VOLUNTEER)))
                .post("/api/accounts").then().statusCode(400).body("violations.field", hasItem("antennaIds"));
        // The network's coordination sees both.
        String network = accounts.create(Role.COORDINATOR);
        as(network).get("/api/accounts/" + otherVolunteer).then().statusCode(200);
        as(network).get("/api/accounts/" + myVolunteer).then().statusCode(200);
    }

    @Test
    void aProducerAReferrerAndACoordinatorAreMadeWithTheirLinksAndChangesAreAudited() {
        Place place = fixtures.place();
        String coordinator = coordinatorOf(place);
        long producerId = catalogue.createProducer(new ProducerCommand(place.antenna().id, Fixtures.unique("Ferme"), null,
                null, null, "Lens", 12, false, null, null, null)).id();
        long producer = as(coordinator).body(Map.of("login", login("ferme"), "password", PASSWORD,
                        "roles", List.of(Role.PRODUCER), "producerId", producerId))
                .post("/api/accounts").then().statusCode(201).body("producerId", equalTo((int) producerId))
                .extract().jsonPath().getLong("id");
        // One account per producer record.
        as(coordinator).body(Map.of("login", login("ferme"), "password", PASSWORD, "roles", List.of(Role.PRODUCER),
                "producerId", producerId)).post("/api/accounts").then().statusCode(400)
                .body("violations.find { it.field == 'producerId' }.message", containsString("déjà relié"));
        as(coordinator).body(Map.of("login", login("ccas"), "password", PASSWORD, "roles", List.of(Role.REFERRER),
                        "structure", "CCAS de Lens", "antennaIds", List.of(place.antenna().id)))
                .post("/api/accounts").then().statusCode(201).body("structure", equalTo("CCAS de Lens"));
        long colleague = as(coordinator).body(Map.of("login", login("coord"), "password", PASSWORD,
                        "roles", List.of(Role.COORDINATOR), "antennaIds", List.of(place.antenna().id)))
                .post("/api/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        as(coordinator).body(Map.of("login", login("coord"), "password", PASSWORD, "roles", List.of(Role.COORDINATOR)))
                .post("/api/accounts").then().statusCode(400).body("violations.field", hasItem("antennaIds"));

        // The producer also volunteers for the group; its producer link stays.
        as(coordinator).body(Map.of("roles", List.of(Role.PRODUCER, Role.VOLUNTEER), "groupIds", List.of(place.group().id)))
                .put("/api/accounts/" + producer).then().statusCode(200)
                .body("roles", containsInAnyOrder(Role.PRODUCER, Role.VOLUNTEER))
                .body("groupIds", containsInAnyOrder(place.group().id.intValue()))
                .body("producerId", equalTo((int) producerId));
        // A coordinator cannot take its own coordination role away.
        long self = as(coordinator).get("/api/accounts?q=" + coordinator).jsonPath().getLong("[0].id");
        as(coordinator).body(Map.of("roles", List.of(Role.VOLUNTEER))).put("/api/accounts/" + self).then()
                .statusCode(400).body("violations.field", hasItem("roles"));
        as(coordinator).post("/api/accounts/" + self + "/deactivate").then().statusCode(409);

        List<AuditEntry> trail = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "subject in ?1 order by id", List.of("account:" + producer, "account:" + colleague)));
        assertEquals(List.of("ACCOUNT_CREATE", "ACCOUNT_CREATE", "ACCOUNT_CHANGE"),
                trail.stream().map(e -> e.action).toList());
        assertEquals(coordinator, trail.get(0).actor);
        trail.forEach(e -> assertFalse(e.detail.contains(PASSWORD), "no password in the audit trail: " + e.detail));
    }

    @Test
    void aDeactivatedAccountCannotLogInAndItsOpenSessionEndsAtOnce() {
        Place place = fixtures.place();
        String coordinator = coordinatorOf(place);
        String login = login("benevole");
        long id = as(coordinator).body(Map.of("login", login, "password", PASSWORD, "roles", List.of(Role.VOLUNTEER),
                "groupIds", List.of(place.group().id))).post("/api/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String cookie = formLogin(login).getCookie("panier_session");
        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(200); // read and cached

        as(coordinator).post("/api/accounts/" + id + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false)).body("status", equalTo("INACTIVE"));

        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(401);
        given().cookie("panier_session", cookie).redirects().follow(false).get("/saisie").then()
                .statusCode(org.hamcrest.Matchers.oneOf(302, 303)).header("Location", containsString("/login"));
        given().auth().preemptive().basic(login, PASSWORD).get("/api/me").then().statusCode(401);
        formLogin(login).then().statusCode(org.hamcrest.Matchers.oneOf(302, 303))
                .header("Location", containsString("erreur"));
        // Its history stays: the account is still listed, deactivated, and the deactivation is traced.
        as(coordinator).queryParam("q", login).get("/api/accounts").then().statusCode(200)
                .body("status", equalTo(List.of("INACTIVE")));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "subject = ?1 and action = 'ACCOUNT_DEACTIVATE'", "account:" + id)));
        // Deactivated is not deleted: another, active account still logs in.
        as(coordinator).get("/api/me").then().statusCode(200).body("roles", not(hasItem(Role.HOUSEHOLD)));
    }

    private static Response formLogin(String login) {
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParam("j_username", login)
                .formParam("j_password", PASSWORD).post("/j_security_check");
    }
}
