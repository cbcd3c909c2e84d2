package org.paniercommun.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.kernel.PageResult;

@QuarkusTest
class CataloguePagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueFixtures fixtures;

    private RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false);
    }

    @Test
    void producerFormReshowsErrorsNextToFieldsWithTypedValues() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.antenna().antennaId();
        String html = as(coordinator).contentType(FORM)
                .formParam("antennaId", antennaId)
                .formParam("name", "")
                .formParam("email", "pas-une-adresse")
                .formParam("town", "Liévin")
                .formParam("distanceKm", "douze")
                .post("/catalogue/producteurs/nouveau").then().statusCode(400)
                .contentType(containsString("text/html"))
                .extract().asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"f-name-error\">Le nom est obligatoire.</p>"), html);
        assertTrue(html.contains("id=\"f-email-error\">L&#39;adresse e-mail n&#39;est pas valide")
                || html.contains("id=\"f-email-error\">L'adresse e-mail n'est pas valide"), html);
        assertTrue(html.contains("id=\"f-distanceKm-error\">« douze » n&#39;est pas un nombre entier.")
                || html.contains("id=\"f-distanceKm-error\">« douze » n'est pas un nombre entier."), html);
        assertTrue(html.contains("value=\"pas-une-adresse\""), "typed e-mail kept");
        assertTrue(html.contains("value=\"Liévin\""), "typed town kept");
        assertTrue(html.contains("value=\"douze\""), "typed distance kept");
    }

    @Test
    void validProducerFormRedirectsToTheListAndCanBeDeactivated() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.antenna().antennaId();
        String name = "Cidrerie " + UUID.randomUUID();
        as(coordinator).contentType(FORM).formParam("antennaId", antennaId).formParam("name", name)
                .formParam("organicCertified", "on").formParam("certifier", "Ecocert")
                .post("/catalogue/producteurs/nouveau").then().statusCode(303)
                .header("Location", containsString("/catalogue/producteurs?enregistre="));
        ProducerView created = fixtures.producersNamed(name, antennaId).get(0);
        assertTrue(created.organicCertified());

        as(coordinator).get("/catalogue/producteurs?q=" + name).then().statusCode(200)
                .body(containsString(name)).body(containsString("Ecocert"));
        as(coordinator).get("/catalogue/producteurs/" + created.id()).then().statusCode(200)
                .body(containsString("Désactiver ce producteur"));
        as(coordinator).post("/catalogue/producteurs/" + created.id() + "/desactiver").then().statusCode(303)
                .header("Location", endsWith("/catalogue/producteurs/" + created.id()));
        as(coordinator).get("/catalogue/producteurs/" + created.id()).then().statusCode(200)
                .body(containsString("Réactiver ce producteur"));
        assertTrue(!fixtures.producerNow(created.id()).active());
    }

    @Test
    void productFormTurnsUnreadableNumbersIntoFieldErrorsAndKeepsTypedValues() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens", "Liévin");
        ProducerView producer = fixtures.producer(place.antennaId(), "Moulin " + UUID.randomUUID());
        String html = as(coordinator).contentType(FORM)
                .formParam("producerId", producer.id())
                .formParam("name", "Farine de blé T80")
                .formParam("category", "EPICERIE_SECHE")
                .formParam("saleUnit", "KG")
                .formParam("orderStep", "0,5555")
                .formParam("orderMinimum", "0")
                .formParam("caseSize", "25")
                .formParam("purchasePrice", "douze")
                .formParam("logistics", "0,10")
                .formParam("vatRate", "5,5")
                .formParam("groupIds", place.group("Liévin"))
                .post("/catalogue/produits/nouveau").then().statusCode(400)
                .extract().asString();
        assertTrue(html.contains("id=\"f-orderStep-error\">Au plus trois chiffres après la virgule.</p>"), html);
        assertTrue(html.contains("id=\"f-purchasePrice-error\">« douze » n&#39;est pas un montant")
                || html.contains("id=\"f-purchasePrice-error\">« douze » n'est pas un montant"), html);
        assertTrue(html.contains("value=\"Farine de blé T80\""), "typed name kept");
        assertTrue(html.contains("value=\"0,5555\""), "typed step kept");
        assertTrue(html.contains("value=\"douze\""), "typed price kept");
        assertTrue(html.contains("value=\"" + place.group("Liévin") + "\" checked"), "chosen group kept");
        assertTrue(!html.contains("value=\"" + place.group("Lens") + "\" checked"), "other group not checked");
        assertTrue(html.contains("<option value=\"" + producer.id() + "\" selected>"), "producer kept");
        assertEquals(0, fixtures.productsOf(producer.id()).size(), "nothing saved");
    }

    @Test
    void validProductFormSavesAndTheListShowsTheCostPrice() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens");
        ProducerView producer = fixtures.producer(place.antennaId(), "Huilerie " + UUID.randomUUID());
        as(coordinator).contentType(FORM)
                .formParam("producerId", producer.id())
                .formParam("name", "Huile d'olive vierge extra")
                .formParam("category", "LIQUIDES")
                .formParam("saleUnit", "LITRE")
                .formParam("orderStep", "5")
                .formParam("orderMinimum", "5")
                .formParam("caseSize", "5")
                .formParam("purchasePrice", "9,80")
                .formParam("logistics", "0,82")
                .formParam("vatRate", "5,5")
                .formParam("organic", "on")
                .formParam("groupIds", place.group("Lens"))
                .post("/catalogue/produits/nouveau").then().statusCode(303)
                .header("Location", containsString("/catalogue/produits?enregistre="));
        ProductView product = fixtures.productsOf(producer.id()).get(0);
        assertEquals(1062, product.costPriceCents());
        assertTrue(product.organic());
        assertEquals(List.of("Lens"), product.groups().stream().map(ProductView.GroupRef::name).toList());

        as(coordinator).queryParam("producteur", producer.id()).get("/catalogue/produits").then().statusCode(200)
                .body(containsString("Huile d&#39;olive vierge extra"))
                .body(containsString("10,62\u00a0€"))
                .body(containsString("53,10\u00a0€"));

        // Editing: the form comes back filled, and a changed price is saved.
        as(coordinator).get("/catalogue/produits/" + product.id()).then().statusCode(200)
                .body(containsString("value=\"9,80\""))
                .body(containsString("value=\"" + place.group("Lens") + "\" checked"));
        as(coordinator).contentType(FORM)
                .formParam("producerId", producer.id()).formParam("name", "Huile d'olive vierge extra")
                .formParam("category", "LIQUIDES").formParam("saleUnit", "LITRE")
                .formParam("orderStep", "5").formParam("orderMinimum", "5").formParam("caseSize", "5")
                .formParam("purchasePrice", "10,10").formParam("logistics", "0,82").formParam("vatRate", "5,5")
                .formParam("version", product.version())
                .post("/catalogue/produits/" + product.id()).then().statusCode(303);
        ProductView updated = fixtures.productNow(product.id());
        assertEquals(1092, updated.costPriceCents());
        assertTrue(updated.groups().isEmpty(), "unchecked boxes remove the group");
    }

    @Test
    void importPageReportsEachBadLineAndThenImports() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens");
        ProducerView producer = fixtures.producer(place.antennaId(), "Ferme " + UUID.randomUUID());
        String bad = "nom;categorie;producteur;unite;pas;colis;prix_achat;tva\n"
                + "Poireaux;Fruits et légumes;" + producer.name() + ";kg;1;10;2,50;5,5\n"
                + "Carottes;Fruits et légumes;" + producer.name() + ";kg;1;10;2,5x;5,5\n";
        as(coordinator).multiPart("antennaId", String.valueOf(place.antennaId()))
                .multiPart("file", "legumes.csv", bad.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/catalogue/produits/import").then().statusCode(400)
                .body(containsString("rien n&#39;a été importé"))
                .body(containsString("<tr><td class=\"num\">3</td><td>prix_achat</td>"));
        assertEquals(0, fixtures.productsOf(producer.id()).size());

        String good = bad.replace("2,5x", "1,90");
        as(coordinator).multiPart("antennaId", String.valueOf(place.antennaId()))
                .multiPart("file", "legumes.csv", good.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/catalogue/produits/import").then().statusCode(200)
                .body(containsString("Import réussi : 2 produits lus — 2 créés"));
        assertEquals(2, fixtures.productsOf(producer.id()).size());
    }

    @Test
    void productListIsPagedAndFiltered() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens");
        ProducerView producer = fixtures.producer(place.antennaId(), "Ferme " + UUID.randomUUID());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < PageResult.DEFAULT_SIZE + 2; i++) {
            fixtures.product(producer.id(), String.format("Pâtes %s %02d", tag, i), 300, 20, Set.of());
        }
        as(coordinator).queryParam("q", tag).get("/catalogue/produits").then().statusCode(200)
                .body(containsString(PageResult.DEFAULT_SIZE + 2 + " produits"))
                .body(containsString("Page 1 sur 2"))
                .body(containsString("Pâtes " + tag + " 00"))
                .body(not(containsString("Pâtes " + tag + " 26")))
                .body(containsString("page=2"));
        as(coordinator).queryParam("q", tag).queryParam("page", 2).get("/catalogue/produits").then()
                .body(containsString("Pâtes " + tag + " 26"))
                .body(not(containsString("Pâtes " + tag + " 00")));
        as(coordinator).queryParam("q", tag).queryParam("categorie", "HYGIENE").get("/catalogue/produits").then()
                .body(containsString("Aucun produit ne correspond."));
    }

    @Test
    void pagesAreForCoordinatorsAndProducersSeeOnlyTheirOwnProducts() {
        String volunteer = accounts.create(Role.VOLUNTEER);
        String coordinator = accounts.create(Role.COORDINATOR);
        String producerLogin = accounts.create(Role.PRODUCER);
        given().redirects().follow(false).get("/catalogue/produits").then().statusCode(303)
                .header("Location", endsWith("/login"));
        as(volunteer).get("/catalogue/produits").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("Accès refusé"));
        as(volunteer).get("/producteur/produits").then().statusCode(403);

        CatalogueFixtures.Place place = fixtures.antenna();
        ProducerView own = fixtures.producer(place.antennaId(), "Pastificio " + UUID.randomUUID());
        ProducerView other = fixtures.producer(place.antennaId(), "Moulin " + UUID.randomUUID());
        fixtures.product(own.id(), "Fusilli", 310, 30, Set.of());
        fixtures.product(other.id(), "Farine de seigle", 150, 10, Set.of());
        as(producerLogin).get("/producteur/produits").then().statusCode(200)
                .body(containsString("pas encore lié"));
        as(coordinator).contentType(FORM).formParam("login", producerLogin)
                .post("/catalogue/producteurs/" + own.id() + "/compte").then().statusCode(303);
        as(producerLogin).get("/producteur/produits").then().statusCode(200)
                .body(containsString("Fusilli"))
                .body(containsString("3,10\u00a0€"))
                .body(not(containsString("Farine de seigle")));
        as(producerLogin).get("/catalogue/produits").then().statusCode(403);
    }

    @Test
    void linkingAnUnknownLoginShowsTheError() {
        String coordinator = accounts.create(Role.COORDINATOR);
        ProducerView producer = fixtures.producer(fixtures.antenna().antennaId(), "Ferme " + UUID.randomUUID());
        as(coordinator).contentType(FORM).formParam("login", "personne@nulle.part")
                .post("/catalogue/producteurs/" + producer.id() + "/compte").then().statusCode(400)
                .body(containsString("Aucun compte n&#39;a l&#39;identifiant « personne@nulle.part »"));
    }

    @Test
    void unknownProductPageIsAFrench404() {
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).get("/catalogue/produits/999999999").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("Ce produit n&#39;existe pas."));
    }
}
