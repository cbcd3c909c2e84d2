package org.paniercommun.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

@QuarkusTest
class OrganisationTest {

    @Inject
    TestAccounts accounts;

    private RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    @Test
    void coordinatorBuildsAntennaGroupAndRelayPoint() {
        String coordinator = accounts.create(Role.COORDINATOR);
        String antennaName = Fixtures.unique("VRAC");
        int antennaId = as(coordinator).body(Map.of("name", antennaName, "town", "Lens"))
                .post("/api/antennas").then().statusCode(201).extract().path("id");
        int groupId = as(coordinator).body(Map.of("antennaId", antennaId, "name", "Liévin"))
                .post("/api/groups").then().statusCode(201)
                .body("antennaName", equalTo(antennaName)).extract().path("id");
        int pointId = as(coordinator).body(Map.of("groupId", groupId, "name", "Place à vivres",
                        "address", "Place de Calonne, Liévin", "openingHours", "samedi 10 h – 12 h"))
                .post("/api/relay-points").then().statusCode(201)
                .body("groupName", equalTo("Liévin")).extract().path("id");

        as(accounts.householdIn(groupId)).queryParam("groupId", groupId).get("/api/relay-points").then()
                .statusCode(200).body("items.id", hasItem(pointId));

        as(coordinator).post("/api/relay-points/" + pointId + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        as(accounts.create(Role.VOLUNTEER)).queryParam("groupId", groupId).get("/api/relay-points").then()
                .body("items.id", not(hasItem(pointId)));
    }

    @Test
    void groupNamesAreUniqueWithinAnAntennaAndRequired() {
        String coordinator = accounts.create(Role.COORDINATOR);
        int antennaId = as(coordinator).body(Map.of("name", Fixtures.unique("Antenne")))
                .post("/api/antennas").then().statusCode(201).extract().path("id");
        as(coordinator).body(Map.of("antennaId", antennaId, "name", "Lens")).post("/api/groups").then().statusCode(201);
        as(coordinator).body(Map.of("antennaId", antennaId, "name", "LENS")).post("/api/groups").then().statusCode(400)
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo("Un groupement de cette antenne porte déjà ce nom."));
        as(coordinator).body(Map.of("antennaId", antennaId, "name", " ")).post("/api/groups").then().statusCode(400)
                .body("violations[0].message", equalTo("Le nom est obligatoire."));
    }

    @Test
    void onlyCoordinatorsChangeTheOrganisation() {
        as(accounts.create(Role.VOLUNTEER)).body(Map.of("name", "X")).post("/api/antennas").then().statusCode(403);
        given().get("/api/groups").then().statusCode(401);
        given().auth().preemptive().basic(accounts.create(Role.VOLUNTEER), TestAccounts.PASSWORD)
                .get("/organisation").then().statusCode(403);
    }

    @Test
    void coordinatorSetsTheThreeTiersAndTheRoundingStep() {
        String coordinator = accounts.create(Role.COORDINATOR);
        int antennaId = as(coordinator).body(Map.of("name", Fixtures.unique("Antenne")))
                .post("/api/antennas").then().statusCode(201)
                .body("tier1Percent", equalTo(50)).body("tier2Percent", equalTo(90)).body("tier3Percent", equalTo(115))
                .body("priceStepCents", equalTo(1)).extract().path("id");
        as(coordinator).body(Map.of("tier1Percent", 45, "tier2Percent", 85.5, "tier3Percent", 120, "priceStepCents", 5))
                .put("/api/antennas/" + antennaId + "/pricing").then().statusCode(200)
                .body("tier2Percent", equalTo(85.5f)).body("priceStepCents", equalTo(5));
        as(coordinator).body(Map.of("tier1Percent", -1, "tier2Percent", 90, "tier3Percent", 400, "priceStepCents", 2))
                .put("/api/antennas/" + antennaId + "/pricing").then().statusCode(400)
                .body("violations.field", hasItem("tier1Percent")).body("violations.field", hasItem("tier3Percent"));
        as(coordinator).body(Map.of("tier1Percent", 50, "tier2Percent", 90, "tier3Percent", 115, "priceStepCents", 2))
                .put("/api/antennas/" + antennaId + "/pricing").then().statusCode(400)
                .body("violations[0].message", equalTo("L'arrondi des prix est de 0,01 €, 0,05 € ou 0,10 €."));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/organisation/antennes/" + antennaId + "/tarifs").then().statusCode(200)
                .body(containsString("value=\"85,5\"")).body(containsString("Arrondi des prix"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("tier1Percent", "cinquante").formParam("tier2Percent", "90").formParam("tier3Percent", "115")
                .formParam("priceStepCents", "1")
                .post("/organisation/antennes/" + antennaId + "/tarifs").then().statusCode(400)
                .body(containsString("id=\"f-tier1Percent-error\""));
        as(accounts.create(Role.VOLUNTEER))
                .body(Map.of("tier1Percent", 45, "tier2Percent", 85, "tier3Percent", 120, "priceStepCents", 5))
                .put("/api/antennas/" + antennaId + "/pricing").then().statusCode(403);
    }

    @Test
    void pricingFormAcceptsWholeAndDecimalPercentagesAndRefusesThreeDecimals() {
        String coordinator = accounts.create(Role.COORDINATOR);
        int antennaId = as(coordinator).body(Map.of("name", Fixtures.unique("Antenne")))
                .post("/api/antennas").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .redirects().follow(false)
                .formParam("tier1Percent", "50").formParam("tier2Percent", "90").formParam("tier3Percent", "115")
                .formParam("priceStepCents", "5")
                .post("/organisation/antennes/" + antennaId + "/tarifs").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/organisation/antennes/" + antennaId + "/tarifs").then().statusCode(200)
                .body(containsString("value=\"50\"")).body(containsString("value=\"115\""));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .redirects().follow(false)
                .formParam("tier1Percent", "45").formParam("tier2Percent", "92,5").formParam("tier3Percent", "92.5")
                .formParam("priceStepCents", "1")
                .post("/organisation/antennes/" + antennaId + "/tarifs").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/organisation/antennes/" + antennaId + "/tarifs").then().statusCode(200)
                .body(containsString("value=\"92,5\"")).body(containsString("value=\"45\""));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("tier1Percent", "1.234").formParam("tier2Percent", "90").formParam("tier3Percent", "115")
                .formParam("priceStepCents", "1")
                .post("/organisation/antennes/" + antennaId + "/tarifs").then().statusCode(400)
                .body(containsString("id=\"f-tier1Percent-error\">Au plus deux décimales."))
                .body(not(containsString("id=\"f-tier2Percent-error\"")));
        as(coordinator).body("{\"tier1Percent\": 50.000, \"tier2Percent\": 92.50, \"tier3Percent\": 115, \"priceStepCents\": 1}")
                .put("/api/antennas/" + antennaId + "/pricing").then().statusCode(200)
                .body("tier2Percent", equalTo(92.5f));
    }

    @Test
    void coordinatorDeactivatesAndReactivatesAnAntenna() {
        String coordinator = accounts.create(Role.COORDINATOR);
        int antennaId = as(coordinator).body(Map.of("name", Fixtures.unique("Antenne")))
                .post("/api/antennas").then().statusCode(201).body("active", equalTo(true)).extract().path("id");
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .post("/api/antennas/" + antennaId + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/organisation").then()
                .body(containsString("(désactivée)"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .post("/organisation/antennes/" + antennaId + "/reactiver").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/organisation/antennes/" + antennaId)
                .then().body(containsString("Désactiver cette antenne"));
        given().auth().preemptive().basic(accounts.create(Role.VOLUNTEER), TestAccounts.PASSWORD)
                .post("/api/antennas/" + antennaId + "/deactivate").then().statusCode(403);
    }

    @Test
    void unknownRelayPointIsA404Problem() {
        as(accounts.create(Role.COORDINATOR)).get("/api/relay-points/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Point relais introuvable."));
    }

    @Test
    void relayPointFormReshowsErrorsAndSavesWhenValid() {
        String coordinator = accounts.create(Role.COORDINATOR);
        int antennaId = as(coordinator).body(Map.of("name", Fixtures.unique("Antenne")))
                .post("/api/antennas").then().statusCode(201).extract().path("id");
        int groupId = as(coordinator).body(Map.of("antennaId", antennaId, "name", "Loos"))
                .post("/api/groups").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("groupId", groupId).formParam("name", "Médiathèque")
                .post("/organisation/points-relais/nouveau").then().statusCode(400)
                .body(containsString("value=\"Médiathèque\""))
                .body(containsString("id=\"f-address-error\">L&#39;adresse est obligatoire."));
        String name = Fixtures.unique("Médiathèque");
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .redirects().follow(false)
                .formParam("groupId", groupId).formParam("name", name).formParam("address", "Rue de la Gare")
                .post("/organisation/points-relais/nouveau").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).queryParam("q", name)
                .get("/organisation/points-relais").then().statusCode(200)
                .body(containsString(name)).body(containsString("1 point relais"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/organisation").then()
                .statusCode(200).body(containsString("Loos"));
    }
}
