package org.paniercommun.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

@QuarkusTest
class ProducerResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueFixtures fixtures;

    private RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private Map<String, Object> producer(long antennaId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("antennaId", antennaId);
        body.put("name", name);
        body.put("contactName", "Jeanne Leroy");
        body.put("email", "commandes@ferme.test");
        body.put("town", "Loison-sous-Lens");
        body.put("distanceKm", 8);
        body.put("organicCertified", true);
        body.put("certifier", "Ecocert");
        return body;
    }

    @Test
    void coordinatorCreatesUpdatesAndDeactivatesAProducer() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.antenna().antennaId();
        int id = as(coordinator).body(producer(antennaId, "Ferme du Marais")).post("/api/producers")
                .then().statusCode(201)
                .header("Location", containsString("/api/producers/"))
                .body("name", equalTo("Ferme du Marais"))
                .body("organicCertified", equalTo(true))
                .body("active", equalTo(true))
                .extract().path("id");

        Map<String, Object> changed = producer(antennaId, "Ferme du Marais");
        changed.put("phone", "06 12 34 56 78");
        changed.put("version", 0);
        as(coordinator).body(changed).put("/api/producers/" + id).then().statusCode(200)
                .body("phone", equalTo("06 12 34 56 78"))
                .body("version", equalTo(1));

        // A second write with the stale version is refused.
        as(coordinator).body(changed).put("/api/producers/" + id).then().statusCode(409);

        as(coordinator).post("/api/producers/" + id + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        as(coordinator).post("/api/producers/" + id + "/activate").then().statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void invalidProducerGetsFrenchFieldMessages() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.antenna().antennaId();
        Map<String, Object> body = producer(antennaId, " ");
        body.put("email", "pas-une-adresse");
        body.put("distanceKm", -3);
        body.put("certifier", "");
        as(coordinator).body(body).post("/api/producers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("name", "email", "distanceKm", "certifier"))
                .body("violations.find { it.field == 'name' }.message", equalTo("Le nom est obligatoire."))
                .body("violations.find { it.field == 'email' }.message",
                        equalTo("L'adresse e-mail n'est pas valide (exemple : contact@ferme.fr)."))
                .body("violations.find { it.field == 'distanceKm' }.message",
                        equalTo("La distance ne peut pas être négative."));
    }

    @Test
    void producerNamesAreUniqueWithinAnAntenna() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.antenna().antennaId();
        as(coordinator).body(producer(antennaId, "Moulin Dupré")).post("/api/producers").then().statusCode(201);
        as(coordinator).body(producer(antennaId, "moulin dupré")).post("/api/producers").then().statusCode(400)
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo("Un producteur porte déjà ce nom dans cette antenne."));
        long other = fixtures.antenna().antennaId();
        as(coordinator).body(producer(other, "Moulin Dupré")).post("/api/producers").then().statusCode(201);
    }

    @Test
    void searchIsPagedAndMatchesNames() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.antenna().antennaId();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            fixtures.producer(antennaId, "Verger " + tag + " " + i);
        }
        fixtures.producer(antennaId, "Savonnerie " + tag);
        as(coordinator).queryParam("q", "verger " + tag).queryParam("size", 2).queryParam("page", 3)
                .get("/api/producers").then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(3))
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Verger " + tag + " 5"));
        as(coordinator).queryParam("antennaId", antennaId).get("/api/producers").then().statusCode(200)
                .body("total", equalTo(6));
    }

    @Test
    void producerAccountSeesOnlyItsOwnRecord() {
        String coordinator = accounts.create(Role.COORDINATOR);
        String producerLogin = accounts.create(Role.PRODUCER);
        long antennaId = fixtures.antenna().antennaId();
        ProducerView own = fixtures.producer(antennaId, "Cidrerie " + UUID.randomUUID());
        ProducerView other = fixtures.producer(antennaId, "Huilerie " + UUID.randomUUID());

        as(producerLogin).get("/api/producers/me").then().statusCode(404);
        as(coordinator).body(Map.of("login", producerLogin)).put("/api/producers/" + own.id() + "/account")
                .then().statusCode(200).body("accountLogin", equalTo(producerLogin));

        as(producerLogin).get("/api/producers/me").then().statusCode(200).body("id", equalTo((int) own.id()));
        as(producerLogin).get("/api/producers/" + own.id()).then().statusCode(200);
        as(producerLogin).get("/api/producers/" + other.id()).then().statusCode(404);
        as(producerLogin).get("/api/producers").then().statusCode(403);

        // The same login cannot be linked to a second producer.
        as(coordinator).body(Map.of("login", producerLogin)).put("/api/producers/" + other.id() + "/account")
                .then().statusCode(409);
    }

    @Test
    void onlyAProducerRoleAccountCanBeLinked() {
        String coordinator = accounts.create(Role.COORDINATOR);
        String household = accounts.create(Role.HOUSEHOLD);
        ProducerView producer = fixtures.producer(fixtures.antenna().antennaId(), "Ferme " + UUID.randomUUID());
        as(coordinator).body(Map.of("login", household)).put("/api/producers/" + producer.id() + "/account")
                .then().statusCode(400)
                .body("violations[0].message", equalTo("Ce compte n'a pas le rôle producteur."));
    }

    @Test
    void volunteerCannotCreateAndAnonymousMustLogIn() {
        String volunteer = accounts.create(Role.VOLUNTEER);
        long antennaId = fixtures.antenna().antennaId();
        as(volunteer).body(producer(antennaId, "Ferme X")).post("/api/producers").then().statusCode(403);
        given().contentType(ContentType.JSON).body(producer(antennaId, "Ferme X")).post("/api/producers")
                .then().statusCode(401);
        given().get("/api/producers").then().statusCode(401);
    }

    @Test
    void unknownProducerIsA404() {
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).get("/api/producers/999999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Ce producteur n'existe pas."));
    }
}
