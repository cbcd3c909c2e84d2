package org.paniercommun.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.basket.BasketHandout;
import org.paniercommun.basket.BasketMessages;
import org.paniercommun.basket.BasketSize;
import org.paniercommun.basket.Frequency;
import org.paniercommun.basket.MissedRule;
import org.paniercommun.basket.Subscription;
import org.paniercommun.catalogue.CatalogueMessages;
import org.paniercommun.catalogue.ProductCategory;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.settlement.RoundBooks;
import org.paniercommun.settlement.SettlementMessages;
import org.paniercommun.settlement.StatementStatus;
import org.paniercommun.kernel.Texts;

/**
 * The texts Java code writes for the household pages and API (a service's error, an enum label, a Bean Validation
 * message) follow {@code Accept-Language}, and stay French without it or when only French exists. English exists in
 * the tests' resources only ({@code messages/household_en.properties}, {@code ValidationMessages_en.properties}).
 * The enums whose labels moved from Java to bundles (households, catalogue, settlement, baskets) keep a French label
 * for every constant.
 */
@QuarkusTest
class HouseholdTextsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    private RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    @Test
    void aServiceErrorFollowsTheRequestsLanguage() {
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).get("/api/households/999999999").then().statusCode(404)
                .body("detail", equalTo("Foyer introuvable."));
        as(coordinator).header("Accept-Language", "en").get("/api/households/999999999").then().statusCode(404)
                .body("detail", equalTo("Household not found."));
    }

    @Test
    void theTierLabelsOfTheHouseholdFormFollowTheRequestsLanguage() {
        String volunteer = accounts.create(Role.VOLUNTEER);
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).get("/foyers/nouveau").then()
                .statusCode(200).body(containsString("Tarif 1 — petit budget"), not(containsString("Tier 1")));
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).header("Accept-Language", "en")
                .get("/foyers/nouveau").then().statusCode(200)
                .body(containsString("Tier 1 — small budget"), not(containsString("Tarif 1 — petit budget")),
                        // no English explanation yet: it falls back on French
                        containsString("vous payez environ la moitié de ce que le groupement paie le produit"));
    }

    @Test
    void aBeanValidationMessageFollowsTheRequestsLanguageAndFallsBackOnFrench() {
        Fixtures.Place place = fixtures.place();
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "Foyer 7");
        body.put("peopleCount", 0);
        body.put("groupId", place.group().id);
        body.put("priceTier", 4);
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).body(body).post("/api/households").then().statusCode(400)
                .body("violations.find { it.field == 'peopleCount' }.message", equalTo("Au moins 1 personne."));
        as(coordinator).header("Accept-Language", "en").body(body).post("/api/households").then().statusCode(400)
                .body("violations.find { it.field == 'peopleCount' }.message", equalTo("At least 1 person."))
                .body("violations.find { it.field == 'priceTier' }.message", equalTo("Le tarif est 1, 2 ou 3."));
        // A language the application does not offer gets French, whatever the JVM's own locale.
        as(coordinator).header("Accept-Language", "de").body(body).post("/api/households").then().statusCode(400)
                .body("violations.find { it.field == 'peopleCount' }.message", equalTo("Au moins 1 personne."));
    }

    @Test
    void everyConstantOfTheEnumsMovedToBundlesHasItsFrenchLabel() {
        HouseholdMessages household = Texts.inDefaultLocale(HouseholdMessages.class);
        for (PriceTier tier : PriceTier.values()) {
            assertTrue(household.tier_label(tier).startsWith("Tarif " + tier.number + " — "), tier.name());
            assertFalse(household.tier_explanation(tier).isBlank(), tier.name());
        }
        assertEquals("Adhésion solidaire", household.membership_kind(MembershipKind.SOLIDAIRE));
        CatalogueMessages catalogue = Texts.inDefaultLocale(CatalogueMessages.class);
        for (ProductCategory category : ProductCategory.values()) {
            assertEquals(category, ProductCategory.parse(catalogue.category(category)).orElseThrow());
        }
        for (SaleUnit unit : SaleUnit.values()) {
            assertEquals(unit, SaleUnit.parse(catalogue.sale_unit(unit)).orElseThrow());
        }
        SettlementMessages settlement = Texts.inDefaultLocale(SettlementMessages.class);
        for (StatementStatus status : StatementStatus.values()) {
            assertFalse(settlement.statement_status(status).isBlank(), status.name());
        }
        for (RoundBooks.Line.Kind kind : RoundBooks.Line.Kind.values()) {
            assertFalse(new RoundBooks.Line(kind, "x", 0).label().isBlank(), kind.name());
        }
        BasketMessages basket = Texts.inDefaultLocale(BasketMessages.class);
        List<String> basketLabels = new ArrayList<>();
        Arrays.stream(BasketSize.values()).map(basket::size).forEach(basketLabels::add);
        Arrays.stream(Frequency.values()).map(basket::frequency).forEach(basketLabels::add);
        Arrays.stream(MissedRule.values()).map(basket::missed_rule).forEach(basketLabels::add);
        Arrays.stream(Subscription.Status.values()).map(basket::subscription_status).forEach(basketLabels::add);
        Arrays.stream(BasketHandout.Status.values()).map(basket::handout_status).forEach(basketLabels::add);
        assertEquals(12, basketLabels.size());
        assertTrue(basketLabels.stream().noneMatch(String::isBlank), basketLabels.toString());
    }
}
