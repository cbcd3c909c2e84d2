package org.paniercommun.account;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;

@QuarkusTest
class AuthenticationTest {

    @Inject
    TestAccounts accounts;

    @Inject
    Fixtures fixtures;

    private Response formLogin(String login, String password) {
        return given().redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", login)
                .formParam("j_password", password)
                .post("/j_security_check");
    }

    @Test
    void loginPageIsServedInFrench() {
        given().get("/login").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Mot de passe"))
                .body(containsString("action=\"/j_security_check\""));
    }

    @Test
    void formLoginSetsAnHttpOnlySameSiteSessionCookieThatOpensTheApi() {
        String login = accounts.create(Role.VOLUNTEER);
        Response response = formLogin(login, TestAccounts.PASSWORD);
        assertEquals(302, response.statusCode());
        String setCookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("panier_session=")).findFirst().orElse(null);
        assertNotNull(setCookie, "a session cookie is set");
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);

        given().cookie("panier_session", response.getCookie("panier_session"))
                .get("/api/me").then().statusCode(200)
                .body("login", equalTo(login))
                .body("roles", hasItems(Role.VOLUNTEER));
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithoutASession() {
        String login = accounts.create(Role.HOUSEHOLD);
        Response response = formLogin(login, "not-the-password");
        assertTrue(response.statusCode() == 302 || response.statusCode() == 303, "redirected");
        assertTrue(response.getHeader("Location").endsWith("/login?erreur=1"), response.getHeader("Location"));
        assertFalse(response.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("panier_session=") && !c.startsWith("panier_session=;")));

        given().queryParam("erreur", 1).get("/login").then().statusCode(200)
                .body(containsString("Identifiant ou mot de passe incorrect"));
    }

    @Test
    void apiAcceptsHttpBasic() {
        String login = accounts.create(Role.PRODUCER, Role.HOUSEHOLD);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/api/me").then().statusCode(200)
                .body("roles", hasItems(Role.PRODUCER, Role.HOUSEHOLD));
    }

    @Test
    void apiWithoutCredentialsAnswers401ProblemWithBasicChallenge() {
        given().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401))
                .body("title", equalTo("Connexion requise"));
    }

    @Test
    void apiWithWrongBasicPasswordAnswers401Problem() {
        String login = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(login, "wrong-password")
                .get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("Identifiant ou mot de passe incorrect."));
    }

    @Test
    void protectedPageSendsAnonymousVisitorsToTheLoginPage() {
        given().redirects().follow(false).get("/compte").then()
                .statusCode(303).header("Location", endsWithLogin());
    }

    @Test
    void accountPageShowsTheLoggedInPerson() {
        String login = accounts.create(Role.VOLUNTEER);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/compte").then().statusCode(200)
                .body(containsString(login))
                .body(containsString("Bénévole"));
    }

    @Test
    void logoutExpiresTheSessionCookie() {
        given().redirects().follow(false).post("/logout").then()
                .statusCode(303)
                .header("Location", containsString("/login?sortie=1"))
                // (the CSRF cookie is set again too, so the session cookie is looked up by name)
                .cookie("panier_session", detailedCookie().value("").maxAge(0));
    }

    @Test
    void firstCoordinatorComesFromTheEnvironment() {
        // %test.panier.admin.* stand for PANIER_ADMIN_EMAIL / PANIER_ADMIN_PASSWORD.
        given().auth().preemptive().basic("admin@test.paniercommun.org", "admin-secret-123")
                .get("/api/me").then().statusCode(200)
                .body("roles", hasItems(Role.COORDINATOR));
    }

    private static org.hamcrest.Matcher<String> endsWithLogin() {
        return org.hamcrest.Matchers.endsWith("/login");
    }

    @Test
    void theRolesBehindASessionCookieAreReadOnceAndAPasswordLoginReadsThemAgain() {
        String login = accounts.create(Role.VOLUNTEER);
        String cookie = formLogin(login, TestAccounts.PASSWORD).getCookie("panier_session");
        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(200)
                .body("roles", not(hasItem(Role.COORDINATOR)));
        // Roles never change through the app; changed behind its back, a session keeps what was read at its first
        // request (for the cache's delay), while a login with the password sees the change at once.
        QuarkusTransaction.requiringNew().run(() -> UserAccount.update("roles = ?1 where login = ?2",
                Role.VOLUNTEER + "," + Role.COORDINATOR, login));

        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(200)
                .body("roles", not(hasItem(Role.COORDINATOR)));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/me").then().statusCode(200)
                .body("roles", hasItems(Role.VOLUNTEER, Role.COORDINATOR));
    }

    @Test
    void anErasedHouseholdsSessionStopsWorkingAtOnce() {
        Place place = fixtures.place();
        String login = "session-" + System.nanoTime() + "@example.org";
        Map<String, Object> household = Map.of("displayName", "Famille Session", "peopleCount", 2,
                "groupId", place.group().id, "relayPointId", place.relayPoint().id, "priceTier", 2);
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("household", household, "login", login, "password", "un-mot-de-passe"))
                .post("/api/households/registrations").then().statusCode(201).extract().path("id");
        String cookie = formLogin(login, "un-mot-de-passe").getCookie("panier_session");
        given().cookie("panier_session", cookie).get("/api/households/me").then().statusCode(200)
                .body("id", equalTo(id));

        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).post("/api/households/" + id + "/erase").then().statusCode(200);

        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(401);
        given().cookie("panier_session", cookie).get("/api/households/me").then().statusCode(401);
    }
}
