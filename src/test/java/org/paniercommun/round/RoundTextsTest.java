package org.paniercommun.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.round.RoundFixtures.Setup;

/**
 * The texts Java code writes for the rounds follow the request's {@code Accept-Language}, and stay French without
 * it: a service's error, a status label on a page and in the API, a Bean Validation message. English exists in
 * the tests' resources only ({@code messages/round_en.properties}, {@code ValidationMessages_en.properties}); this
 * machine's JVM speaks English by default, which must not leak into French answers.
 */
@QuarkusTest
class RoundTextsTest {

    @Inject
    RoundFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Test
    void aServiceErrorFollowsTheRequestLanguage() {
        long id = fixtures.draftRound(null).round().id;
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).header("Accept-Language", "en-GB,en;q=0.8").post("/api/rounds/" + id + "/close")
                .then().statusCode(409)
                .body("detail", equalTo("The round is “Being prepared”: it cannot become “Closed”."));
        as(coordinator).post("/api/rounds/" + id + "/close").then().statusCode(409)
                .body("detail", equalTo("La tournée est « En préparation » : elle ne peut pas passer à « Clôturée »."));
        as(coordinator).header("Accept-Language", "en").get("/api/rounds/" + Long.MAX_VALUE)
                .then().statusCode(404).body("detail", equalTo("Round not found."));
        as(coordinator).header("Accept-Language", "de").get("/api/rounds/" + Long.MAX_VALUE)
                .then().statusCode(404).body("detail", equalTo("Tournée introuvable."));
    }

    @Test
    void aStatusLabelFollowsTheRequestLanguageOnThePageAndInTheApi() {
        Setup setup = fixtures.draftRound(null);
        String coordinator = accounts.create(Role.COORDINATOR);
        String path = "/tournees/" + setup.round().id;
        as(coordinator).header("Accept-Language", "en").get(path).then().statusCode(200)
                .body(containsString("<strong>Being prepared</strong>"));
        as(coordinator).get(path).then().statusCode(200)
                .body(containsString("<strong>En préparation</strong>"));
        // A text the page's Java code writes (an action button), not only the template's.
        as(coordinator).header("Accept-Language", "en").get(path).then().statusCode(200)
                .body(containsString(">Open for orders now (prices are frozen)</button>"));
        as(coordinator).get(path).then().statusCode(200)
                .body(containsString(">Ouvrir les commandes maintenant (les prix sont figés)</button>"));
        as(coordinator).header("Accept-Language", "en").get("/api/rounds/" + setup.round().id).then()
                .statusCode(200).body("status", equalTo("DRAFT")).body("statusLabel", equalTo("Being prepared"));
        as(coordinator).get("/api/rounds/" + setup.round().id).then()
                .statusCode(200).body("statusLabel", equalTo("En préparation"));
    }

    @Test
    void aBeanValidationMessageFollowsTheRequestLanguageAndStaysFrenchOtherwise() {
        Setup setup = fixtures.draftRound(null);
        String coordinator = accounts.create(Role.COORDINATOR);
        Map<String, Object> unnamed = Map.of("antennaId", setup.place().antenna().id, "name", " ",
                "opensAt", "2030-01-01T08:00:00Z", "deadline", "2030-01-10T20:00:00Z",
                "groupIds", java.util.List.of(setup.place().group().id));
        as(coordinator).header("Accept-Language", "en").contentType(ContentType.JSON).body(unnamed)
                .post("/api/rounds").then().statusCode(400)
                .body("violations[0].field", equalTo("name")).body("violations[0].message", equalTo("Give the round a name."));
        // French whether asked for, not asked for, or asked in a language without a translation: never the
        // JVM's default language (English here), although an English file exists.
        for (String language : new String[] { "fr-FR,fr;q=0.9", "", "de-DE" }) {
            as(coordinator).header("Accept-Language", language).contentType(ContentType.JSON).body(unnamed)
                    .post("/api/rounds").then().statusCode(400)
                    .body("violations[0].message", equalTo("Donnez un nom à la tournée."));
        }
    }

    private static RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD);
    }
}
