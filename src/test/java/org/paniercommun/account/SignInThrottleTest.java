package org.paniercommun.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;

/**
 * Issue 21, point 4: after 5 failures for one login, or 20 from one address, within 15 minutes, sign-ins wait (form
 * and HTTP Basic), with a French message saying when to retry. Each test comes from an address of its own (through
 * the trusted proxy's X-Forwarded-For, the tests' requests coming from 127.0.0.1) and moves a clock of its own, so no
 * other test is held back and nothing sleeps.
 */
@QuarkusTest
class SignInThrottleTest {

    @Inject
    TestAccounts accounts;

    private final MovableClock clock = new MovableClock();
    private String address;

    static class MovableClock extends SignInClock {
        Instant now = Instant.now();

        @Override
        public Instant now() {
            return now;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }
    }

    @BeforeEach
    void ownClockAndAddress() {
        QuarkusMock.installMockForType(clock, SignInClock.class);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private Response form(String login, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType(ContentType.URLENC)
                .formParam("j_username", login).formParam("j_password", password)
                .post("/j_security_check");
    }

    private Response basic(String login, String password) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(login, password).get("/api/me");
    }

    @Test
    void afterFiveWrongPasswordsTheRightOneWaitsOnTheApiThenWorks() {
        String login = accounts.create(Role.COORDINATOR);
        for (int i = 0; i < 5; i++) {
            basic(login, "wrong-password-" + i).then().statusCode(401);
        }
        basic(login, TestAccounts.PASSWORD).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("title", equalTo("Trop de tentatives de connexion"))
                .body("detail", containsString("Réessayez dans 30 secondes"));

        clock.pass(Duration.ofSeconds(29));
        basic(login, TestAccounts.PASSWORD).then().statusCode(429).header("Retry-After", "1");
        clock.pass(Duration.ofSeconds(2));
        basic(login, TestAccounts.PASSWORD).then().statusCode(200).body("login", equalTo(login));
    }

    @Test
    void theLoginFormSaysInFrenchWhenToRetry() {
        String login = accounts.create(Role.VOLUNTEER);
        for (int i = 0; i < 5; i++) {
            assertTrue(form(login, "pas-le-bon-" + i).getHeader("Location").endsWith("/login?erreur=1"));
        }
        Response refused = form(login, TestAccounts.PASSWORD);
        assertEquals(303, refused.statusCode());
        assertTrue(refused.getHeader("Location").endsWith("/login?attente=30"), refused.getHeader("Location"));
        assertTrue(refused.getHeaders().getValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith("panier_session=") && !c.startsWith("panier_session=;")), "no session");
        given().queryParam("attente", 30).get("/login").then().statusCode(200)
                .body(containsString("Trop de tentatives de connexion ont échoué. Pour protéger le compte, "
                        + "réessayez dans 30 secondes."));

        clock.pass(Duration.ofSeconds(31));
        Response accepted = form(login, TestAccounts.PASSWORD);
        assertEquals(302, accepted.statusCode());
        given().cookie("panier_session", accepted.getCookie("panier_session")).get("/api/me").then().statusCode(200);
    }

    @Test
    void theWaitDoublesAtEachFurtherFailureAndEnds() {
        String login = accounts.create(Role.COORDINATOR);
        for (int i = 0; i < 5; i++) {
            basic(login, "wrong").then().statusCode(401);
        }
        basic(login, "wrong").then().statusCode(429).header("Retry-After", "30");
        clock.pass(Duration.ofSeconds(30));
        basic(login, "wrong").then().statusCode(401); // a sixth failure
        basic(login, "wrong").then().statusCode(429).header("Retry-After", "60");
        clock.pass(Duration.ofSeconds(60));
        basic(login, "wrong").then().statusCode(401);
        basic(login, "wrong").then().statusCode(429).header("Retry-After", "120");
        clock.pass(Duration.ofSeconds(120));
        basic(login, "wrong").then().statusCode(401);
        basic(login, "wrong").then().statusCode(429).header("Retry-After", "240");
        // So a guesser gets about ten tries per quarter of an hour; and never a lock-out: once the failures are
        // older than the window, the right password works (SignInDelaysTest: the wait is at most 15 minutes).
        clock.pass(Duration.ofMinutes(15));
        basic(login, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void aSuccessForgetsTheLoginsFailures() {
        String login = accounts.create(Role.HOUSEHOLD);
        for (int i = 0; i < 4; i++) {
            basic(login, "wrong").then().statusCode(401);
        }
        basic(login, TestAccounts.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            basic(login, "wrong").then().statusCode(401);
        }
        basic(login, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void twentyFailuresFromOneAddressHoldItsSignInsWhateverTheLogin() {
        for (int i = 0; i < 20; i++) {
            // 20 logins guessed once each: no login reaches its own limit.
            basic("personne-" + i + "-" + System.nanoTime() + "@example.org", "123456789").then().statusCode(401);
        }
        String login = accounts.create(Role.VOLUNTEER);
        basic(login, TestAccounts.PASSWORD).then().statusCode(429).header("Retry-After", "30");
        assertTrue(form(login, TestAccounts.PASSWORD).getHeader("Location").endsWith("/login?attente=30"));
        // Another address is not held.
        given().header("X-Forwarded-For", "198.19.0.1").auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/api/me").then().statusCode(200);
        clock.pass(Duration.ofSeconds(30));
        basic(login, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void failuresOlderThanFifteenMinutesNoLongerCount() {
        String login = accounts.create(Role.PRODUCER);
        for (int i = 0; i < 4; i++) {
            basic(login, "wrong").then().statusCode(401);
        }
        clock.pass(Duration.ofMinutes(16));
        basic(login, "wrong").then().statusCode(401);
        basic(login, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void failuresElsewhereDoNotKeepTheOwnerOutOfABrowserWhereTheySignedInBefore() {
        String login = accounts.create(Role.COORDINATOR);
        Response first = form(login, TestAccounts.PASSWORD);
        assertEquals(302, first.getStatusCode());
        String device = first.getCookie("panier_appareil");
        String setCookie = first.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("panier_appareil=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("Path=/j_security_check") && setCookie.contains("HTTPOnly"), setCookie);

        // Someone who knows the login fails five times from elsewhere: the login waits...
        String elsewhere = "198.19.200." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", elsewhere).auth().preemptive().basic(login, "devine-" + i)
                    .get("/api/me").then().statusCode(401);
        }
        basic(login, TestAccounts.PASSWORD).then().statusCode(429);
        assertTrue(form(login, TestAccounts.PASSWORD).getHeader("Location").endsWith("/login?attente=30"));
        // ...but not in the owner's browser, which signed in before.
        Response owner = given().redirects().follow(false).header("X-Forwarded-For", address)
                .cookie("panier_appareil", device).contentType(ContentType.URLENC)
                .formParam("j_username", login).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, owner.getStatusCode(), owner.getHeader("Location"));
        given().cookie("panier_session", owner.getCookie("panier_session")).get("/api/me").then().statusCode(200);

        // The cookie of another account's browser does not help.
        String other = accounts.create(Role.VOLUNTEER);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", elsewhere).auth().preemptive().basic(other, "devine-" + i)
                    .get("/api/me").then().statusCode(401);
        }
        Response borrowed = given().redirects().follow(false).header("X-Forwarded-For", address)
                .cookie("panier_appareil", device).contentType(ContentType.URLENC)
                .formParam("j_username", other).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check");
        assertTrue(borrowed.getHeader("Location").endsWith("/login?attente=30"), borrowed.getHeader("Location"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String login = accounts.create(Role.VOLUNTEER);
        basic(login, TestAccounts.PASSWORD).then().statusCode(200);
        accountService.deactivate(login);
        basic(login, TestAccounts.PASSWORD).then().statusCode(401);
        assertTrue(form(login, TestAccounts.PASSWORD).getHeader("Location").endsWith("/login?erreur=1"));
    }

    @Inject
    AccountService accountService;
}
