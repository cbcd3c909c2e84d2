package org.paniercommun.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

/** The login form carries the CSRF token too, and a login post from another site logs nobody in (web/CrossSiteLogins). */
@QuarkusTest
class CrossSiteLoginTest {

    private static final String REFUSED = "La connexion a été refusée : la page avait expiré ou le formulaire ne venait "
            + "pas de Panier Commun.";

    @Inject
    TestAccounts accounts;

    /** A login post with no help from {@link CsrfForms}: the test sends the token it chooses, or none. */
    private static RequestSpecification loginPost(String login) {
        return given().noFiltersOfType(CsrfForms.class).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", login).formParam("j_password", TestAccounts.PASSWORD);
    }

    private static void assertRefusedWithoutSession(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        assertTrue(response.getHeader("Location").endsWith("/login?refus=1"), response.getHeader("Location"));
        assertTrue(response.getHeaders().getValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith("panier_session=")), response.getHeaders().toString());
    }

    @Test
    void theLoginPageFormCarriesTheTokenAndASameSiteLoginWorks() {
        String login = accounts.create(Role.VOLUNTEER);
        CsrfForms.Token token = CsrfForms.fromPage("/login");
        Response response = loginPost(login).header("Sec-Fetch-Site", "same-origin")
                .cookie(CsrfForms.COOKIE, token.cookie()).formParam(CsrfForms.FIELD, token.field())
                .post("/j_security_check");
        assertEquals(302, response.statusCode(), response.asString());
        String session = response.getCookie("panier_session");
        assertNotNull(session);
        given().cookie("panier_session", session).get("/api/me").then().statusCode(200).body("login", equalTo(login));
    }

    @Test
    void aLoginPostWithoutTokenIsRefusedAndTheLoginPageSaysWhy() {
        String login = accounts.create(Role.HOUSEHOLD);
        assertRefusedWithoutSession(loginPost(login).post("/j_security_check"));
        // The token cookie alone (a neighbour site can set one) is not enough, nor the field alone.
        CsrfForms.Token token = CsrfForms.fromPage("/login");
        assertRefusedWithoutSession(loginPost(login).cookie(CsrfForms.COOKIE, token.cookie()).post("/j_security_check"));
        assertRefusedWithoutSession(loginPost(login).formParam(CsrfForms.FIELD, token.field()).post("/j_security_check"));

        given().get("/login?refus=1").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString(REFUSED)).body(containsString("action=\"/j_security_check\""));
    }

    @Test
    void aLoginPostWithTheTokenOfAnotherBrowserIsRefused() {
        String login = accounts.create(Role.COORDINATOR);
        CsrfForms.Token mine = CsrfForms.fromPage("/login");
        CsrfForms.Token another = CsrfForms.fromPage("/login");
        assertRefusedWithoutSession(loginPost(login).cookie(CsrfForms.COOKIE, mine.cookie())
                .formParam(CsrfForms.FIELD, another.field()).post("/j_security_check"));
        assertRefusedWithoutSession(loginPost(login).cookie(CsrfForms.COOKIE, "")
                .formParam(CsrfForms.FIELD, "").post("/j_security_check"));
    }

    @Test
    void aLoginPostABrowserSaysComesFromAnotherSiteIsRefusedEvenWithTheToken() {
        String login = accounts.create(Role.HOUSEHOLD);
        for (String site : new String[] { "cross-site", "same-site" }) {
            CsrfForms.Token token = CsrfForms.fromPage("/login");
            assertRefusedWithoutSession(loginPost(login).header("Sec-Fetch-Site", site)
                    .cookie(CsrfForms.COOKIE, token.cookie()).formParam(CsrfForms.FIELD, token.field())
                    .post("/j_security_check"));
        }
    }
}
