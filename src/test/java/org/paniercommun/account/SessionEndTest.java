package org.paniercommun.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;

/**
 * Issue 21, point 5: logging out, changing the password and deactivating end the session on the server, so a copy of
 * the old cookie is refused; the cookie is Secure when the request came over HTTPS through the trusted proxy.
 */
@QuarkusTest
class SessionEndTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AccountService accountService;

    private static Response formLogin(String login, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", login).formParam("j_password", password).post("/j_security_check");
    }

    private static String sessionOf(String login, String password) {
        Response response = formLogin(login, password);
        assertEquals(302, response.statusCode());
        String cookie = response.getCookie("panier_session");
        assertNotNull(cookie);
        return cookie;
    }

    @Test
    void afterLogoutTheOldCookieIsRefusedWhenReplayed() {
        String login = accounts.create(Role.VOLUNTEER);
        String cookie = sessionOf(login, TestAccounts.PASSWORD);
        String other = sessionOf(login, TestAccounts.PASSWORD); // the same person on a second device
        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(200);

        given().redirects().follow(false).cookie("panier_session", cookie).post("/logout").then()
                .statusCode(303).header("Location", containsString("/login?sortie=1"));

        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(401);
        // A page: back to the login page, without the "wrong password" message, and the browser forgets the cookie.
        given().redirects().follow(false).cookie("panier_session", cookie).get("/compte").then()
                .statusCode(303).header("Location", equalTo("/login"))
                .cookie("panier_session", io.restassured.matcher.RestAssuredMatchers.detailedCookie().maxAge(0));
        // Logging out ends every session of the account (documented): the second device signs in again.
        given().cookie("panier_session", other).get("/api/me").then().statusCode(401);
        String fresh = sessionOf(login, TestAccounts.PASSWORD);
        given().cookie("panier_session", fresh).get("/api/me").then().statusCode(200);
    }

    /** A session cookie as Quarkus makes it (see account/SessionCookies), made {@code age} ago, with the tests' key. */
    static String cookieMadeAgo(String login, java.time.Duration age) throws Exception {
        String key = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.auth.session.encryption-key", String.class);
        long expiry = System.currentTimeMillis() - age.toMillis() + java.time.Duration.ofHours(4).toMillis();
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(
                java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "AES"), new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] encrypted = cipher.doFinal((expiry + ":" + login).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.ByteBuffer message = java.nio.ByteBuffer.allocate(1 + iv.length + encrypted.length);
        message.put((byte) iv.length).put(iv).put(encrypted);
        return java.util.Base64.getEncoder().encodeToString(message.array());
    }

    private static boolean renews(Response response) {
        return response.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("panier_session=") && !c.startsWith("panier_session=;"));
    }

    @Test
    void aCookieOlderThanTheRenewalIntervalIsRefusedBeforeBeingRenewed() throws Exception {
        String login = accounts.create(Role.VOLUNTEER);
        // Ten minutes old: past new-cookie-interval (5 min), so Quarkus renews it when it is accepted...
        Response accepted = given().cookie("panier_session", cookieMadeAgo(login, java.time.Duration.ofMinutes(10)))
                .get("/api/me");
        assertEquals(200, accepted.statusCode());
        assertTrue(renews(accepted), "an accepted old cookie is renewed");
        // ...but once the account's sessions ended, the same kind of cookie is refused and never renewed.
        accountService.endSessions(login);
        Response refused = given().cookie("panier_session", cookieMadeAgo(login, java.time.Duration.ofMinutes(10)))
                .get("/api/me");
        assertEquals(401, refused.statusCode());
        assertFalse(renews(refused), "a refused cookie is not renewed");
    }

    @Test
    void anOldCookieIsRefusedBeforeBeingRenewed() {
        String login = accounts.create(Role.HOUSEHOLD);
        String cookie = sessionOf(login, TestAccounts.PASSWORD);
        // Sessions ended on another instance (the cache of this one would not know): its entry is dropped here by
        // the event, as the other instance's would be after its delay.
        accountService.endSessions(login);
        Response replay = given().cookie("panier_session", cookie).get("/api/me");
        assertEquals(401, replay.statusCode());
        assertFalse(replay.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("panier_session=") && !c.startsWith("panier_session=;")),
                "no renewed cookie for a refused one");
    }

    @Test
    void aPasswordChangedOnThePageEndsTheOldCookieAndTheNewPasswordWorks() {
        String login = accounts.create(Role.VOLUNTEER);
        String cookie = sessionOf(login, TestAccounts.PASSWORD);
        Response changed = given().redirects().follow(false).cookie("panier_session", cookie)
                .formParam("currentPassword", TestAccounts.PASSWORD)
                .formParam("newPassword", "radis-poireaux-courges")
                .formParam("confirmation", "radis-poireaux-courges")
                .post("/compte/mot-de-passe");
        assertEquals(303, changed.statusCode(), changed.asString());
        assertTrue(changed.getHeader("Location").endsWith("/login?motdepasse=1"));
        given().get("/login?motdepasse=1").then().body(containsString("Votre mot de passe est changé"));

        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/me").then().statusCode(401);
        given().cookie("panier_session", sessionOf(login, "radis-poireaux-courges")).get("/api/me").then()
                .statusCode(200);
    }

    @Test
    void aPasswordChangedThroughTheApiEndsTheOldCookie() {
        String login = accounts.create(Role.HOUSEHOLD);
        String cookie = sessionOf(login, TestAccounts.PASSWORD);
        given().cookie("panier_session", cookie).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "navets-et-blettes"))
                .put("/api/me/password").then().statusCode(204);
        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(login, "navets-et-blettes").get("/api/me").then().statusCode(200);
    }

    @Test
    void theCurrentPasswordIsAskedAndTheRulesAreSaidNextToTheField() {
        String login = accounts.create(Role.COORDINATOR);
        String cookie = sessionOf(login, TestAccounts.PASSWORD);
        given().cookie("panier_session", cookie)
                .formParam("currentPassword", "pas-le-mien-du-tout")
                .formParam("newPassword", "radis-poireaux-courges").formParam("confirmation", "radis-poireaux-courges")
                .post("/compte/mot-de-passe").then().statusCode(400)
                .body(containsString("id=\"f-currentPassword-error\">Le mot de passe actuel n&#39;est pas le bon."));
        given().cookie("panier_session", cookie)
                .formParam("currentPassword", TestAccounts.PASSWORD)
                .formParam("newPassword", "12345678").formParam("confirmation", "12345678")
                .post("/compte/mot-de-passe").then().statusCode(400)
                .body(containsString("id=\"f-newPassword-error\">Le mot de passe doit faire au moins 12 caractères"));
        given().cookie("panier_session", cookie)
                .formParam("currentPassword", TestAccounts.PASSWORD)
                .formParam("newPassword", "radis-poireaux-courges").formParam("confirmation", "radis-poireaux")
                .post("/compte/mot-de-passe").then().statusCode(400)
                .body(containsString("id=\"f-confirmation-error\">Les deux saisies"));
        given().cookie("panier_session", cookie).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "é".repeat(37)))
                .put("/api/me/password").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("newPassword"))
                .body("violations[0].message", containsString("au plus 72 octets"));
        // Nothing changed: the session still works.
        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(200);
    }

    @Test
    void aDeactivatedAccountsCookieIsRefused() {
        String login = accounts.create(Role.PRODUCER);
        String cookie = sessionOf(login, TestAccounts.PASSWORD);
        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(200);
        accountService.deactivate(login);
        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(401);
    }

    @Test
    void anAccountDeactivatedBehindTheAppsBackIsRefusedOnceItsEntryIsRead() {
        // Without the event (as on another instance): refused at the latest when the kept entry expires. Here the
        // account was never seen through a cookie, so its first cookie reads it.
        String login = accounts.create(Role.VOLUNTEER);
        String cookie = sessionOf(login, TestAccounts.PASSWORD);
        QuarkusTransaction.requiringNew().run(() -> UserAccount.update("active = false where login = ?1", login));
        given().cookie("panier_session", cookie).get("/api/me").then().statusCode(401);
    }

    @Test
    void sessionsValidAfterIsKeptOnTheAccount() {
        String login = accounts.create(Role.VOLUNTEER);
        Instant before = Instant.now();
        accountService.endSessions(login);
        Instant stored = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.findByLogin(login).orElseThrow().sessionsValidAfter);
        assertTrue(!stored.isBefore(before.minusMillis(1)), stored + " after " + before);
    }

    @Test
    void theSessionCookieIsSecureWhenTheTrustedProxySaysHttps() {
        String login = accounts.create(Role.VOLUNTEER);
        Response overHttps = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .contentType(ContentType.URLENC)
                .formParam("j_username", login).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, overHttps.statusCode());
        String secure = sessionSetCookie(overHttps);
        assertTrue(secure.toLowerCase().contains("; secure"), secure);
        assertTrue(overHttps.getHeader("Strict-Transport-Security") != null, "HSTS too");

        String plain = sessionSetCookie(formLogin(login, TestAccounts.PASSWORD));
        assertFalse(plain.toLowerCase().contains("secure"), plain);

        // Logging out over HTTPS empties the cookie with the same flags, Secure included.
        String emptied = sessionSetCookie(given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .cookie("panier_session", overHttps.getCookie("panier_session")).post("/logout"));
        assertTrue(emptied.toLowerCase().matches(".*;\\s*secure\\b.*") && emptied.toLowerCase().contains("max-age=0"),
                emptied);
    }

    private static String sessionSetCookie(Response response) {
        return response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("panier_session=")).findFirst().orElseThrow();
    }
}
