package org.paniercommun.accountadmin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.audit.AuditEntry;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.mail.MailAssertions;
import org.paniercommun.mail.OutboxSender;
import org.paniercommun.account.AccountToken;
import org.paniercommun.account.Role;
import org.paniercommun.account.Tokens;

/**
 * Issue 21, points 2 and 3: invitations (7 days), "mot de passe oublié" (1 hour, the same answer for an unknown
 * address), household access codes (30 days, 5 tries); every secret used once.
 */
@QuarkusTest
class InvitationTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/(invitation|mot-de-passe)/[A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("id=\"access-code\">([A-Z0-9-]+)<");

    @Inject
    TestAccounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender sender;

    @Inject
    HouseholdService households;

    private static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@exemple.org";
    }

    /** The app's clock moved forward by {@code by}, for this test method only. */
    private static void later(Duration by) {
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), by), Clock.class);
    }

    private String invite(String coordinator, String login, Place place) {
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("login", login, "displayName", "Nadia", "roles", List.of(Role.VOLUNTEER),
                        "groupIds", List.of(place.group().id), "invite", true))
                .post("/api/accounts").then().statusCode(201).body("status", equalTo("INVITED"));
        return link(login, 1);
    }

    /** The path of the link in the {@code n}-th e-mail to this address. */
    private String link(String to, int n) {
        sender.sendDue();
        Mail mail = MailAssertions.awaitMails(mailbox, to, n).get(n - 1);
        Matcher link = LINK.matcher(mail.getText());
        assertTrue(link.find(), mail.getText());
        assertTrue(mail.getHtml().contains(link.group()), "the HTML part holds the same link");
        return link.group(1);
    }

    private static Response choose(String path, String password) {
        return given().contentType(ContentType.URLENC).formParam("password", password)
                .formParam("confirmation", password).post(path);
    }

    private static void logsIn(String login, String password, int status) {
        given().auth().preemptive().basic(login, password).get("/api/me").then().statusCode(status);
    }

    @Test
    void anInvitedVolunteerChoosesItsPasswordOnceFromTheLinkOfTheEmail() {
        Place place = fixtures.place();
        String coordinator = accounts.create(Role.COORDINATOR);
        String login = address("benevole");
        String link = invite(coordinator, login, place);
        Mail mail = mailbox.getMailsSentTo(login).get(0);
        assertEquals("Votre accès à Panier Commun", mail.getSubject());
        assertTrue(mail.getText().contains("Bonjour Nadia") && mail.getText().contains(login), mail.getText());
        logsIn(login, "n-importe-quoi", 401);

        given().get(link).then().statusCode(200).body(containsString(login));
        given().contentType(ContentType.URLENC).formParam("password", "un-mot-de-passe")
                .formParam("confirmation", "un-autre-mot").post(link).then().statusCode(400)
                .body(containsString("Les deux mots de passe sont différents."));
        choose(link, "court").then().statusCode(400).body(containsString("au moins 8 caractères"));
        choose(link, "un-mot-de-passe").then().statusCode(200).body(containsString("Votre identifiant : " + login));
        logsIn(login, "un-mot-de-passe", 200);
        // Used once: the link opens nothing any more.
        given().get(link).then().statusCode(410).body(containsString("plus valable"));
        choose(link, "un-autre-mot-de-passe").then().statusCode(410);
        logsIn(login, "un-mot-de-passe", 200);
        logsIn(login, "un-autre-mot-de-passe", 401);
        // The trail names what happened, never the secret.
        String token = link.substring(link.lastIndexOf('/') + 1);
        List<AuditEntry> trail = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "detail like ?1 or subject like ?1", "%" + login + "%"));
        assertTrue(trail.stream().anyMatch(e -> e.action.equals("ACCOUNT_INVITATION_ACCEPTED")), trail.toString());
        long leaks = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "detail like ?1 or detail like ?2", "%" + token + "%", "%un-mot-de-passe%"));
        assertEquals(0, leaks);
        long stored = QuarkusTransaction.requiringNew().call(() -> AccountToken.count("tokenHash", token));
        assertEquals(0, stored, "only the token's hash is stored");
    }

    @Test
    void anInvitationLastsSevenDaysAndAResentOneReplacesIt() {
        Place place = fixtures.place();
        String coordinator = accounts.create(Role.COORDINATOR);
        String login = address("benevole");
        String first = invite(coordinator, login, place);
        later(Duration.ofDays(7).minusMinutes(5));
        given().get(first).then().statusCode(200);
        later(Duration.ofDays(7).plusMinutes(1));
        given().get(first).then().statusCode(410);
        choose(first, "un-mot-de-passe").then().statusCode(410);
        long id = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).queryParam("q", login)
                .get("/api/accounts").then().statusCode(200).body("status", equalTo(List.of("INVITATION_EXPIRED")))
                .extract().jsonPath().getLong("[0].id");

        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/accounts/" + id + "/invitation")
                .then().statusCode(200).body("status", equalTo("INVITED"));
        String second = link(login, 2);
        assertFalse(second.equals(first));
        choose(second, "un-mot-de-passe").then().statusCode(200);
        logsIn(login, "un-mot-de-passe", 200);
        // Once the password is chosen, there is nothing to resend.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/accounts/" + id + "/invitation")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void twoUsesOfOneLinkAtOnceLetOnlyOneWin() throws Exception {
        Place place = fixtures.place();
        String login = address("benevole");
        String link = invite(accounts.create(Role.COORDINATOR), login, place);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(() -> choose(link, "premier-mot-de-passe").statusCode(),
                    () -> choose(link, "second-mot-de-passe").statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            assertEquals(List.of(200, 410), statuses.stream().sorted().toList());
            boolean first = given().auth().preemptive().basic(login, "premier-mot-de-passe").get("/api/me").statusCode() == 200;
            boolean second = given().auth().preemptive().basic(login, "second-mot-de-passe").get("/api/me").statusCode() == 200;
            assertTrue(first ^ second, "exactly the winner's password opens the account");
            assertEquals(statuses.get(0) == 200, first, "the password that works is the one of the answer 200");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void forgotPasswordAnswersAlikeForAnUnknownAddressAndItsLinkLastsAnHour() {
        String login = accounts.create(Role.VOLUNTEER);
        String unknown = address("personne");

        long[] known = ask(login);
        long[] nobody = ask(unknown);
        assertEquals(known[0], nobody[0], "same status");
        assertTrue(known[1] >= PasswordPages.FORGOT_ANSWER_MILLIS && nobody[1] >= PasswordPages.FORGOT_ANSWER_MILLIS);
        assertTrue(Math.abs(known[1] - nobody[1]) < 250, "about the same time: " + known[1] + " and " + nobody[1] + " ms");
        String link = link(login, 1);
        assertEquals("Votre nouveau mot de passe Panier Commun", mailbox.getMailsSentTo(login).get(0).getSubject());
        sender.sendDue();
        assertTrue(mailbox.getMailsSentTo(unknown) == null || mailbox.getMailsSentTo(unknown).isEmpty());

        later(Duration.ofMinutes(59));
        given().get(link).then().statusCode(200);
        later(Duration.ofMinutes(61));
        given().get(link).then().statusCode(410);
        choose(link, "nouveau-mot-de-passe").then().statusCode(410);
        logsIn(login, TestAccounts.PASSWORD, 200);

        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
        ask(login);
        String fresh = link(login, 2);
        choose(fresh, "nouveau-mot-de-passe").then().statusCode(200);
        logsIn(login, "nouveau-mot-de-passe", 200);
        logsIn(login, TestAccounts.PASSWORD, 401);
        choose(fresh, "encore-un-mot-de-passe").then().statusCode(410);
    }

    /** Status and milliseconds of a "mot de passe oublié" for this address; the answer leads to the same page. */
    private static long[] ask(String address) {
        long start = System.nanoTime();
        Response response = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("email", address).post("/mot-de-passe-oublie");
        long millis = (System.nanoTime() - start) / 1_000_000;
        response.then().header("Location", endsWith("/mot-de-passe-oublie?envoye=1"));
        return new long[] { response.statusCode(), millis };
    }

    @Test
    void aHouseholdCodeOpensTheAccountOnceAndFiveWrongTriesVoidIt() {
        Place place = fixtures.place();
        Household household = fixtures.household(place, Fixtures.unique("Foyer sans courriel"), 1);
        String volunteer = fixtures.volunteerOf(place);
        String card = given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .post("/foyers/" + household.id + "/acces/code").then().statusCode(200)
                .body(containsString("foyer-" + household.id)).body(containsString("/premiere-connexion"))
                .extract().asString();
        String code = code(card);
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
        String login = "foyer-" + household.id;
        logsIn(login, "mot-de-passe-foyer", 401);

        firstLogin(household.id, code.toLowerCase().replace("-", " "), "mot-de-passe-foyer").then().statusCode(200)
                .body(containsString("Votre identifiant : " + login));
        given().auth().preemptive().basic(login, "mot-de-passe-foyer").get("/api/me").then().statusCode(200)
                .body("roles", hasItem(Role.HOUSEHOLD));
        given().auth().preemptive().basic(login, "mot-de-passe-foyer").get("/api/households/me").then().statusCode(200)
                .body("id", equalTo(household.id.intValue()));
        // Once only.
        firstLogin(household.id, code, "autre-mot-de-passe").then().statusCode(400)
                .body(containsString("code plus valable"));
        logsIn(login, "autre-mot-de-passe", 401);

        // A new code (the household lost its password): five wrong tries, and even the right code is refused.
        String second = code(given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .post("/foyers/" + household.id + "/acces/code").then().statusCode(200).extract().asString());
        for (int i = 0; i < Tokens.MAX_CODE_TRIES; i++) {
            firstLogin(household.id, "ABCD-EFGH", "autre-mot-de-passe").then().statusCode(400);
        }
        firstLogin(household.id, second, "autre-mot-de-passe").then().statusCode(400);
        logsIn(login, "autre-mot-de-passe", 401);
        logsIn(login, "mot-de-passe-foyer", 200);
        // A code valid 30 days.
        String third = code(given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .post("/foyers/" + household.id + "/acces/code").then().statusCode(200).extract().asString());
        later(Duration.ofDays(30).plusMinutes(1));
        firstLogin(household.id, third, "autre-mot-de-passe").then().statusCode(400);
        later(Duration.ofDays(29));
        firstLogin(household.id, third, "autre-mot-de-passe").then().statusCode(200);
    }

    @Test
    void onlyAVolunteerOfTheHouseholdsGroupOrItsCoordinatorGivesItAccess() {
        Place place = fixtures.place();
        Place elsewhere = fixtures.place();
        Household household = fixtures.household(place, Fixtures.unique("Foyer"), 2);
        given().auth().preemptive().basic(fixtures.volunteerOf(elsewhere), TestAccounts.PASSWORD)
                .post("/foyers/" + household.id + "/acces/code").then().statusCode(404);
        given().auth().preemptive().basic(fixtures.volunteerOf(elsewhere), TestAccounts.PASSWORD)
                .get("/foyers/" + household.id + "/acces").then().statusCode(404);
        given().auth().preemptive().basic(accounts.create(Role.HOUSEHOLD), TestAccounts.PASSWORD)
                .post("/foyers/" + household.id + "/acces/code").then().statusCode(403);
        given().auth().preemptive().basic(fixtures.volunteerOf(place), TestAccounts.PASSWORD)
                .get("/foyers/" + household.id + "/acces").then().statusCode(200);
    }

    @Test
    void aHouseholdWithAnEmailIsInvitedAndLogsInWithItsAddress() {
        Place place = fixtures.place();
        String email = address("famille");
        Household household = fixtures.household(place, Fixtures.unique("Famille"), 2);
        QuarkusTransaction.requiringNew().run(() -> Household.update("email = ?1 where id = ?2", email, household.id));
        given().auth().preemptive().basic(fixtures.volunteerOf(place), TestAccounts.PASSWORD).redirects().follow(false)
                .post("/foyers/" + household.id + "/acces/invitation").then().statusCode(303);
        String link = link(email, 1);
        choose(link, "mot-de-passe-famille").then().statusCode(200).body(containsString(email));
        given().auth().preemptive().basic(email, "mot-de-passe-famille").get("/api/households/me").then()
                .statusCode(200).body("id", equalTo(household.id.intValue()));
    }

    private static String code(String card) {
        Matcher code = CODE.matcher(card);
        assertTrue(code.find(), card);
        return code.group(1);
    }

    private static Response firstLogin(long number, String code, String password) {
        return given().contentType(ContentType.URLENC).formParam("number", String.valueOf(number))
                .formParam("code", code).formParam("password", password).formParam("confirmation", password)
                .post("/premiere-connexion");
    }
}
