package org.paniercommun.kernel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Texts written by Java code (here the error mapper's titles) follow the request's {@code Accept-Language} like
 * the pages do, with French as the default. An English translation of a few keys exists in the tests' resources
 * only ({@code messages/msg_en.properties}).
 */
@QuarkusTest
class TextsTest {

    private static final String API = "/api/rounds";

    @Test
    void whatCannotBeReadIsWordedAtTheEdge() {
        assertEquals("Un montant a au plus deux chiffres après la virgule.",
                Texts.explain(assertThrows(Unreadable.class, () -> Money.parse("1,005"))));
        assertEquals("« douze » n'est pas un montant (exemple : 12,50).",
                Texts.explain(assertThrows(Unreadable.class, () -> Money.parse(" douze "))));
        assertEquals("« un » n'est pas un nombre (exemple : 0,5).",
                Texts.explain(assertThrows(Unreadable.class, () -> Quantities.parse("un"))));
        assertEquals("Au plus 1\u202f000\u202f000,00\u00a0€.",
                Texts.explain(assertThrows(Unreadable.class, () -> Money.parse("1 000 000,01"))));
    }

    @Test
    void anErrorIsInFrenchWithoutALanguageOrWhenTheBrowserPrefersFrench() {
        given().get(API).then().statusCode(401).body("title", equalTo("Connexion requise"));
        given().header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8").get(API).then().statusCode(401)
                .body("title", equalTo("Connexion requise"));
    }

    @Test
    void anErrorIsInTheFirstLanguageThatHasATranslation() {
        given().header("Accept-Language", "en-GB").get(API).then().statusCode(401)
                .body("title", equalTo("Login required"));
        given().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").get(API).then().statusCode(401)
                .body("title", equalTo("Login required"));
    }

    @Test
    void anUntranslatedTextFallsBackOnFrenchAndAMalformedHeaderOnTheDefault() {
        given().header("Accept-Language", "en").get(API).then().statusCode(401)
                .body("detail", equalTo("Identifiez-vous (session ou HTTP Basic) pour utiliser cette adresse."));
        given().header("Accept-Language", ";;q=x").get(API).then().statusCode(401)
                .body("title", equalTo("Connexion requise"));
    }

    @Test
    void thePageAroundTheTextsIsInTheSameLanguage() {
        given().header("Accept-Language", "en").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\""), containsString("Log in"));
        given().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"fr\""), not(containsString("Log in")));
    }
}
