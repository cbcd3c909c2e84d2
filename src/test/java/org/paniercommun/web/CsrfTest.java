package org.paniercommun.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.household.Household;

/** Every form post carries its page's CSRF token; scripts keep the JSON API. See web/CrossSiteRequests. */
@QuarkusTest
class CsrfTest {

    private static final String REFUSED = "Le formulaire a expiré ou ne vient pas de Panier Commun. "
            + "Rechargez la page et recommencez.";
    private static final Pattern POST_FORM = Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    /** A coordinator's post with no help from {@link CsrfForms}: the test sends what it chooses. */
    private static RequestSpecification coordinatorPosting(String coordinator) {
        return given().noFiltersOfType(CsrfForms.class).auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .redirects().follow(false);
    }

    private long activeHousehold() {
        return fixtures.household(fixtures.place(), Fixtures.unique("Famille Jeton"), 2).id;
    }

    private static boolean active(long householdId) {
        return QuarkusTransaction.requiringNew().call(() -> Household.<Household>findById(householdId).active);
    }

    @Test
    void formPostWithoutTokenIsRefusedInFrenchAndChangesNothing() {
        long id = activeHousehold();
        coordinatorPosting(accounts.create(Role.COORDINATOR)).contentType(ContentType.URLENC)
                .post("/foyers/" + id + "/desactiver").then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("Formulaire refusé"))
                .body(containsString(REFUSED));
        assertTrue(active(id));
    }

    @Test
    void tokenOfAnotherBrowserOrTamperedIsRefusedAndTheOwnTokenPasses() {
        long id = activeHousehold();
        String coordinator = accounts.create(Role.COORDINATOR);
        CsrfForms.Token mine = CsrfForms.fromPage(CsrfForms.PAGE_WITH_A_FORM);
        CsrfForms.Token another = CsrfForms.fromPage(CsrfForms.PAGE_WITH_A_FORM);
        assertNotEquals(mine.cookie(), another.cookie());

        String refusedPage = coordinatorPosting(coordinator).cookie(CsrfForms.COOKIE, mine.cookie())
                .formParam(CsrfForms.FIELD, another.field())
                .post("/foyers/" + id + "/desactiver").then().statusCode(403).body(containsString(REFUSED))
                .extract().asString();
        // The refused page's own forms (the logout button) carry the token of the cookie the browser holds.
        assertTrue(refusedPage.contains("name=\"csrf-token\" value=\"" + mine.cookie() + "\""), refusedPage);
        String tampered = (mine.field().charAt(0) == 'A' ? "B" : "A") + mine.field().substring(1);
        coordinatorPosting(coordinator).cookie(CsrfForms.COOKIE, mine.cookie())
                .formParam(CsrfForms.FIELD, tampered)
                .post("/foyers/" + id + "/desactiver").then().statusCode(403).body(containsString(REFUSED));
        coordinatorPosting(coordinator).formParam(CsrfForms.FIELD, mine.field())
                .post("/foyers/" + id + "/desactiver").then().statusCode(403);
        assertTrue(active(id));

        coordinatorPosting(coordinator).cookie(CsrfForms.COOKIE, mine.cookie())
                .formParam(CsrfForms.FIELD, mine.field())
                .post("/foyers/" + id + "/desactiver").then().statusCode(303);
        assertFalse(active(id));
    }

    @Test
    void aMultipartFormIsCheckedToo() {
        Place place = fixtures.place();
        String coordinator = accounts.create(Role.COORDINATOR);
        byte[] csv = "nom;categorie;producteur;unite;pas;colis;prix_achat;tva\n".getBytes(StandardCharsets.UTF_8);
        coordinatorPosting(coordinator).multiPart("antennaId", String.valueOf(place.antenna().id))
                .multiPart("file", "produits.csv", csv, "text/csv")
                .post("/catalogue/produits/import").then().statusCode(403).body(containsString(REFUSED));
    }

    @Test
    void aPagePostThatIsNotAFormIsRefusedEvenWithTheTokenCookie() {
        long id = activeHousehold();
        CsrfForms.Token token = CsrfForms.fromPage(CsrfForms.PAGE_WITH_A_FORM);
        // text/plain is what a form of another site can send without the token filter reading it.
        coordinatorPosting(accounts.create(Role.COORDINATOR)).cookie(CsrfForms.COOKIE, token.cookie())
                .contentType(ContentType.TEXT).body(CsrfForms.FIELD + "=" + token.field())
                .post("/foyers/" + id + "/desactiver").then().statusCode(403).body(containsString(REFUSED));
        coordinatorPosting(accounts.create(Role.COORDINATOR)).post("/foyers/" + id + "/desactiver").then()
                .statusCode(403);
        assertTrue(active(id));
    }

    @Test
    void everyPostFormOfRenderedPagesCarriesThePageToken() {
        long id = activeHousehold();
        String coordinator = accounts.create(Role.COORDINATOR);
        int forms = 0;
        for (String path : List.of("/foyers/" + id, "/catalogue/produits/import", "/tournees/nouvelle", "/paniers",
                CsrfForms.PAGE_WITH_A_FORM)) {
            Response page = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(path);
            assertEquals(200, page.statusCode(), path);
            String cookie = page.getCookie(CsrfForms.COOKIE);
            assertNotNull(cookie, path);
            Matcher form = POST_FORM.matcher(page.asString());
            while (form.find()) {
                forms++;
                assertTrue(form.group(1).contains("<input type=\"hidden\" name=\"csrf-token\" value=\"" + cookie + "\"/>"),
                        path + ": " + form.group());
            }
        }
        assertTrue(forms >= 10, "post forms found: " + forms);
    }

    @Test
    void everyPostFormOfEveryTemplateHasTheTokenTag() throws IOException {
        List<String> missing = new ArrayList<>();
        int forms = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher form = POST_FORM.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (form.find()) {
                    forms++;
                    if (!form.group(1).contains("{#csrf /}")) {
                        missing.add(template + ": " + form.group().lines().findFirst().orElseThrow());
                    }
                }
            }
        }
        assertTrue(forms > 60, "post forms found: " + forms);
        assertEquals(List.of(), missing);
    }

    @Test
    void tokenCookieIsHttpOnlyAndSameSiteLikeTheSession() {
        String setCookie = given().get(CsrfForms.PAGE_WITH_A_FORM).then().statusCode(200).extract()
                .headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(CsrfForms.COOKIE + "="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    }

    @Test
    void anUnreadableTokenCookieIsDroppedSoThatReloadingThePageWorks() {
        Response refused = given().cookie(CsrfForms.COOKIE, "pas-un-jeton").get(CsrfForms.PAGE_WITH_A_FORM);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.asString().contains(REFUSED));
        assertEquals("", refused.getCookie(CsrfForms.COOKIE));
        CsrfForms.fromPage(CsrfForms.PAGE_WITH_A_FORM);
    }

    @Test
    void jsonApiStillWorksForScriptsWithBasicOrTheSessionCookie() {
        Place place = fixtures.place();
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(householdJson(place, Fixtures.unique("Famille Script"))).post("/api/households").then()
                .statusCode(201);

        String session = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", coordinator).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check").then().statusCode(302).extract().cookie("panier_session");
        assertNotNull(session);
        String name = Fixtures.unique("Famille Session");
        given().cookie("panier_session", session).contentType(ContentType.JSON).body(householdJson(place, name))
                .post("/api/households").then().statusCode(201).body("displayName", equalTo(name));
    }

    private static Map<String, Object> householdJson(Place place, String name) {
        return Map.of("displayName", name, "peopleCount", 2, "groupId", place.group().id,
                "relayPointId", place.relayPoint().id, "priceTier", 1);
    }

    private static long householdsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Household.count("displayName", name));
    }

    @Test
    void aChangeSentFromAnotherSiteIsRefusedUnderApiToo() {
        Place place = fixtures.place();
        String coordinator = accounts.create(Role.COORDINATOR);
        String name = Fixtures.unique("Famille Voisine");
        Map<String, Object> household = householdJson(place, name);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .header("Sec-Fetch-Site", "same-site").body(household).post("/api/households").then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo(REFUSED));
        assertEquals(0, householdsNamed(name));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .header("Sec-Fetch-Site", "same-origin").body(household).post("/api/households").then()
                .statusCode(201);
        long id = activeHousehold();
        CsrfForms.Token token = CsrfForms.fromPage(CsrfForms.PAGE_WITH_A_FORM);
        coordinatorPosting(coordinator).header("Sec-Fetch-Site", "cross-site").cookie(CsrfForms.COOKIE, token.cookie())
                .formParam(CsrfForms.FIELD, token.field()).post("/foyers/" + id + "/desactiver").then().statusCode(403);
        assertTrue(active(id));
    }
}
