package org.paniercommun.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

@QuarkusTest
class HouseholdCsvTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    private long householdsInGroup(long groupId) {
        return QuarkusTransaction.requiringNew().call(() -> Household.count("group.id", groupId));
    }

    @Test
    void excelSemicolonFileImportsEveryLine() {
        Place place = fixtures.place();
        String csv = "\uFEFFNom;Personnes;Groupe;Point relais;Tarif;Adhésion type;Adhésion montant;Adhésion payée\r\n"
                + "Famille Leroy;4;" + place.group().name + ";" + place.relayPoint().name + ";1;quartier;1,00;oui\r\n"
                + "Mme Durand;1;" + place.group().name + ";;3;solidaire;25,00;non\r\n";
        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/households/import").then().statusCode(200).body("imported", equalTo(2));
        assertEquals(2, householdsInGroup(place.group().id));
    }

    @Test
    void importWithBadLinesImportsNothingAndReportsEachLine() {
        Place place = fixtures.place();
        String csv = "nom,personnes,groupe,tarif\n"
                + "Bon foyer,2," + place.group().name + ",2\n"
                + ",2," + place.group().name + ",1\n"
                + "Foyer inconnu,3,Groupe qui n'existe pas,1\n"
                + "Foyer tarif,deux," + place.group().name + ",4\n";
        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .contentType("text/csv").body(csv)
                .post("/api/households/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Import refusé"))
                .body("detail", containsString("rien n'a été importé"))
                .body("lines.line", hasItems(3, 4, 5))
                .body("lines.find { it.line == 3 }.column", equalTo("nom"))
                .body("lines.find { it.line == 4 }.column", equalTo("groupe"))
                .body("lines.findAll { it.line == 5 }.column", hasItems("personnes", "tarif"));
        assertEquals(0, householdsInGroup(place.group().id), "all or nothing");
    }

    @Test
    void exportThenImportUpdatesInsteadOfDuplicating() {
        Place place = fixtures.place();
        fixtures.household(place, "Aller-retour", 2);
        String coordinator = accounts.create(Role.COORDINATOR);
        String exported = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/households/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("numero;nom;personnes")).body(containsString("Aller-retour"))
                .extract().asString();
        long before = QuarkusTransaction.requiringNew().call(() -> Household.count());
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .contentType("text/csv").body(exported.getBytes(StandardCharsets.UTF_8))
                .post("/api/households/import").then().statusCode(200);
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Household.count()));
    }

    @Test
    void onlyCoordinatorsImport() {
        given().auth().preemptive().basic(accounts.create(Role.VOLUNTEER), TestAccounts.PASSWORD)
                .contentType("text/csv").body("nom,groupe,tarif\n").post("/api/households/import")
                .then().statusCode(403);
    }
}
