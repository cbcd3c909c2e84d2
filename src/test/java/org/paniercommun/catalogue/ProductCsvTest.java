package org.paniercommun.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

@QuarkusTest
class ProductCsvTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueFixtures fixtures;

    private io.restassured.specification.RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD);
    }

    private JsonPath products(String login, long producerId) {
        return as(login).queryParam("producerId", producerId).queryParam("size", 200).get("/api/products")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void excelSemicolonFileWithCommaDecimalsImports() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens", "Liévin");
        ProducerView producer = fixtures.producer(place.antennaId(), "Coopérative oléicole " + UUID.randomUUID());
        String csv = "Nom;Catégorie;Producteur;Unité;Pas;Minimum;Colis;Prix_achat;Logistique;TVA;Bio;Local;Équitable;Origine;Groupes\r\n"
                + "Huile d'olive;Liquides;" + producer.name() + ";L;5;5;5;9,80;0,82;5,5;oui;non;oui;Espagne;Lens, Liévin\r\n"
                + "Olives noires;épicerie sèche;" + producer.name() + ";kg;0,5;0;5;12,50;0,50;5,5;oui;non;non;Espagne;Lens\r\n";
        // Excel on Windows saves in Windows-1252.
        byte[] body = csv.getBytes(Charset.forName("windows-1252"));
        as(coordinator).contentType("text/csv").queryParam("antennaId", place.antennaId()).body(body)
                .post("/api/products/import").then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0));

        JsonPath result = products(coordinator, producer.id());
        assertEquals(List.of("Huile d'olive", "Olives noires"), result.getList("items.name"));
        assertEquals(980, result.getInt("items[0].purchasePriceCents"));
        assertEquals(1062, result.getInt("items[0].costPriceCents"));
        assertEquals("LITRE", result.getString("items[0].saleUnit"));
        assertEquals(Set.of("Lens", "Liévin"), Set.copyOf(result.getList("items[0].groups.name")));
        assertTrue(result.getBoolean("items[0].fairTrade"));
        assertEquals(0.5f, result.getFloat("items[1].orderStep"));
        assertEquals(1250, result.getInt("items[1].purchasePriceCents"));
        assertEquals("EPICERIE_SECHE", result.getString("items[1].category"));
    }

    @Test
    void utf8CommaFileImports() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens");
        ProducerView producer = fixtures.producer(place.antennaId(), "Verger " + UUID.randomUUID());
        String csv = "nom,categorie,producteur,unite,pas,colis,prix_achat,tva,groupes\n"
                + "Jus de pomme,Liquides," + producer.name() + ",pièce,1,6,\"2,10\",5.5,Lens\n";
        as(coordinator).contentType("text/csv; charset=UTF-8").queryParam("antennaId", place.antennaId())
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8))
                .post("/api/products/import").then().statusCode(200).body("created", equalTo(1));
        JsonPath result = products(coordinator, producer.id());
        assertEquals(210, result.getInt("items[0].purchasePriceCents"));
        assertEquals("PIECE", result.getString("items[0].saleUnit"));
        assertEquals(6.0f, result.getFloat("items[0].caseSize"));
    }

    @Test
    void fileWithBadLinesImportsNothingAndReportsEachLineAndColumn() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens");
        ProducerView producer = fixtures.producer(place.antennaId(), "Moulin " + UUID.randomUUID());
        String p = producer.name();
        String csv = "nom;categorie;producteur;unite;pas;minimum;colis;prix_achat;logistique;tva;bio;groupes\n"
                + "Farine T65;Épicerie sèche;" + p + ";kg;1;0;25;1,20;0,10;5,5;oui;Lens\n"          // line 2 ok
                + "Farine T80;Boulangerie;" + p + ";kg;1;0;25;douze;0,10;5,5;oui;Lens\n"            // line 3
                + "Farine T110;Épicerie sèche;Inconnu SARL;kg;1;0;25;1,20;0,10;7;peut-être;Lens\n"   // line 4
                + ";Épicerie sèche;" + p + ";kg;0,5;0,75;25;1,20;0,10;5,5;non;Amiens\n"            // line 5
                + "Farine T65;Épicerie sèche;" + p + ";kg;1;0;25;1,20;0,10;5,5;oui;Lens\n";         // line 6 duplicate
        JsonPath problem = as(coordinator).contentType("text/csv").queryParam("antennaId", place.antennaId())
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/products/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Import refusé"))
                .body("detail", containsString("rien n'a été importé"))
                .extract().jsonPath();
        List<Map<String, Object>> lines = problem.getList("lines");
        assertTrue(lines.contains(Map.of("line", 3, "column", "categorie", "reason",
                "Catégorie inconnue : « Boulangerie » (attendu : Épicerie sèche, Fruits et légumes, Frais, "
                        + "Liquides, Hygiène ou Entretien).")), lines.toString());
        assertTrue(lines.contains(Map.of("line", 3, "column", "prix_achat", "reason",
                "« douze » n'est pas un montant (exemple : 12,50).")), lines.toString());
        assertTrue(lines.contains(Map.of("line", 4, "column", "producteur", "reason",
                "Producteur inconnu dans cette antenne : « Inconnu SARL ».")), lines.toString());
        assertTrue(lines.contains(Map.of("line", 4, "column", "tva", "reason",
                "Le taux de TVA doit être 5,5, 10 ou 20 %.")), lines.toString());
        assertTrue(lines.contains(Map.of("line", 4, "column", "bio", "reason",
                "Répondez par oui ou non (et non « peut-être »).")), lines.toString());
        assertTrue(lines.contains(Map.of("line", 5, "column", "nom", "reason", "Le nom est obligatoire.")),
                lines.toString());
        assertTrue(lines.contains(Map.of("line", 5, "column", "minimum", "reason",
                "Le minimum de commande doit être un multiple du pas (ou 0).")), lines.toString());
        assertTrue(lines.contains(Map.of("line", 5, "column", "groupes", "reason",
                "Groupement inconnu dans cette antenne : « Amiens ».")), lines.toString());
        assertTrue(lines.contains(Map.of("line", 6, "column", "nom", "reason",
                "Ce produit figure déjà ligne 2 du fichier.")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.get("line").equals(2)), "line 2 is fine");
        assertEquals(9, lines.size(), lines.toString());

        // Nothing at all was written, not even the good line.
        assertEquals(0, products(coordinator, producer.id()).getInt("total"));
    }

    @Test
    void missingRequiredColumnsAreReportedOnTheHeaderLine() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.antenna().antennaId();
        as(coordinator).contentType("text/csv").queryParam("antennaId", antennaId)
                .body("nom;producteur\nRiz;Ferme\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/products/import").then().statusCode(400)
                .body("lines.line", org.hamcrest.Matchers.everyItem(equalTo(1)))
                .body("lines.column", containsInAnyOrder("categorie", "unite", "pas", "prix_achat", "tva"))
                .body("lines[0].reason", equalTo("Colonne obligatoire absente."));
    }

    @Test
    void exportThenImportIsANoOpRoundTrip() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens", "Liévin");
        ProducerView producer = fixtures.producer(place.antennaId(), "Ferme " + UUID.randomUUID());
        fixtures.product(producer.id(), "Lentilles vertes", 240, 25, Set.of(place.group("Lens"), place.group("Liévin")));
        fixtures.product(producer.id(), "Pois cassés", 199, 0, Set.of());
        ProductView off = fixtures.product(producer.id(), "Haricots; \"lingots\"", 455, 15, Set.of(place.group("Lens")));
        as(coordinator).post("/api/products/" + off.id() + "/deactivate").then().statusCode(200);
        JsonPath before = products(coordinator, producer.id());

        byte[] exported = as(coordinator).queryParam("antennaId", place.antennaId())
                .get("/api/products/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("produits.csv"))
                .extract().asByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFnom;description;categorie;producteur;unite;pas;minimum;colis;prix_achat;"
                + "logistique;tva;bio;local;equitable;prix_unique;origine;groupes;actif"), text);
        assertTrue(text.contains("Lentilles vertes;Description de Lentilles vertes;Épicerie sèche;" + producer.name()
                + ";kg;0,5;1;25;2,40;0,25;5,5;oui;non;non;non;France;Lens, Liévin;oui"), text);

        as(coordinator).contentType("text/csv").queryParam("antennaId", place.antennaId()).body(exported)
                .post("/api/products/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));

        JsonPath after = products(coordinator, producer.id());
        assertEquals(before.getList("items"), after.getList("items"), "same products, same versions");

        // Edit one price in the exported file: only that product changes.
        String edited = text.replace(";2,40;0,25;", ";2,55;0,25;");
        as(coordinator).contentType("text/csv").queryParam("antennaId", place.antennaId())
                .body(edited.getBytes(StandardCharsets.UTF_8))
                .post("/api/products/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(2));
        as(coordinator).queryParam("q", "Lentilles vertes").queryParam("producerId", producer.id())
                .get("/api/products").then().body("items[0].purchasePriceCents", equalTo(255))
                .body("items[0].costPriceCents", equalTo(280))
                .body("items", hasSize(1));
    }

    @Test
    void multipartUploadImportsAndOnlyCoordinatorsMayImport() {
        String coordinator = accounts.create(Role.COORDINATOR);
        String volunteer = accounts.create(Role.VOLUNTEER);
        CatalogueFixtures.Place place = fixtures.antenna();
        ProducerView producer = fixtures.producer(place.antennaId(), "Savonnerie " + UUID.randomUUID());
        String csv = "nom;categorie;producteur;unite;pas;colis;prix_achat;tva\n"
                + "Lessive liquide;Entretien;" + producer.name() + ";L;5;5;3,20;20\n";
        as(volunteer).contentType("text/csv").queryParam("antennaId", place.antennaId())
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/products/import").then().statusCode(403);
        as(volunteer).get("/api/products/export.csv").then().statusCode(403);
        as(coordinator).multiPart("antennaId", String.valueOf(place.antennaId()))
                .multiPart("file", "produits.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/products/import").then().statusCode(200).body("created", equalTo(1));
        assertEquals(List.of("Lessive liquide"), products(coordinator, producer.id()).getList("items.name"));
    }
}
