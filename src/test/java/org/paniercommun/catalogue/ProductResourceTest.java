package org.paniercommun.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

@QuarkusTest
class ProductResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    RoundFixtures rounds;

    private RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private static Map<String, Object> oliveOil(long producerId, List<Long> groupIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("producerId", producerId);
        body.put("name", "Huile d'olive vierge extra");
        body.put("category", "LIQUIDES");
        body.put("saleUnit", "LITRE");
        body.put("orderStep", 5);
        body.put("orderMinimum", 5);
        body.put("caseSize", 5);
        body.put("purchasePriceCents", 980);
        body.put("logisticsCents", 82);
        body.put("vatRate", 5.5);
        body.put("organic", true);
        body.put("fairTrade", true);
        body.put("origin", "Andalousie, Espagne");
        body.put("groupIds", groupIds);
        return body;
    }

    @Test
    void coordinatorCreatesAProductWithItsCostPrice() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens", "Liévin");
        ProducerView producer = fixtures.producer(place.antennaId(), "Coopérative " + UUID.randomUUID());
        as(coordinator).body(oliveOil(producer.id(), List.of(place.group("Lens"), place.group("Liévin"))))
                .post("/api/products").then().statusCode(201)
                .body("purchasePriceCents", equalTo(980))
                .body("logisticsCents", equalTo(82))
                .body("costPriceCents", equalTo(1062))
                .body("casePriceCents", equalTo(5310))
                .body("vatRate", equalTo(5.5f))
                .body("categoryLabel", equalTo("Liquides"))
                .body("saleUnitLabel", equalTo("L"))
                .body("producerName", equalTo(producer.name()))
                .body("groups.name", containsInAnyOrder("Lens", "Liévin"));
    }

    @Test
    void invalidProductGetsEveryFrenchFieldMessage() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna();
        ProducerView producer = fixtures.producer(place.antennaId(), "Ferme " + UUID.randomUUID());
        Map<String, Object> body = oliveOil(producer.id(), List.of());
        body.put("name", "");
        body.put("orderStep", 0.5);
        body.put("orderMinimum", 1.25);
        body.put("caseSize", 0);
        body.put("purchasePriceCents", -1);
        body.put("vatRate", 7);
        as(coordinator).body(body).post("/api/products").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("name", "orderMinimum", "caseSize",
                        "purchasePriceCents", "vatRate"))
                .body("violations.find { it.field == 'name' }.message", equalTo("Le nom est obligatoire."))
                .body("violations.find { it.field == 'orderMinimum' }.message",
                        equalTo("Le minimum de commande doit être un multiple du pas (ou 0)."))
                .body("violations.find { it.field == 'caseSize' }.message",
                        equalTo("La taille du colis doit être supérieure à 0."))
                .body("violations.find { it.field == 'purchasePriceCents' }.message",
                        equalTo("Le prix d'achat ne peut pas être négatif."))
                .body("violations.find { it.field == 'vatRate' }.message",
                        equalTo("Le taux de TVA doit être 5,5, 10 ou 20 %."));

        body = oliveOil(producer.id(), List.of());
        body.put("orderStep", 0.0005);
        as(coordinator).body(body).post("/api/products").then().statusCode(400)
                .body("violations.find { it.field == 'orderStep' }.message",
                        equalTo("Au plus 3 chiffres après la virgule."));
    }

    @Test
    void groupsMustBelongToTheProducersAntenna() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens");
        CatalogueFixtures.Place elsewhere = fixtures.antenna("Amiens");
        ProducerView producer = fixtures.producer(place.antennaId(), "Ferme " + UUID.randomUUID());
        as(coordinator).body(oliveOil(producer.id(), List.of(elsewhere.group("Amiens"))))
                .post("/api/products").then().statusCode(400)
                .body("violations[0].field", equalTo("groupIds"))
                .body("violations[0].message",
                        equalTo("Le groupement « Amiens » n'appartient pas à l'antenne du producteur."));

        // A product cannot move to a producer of another antenna either.
        ProductView product = fixtures.product(producer.id(), "Lentilles", 240, 20, Set.of());
        ProducerView foreign = fixtures.producer(elsewhere.antennaId(), "Ferme " + UUID.randomUUID());
        Map<String, Object> moved = oliveOil(foreign.id(), List.of());
        as(coordinator).body(moved).put("/api/products/" + product.id()).then().statusCode(400)
                .body("violations[0].field", equalTo("producerId"))
                .body("violations[0].message",
                        equalTo("Le producteur doit appartenir à la même antenne que le produit."));
    }

    @Test
    void aProductKeepsItsProducerOnceARoundHasOpenedWithIt() {
        String coordinator = accounts.create(Role.COORDINATOR);
        RoundFixtures.Setup setup = rounds.openRound(null);
        ProductView lentils = setup.products().get(0);
        ProducerView other = fixtures.producer(setup.place().antenna().id, "Ferme " + UUID.randomUUID());
        as(coordinator).body(oliveOil(other.id(), List.of())).put("/api/products/" + lentils.id()).then()
                .statusCode(400)
                .body("violations[0].field", equalTo("producerId"))
                .body("violations[0].message", equalTo("Ce produit a déjà été commandé dans une tournée : il garde "
                        + "son producteur. Pour un autre producteur, créez un nouveau produit et désactivez celui-ci."));
        assertEquals(lentils.producerId(), fixtures.productNow(lentils.id()).producerId());

        // A product no round has opened with can still be moved (a typing mistake when it was created).
        ProductView fresh = fixtures.product(lentils.producerId(), "Pois chiches " + UUID.randomUUID(), 240, 20, Set.of());
        as(coordinator).body(oliveOil(other.id(), List.of())).put("/api/products/" + fresh.id()).then()
                .statusCode(200);
        assertEquals(other.id(), fixtures.productNow(fresh.id()).producerId());
    }

    @Test
    void producerSeesOnlyItsOwnProducts() {
        String coordinator = accounts.create(Role.COORDINATOR);
        String producerLogin = accounts.create(Role.PRODUCER);
        CatalogueFixtures.Place place = fixtures.antenna();
        ProducerView own = fixtures.producer(place.antennaId(), "Pastificio " + UUID.randomUUID());
        ProducerView other = fixtures.producer(place.antennaId(), "Moulin " + UUID.randomUUID());
        ProductView penne = fixtures.product(own.id(), "Penne", 310, 30, Set.of());
        ProductView flour = fixtures.product(other.id(), "Farine T80", 120, 10, Set.of());
        as(coordinator).body(Map.of("login", producerLogin)).put("/api/producers/" + own.id() + "/account")
                .then().statusCode(200);

        as(producerLogin).get("/api/products").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.name", containsInAnyOrder("Penne"));
        as(producerLogin).queryParam("producerId", other.id()).get("/api/products").then().statusCode(404);
        as(producerLogin).get("/api/products/" + penne.id()).then().statusCode(200);
        as(producerLogin).get("/api/products/" + flour.id()).then().statusCode(404);
        as(producerLogin).body(oliveOil(own.id(), List.of())).post("/api/products").then().statusCode(403);
    }

    @Test
    void volunteerCannotCreateAndAnonymousGets401() {
        String volunteer = accounts.create(Role.VOLUNTEER);
        ProducerView producer = fixtures.producer(fixtures.antenna().antennaId(), "Ferme " + UUID.randomUUID());
        as(volunteer).body(oliveOil(producer.id(), List.of())).post("/api/products").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/products").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(oliveOil(producer.id(), List.of())).post("/api/products")
                .then().statusCode(401);
    }

    @Test
    void deactivationHidesProductsFromHouseholds() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens");
        String household = accounts.householdIn(place.group("Lens"));
        ProducerView producer = fixtures.producer(place.antennaId(), "Ferme " + UUID.randomUUID());
        ProductView eggs = fixtures.product(producer.id(), "Œufs plein air", 180, 20, Set.of(place.group("Lens")));
        ProductView leeks = fixtures.product(producer.id(), "Poireaux", 250, 20, Set.of(place.group("Lens")));

        as(household).queryParam("producerId", producer.id()).get("/api/products").then().statusCode(200)
                .body("items.name", containsInAnyOrder("Œufs plein air", "Poireaux"));

        as(coordinator).post("/api/products/" + eggs.id() + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        as(household).queryParam("producerId", producer.id()).get("/api/products").then().statusCode(200)
                .body("items.name", containsInAnyOrder("Poireaux"));
        as(household).get("/api/products/" + eggs.id()).then().statusCode(404);
        as(household).queryParam("active", false).queryParam("producerId", producer.id())
                .get("/api/products").then().body("items.name", not(hasItem("Œufs plein air")));
        // The coordinator still sees it.
        as(coordinator).queryParam("producerId", producer.id()).get("/api/products").then()
                .body("total", equalTo(2));

        // A deactivated producer takes all its products off the households' catalogue.
        as(coordinator).post("/api/producers/" + producer.id() + "/deactivate").then().statusCode(200);
        as(household).queryParam("producerId", producer.id()).get("/api/products").then()
                .body("items", empty());
        as(household).get("/api/products/" + leeks.id()).then().statusCode(404);

        as(coordinator).post("/api/producers/" + producer.id() + "/activate").then().statusCode(200);
        as(coordinator).post("/api/products/" + eggs.id() + "/activate").then().statusCode(200);
        as(household).queryParam("producerId", producer.id()).get("/api/products").then()
                .body("items", hasSize(2));
    }

    @Test
    void searchFiltersByTextCategoryGroupAndPages() {
        CatalogueFixtures.Place place = fixtures.antenna("Lens", "Liévin");
        String volunteer = accounts.volunteerOf(place.group("Lens"), place.group("Liévin"));
        ProducerView producer = fixtures.producer(place.antennaId(), "Ferme " + UUID.randomUUID());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 4; i++) {
            fixtures.product(producer.id(), "Riz " + tag + " " + i, 300, 20, Set.of(place.group("Lens")));
        }
        fixtures.product(producer.id(), "Pois chiches " + tag, 300, 20, Set.of(place.group("Liévin")));

        as(volunteer).queryParam("q", "riz " + tag).queryParam("size", 3).queryParam("page", 2)
                .get("/api/products").then().statusCode(200)
                .body("total", equalTo(4)).body("size", equalTo(3)).body("page", equalTo(2))
                .body("items.name", containsInAnyOrder("Riz " + tag + " 4"));
        as(volunteer).queryParam("groupId", place.group("Liévin")).get("/api/products").then()
                .body("items.name", containsInAnyOrder("Pois chiches " + tag));
        as(volunteer).queryParam("producerId", producer.id()).queryParam("category", "EPICERIE_SECHE")
                .get("/api/products").then().body("total", equalTo(5));
        as(volunteer).queryParam("producerId", producer.id()).queryParam("category", "HYGIENE")
                .get("/api/products").then().body("total", equalTo(0));
        as(volunteer).queryParam("category", "BOUCHERIE").get("/api/products").then().statusCode(400)
                .body("violations[0].field", equalTo("category"))
                .body("violations[0].message", equalTo("Catégorie inconnue : « BOUCHERIE »."));
    }

    @Test
    void apiIsDocumentedInOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/products"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/products/import"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/producers/me"));
    }

    @Test
    void groupSelectionCanBeChanged() {
        String coordinator = accounts.create(Role.COORDINATOR);
        CatalogueFixtures.Place place = fixtures.antenna("Lens", "Liévin", "Loos-en-Gohelle");
        ProducerView producer = fixtures.producer(place.antennaId(), "Ferme " + UUID.randomUUID());
        ProductView product = fixtures.product(producer.id(), "Farine", 120, 10, Set.of(place.group("Lens")));
        as(coordinator).body(Map.of("groupIds", List.of(place.group("Liévin"), place.group("Loos-en-Gohelle"))))
                .put("/api/products/" + product.id() + "/groups").then().statusCode(200)
                .body("groups.name", containsInAnyOrder("Liévin", "Loos-en-Gohelle"));
    }
}
