package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.household.Household;
import org.paniercommun.mail.MailAssertions;
import org.paniercommun.mail.OutboxSender;
import org.paniercommun.round.RoundDates;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.round.RoundTestData;

@QuarkusTest
class RoundNotificationsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundTestData rounds;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    TestAccounts accounts;

    @Inject
    org.paniercommun.household.HouseholdService households;

    static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@test.paniercommun.org";
    }

    /** Thursday 10 December 2026, 20 h in Paris. */
    static final Instant DEADLINE = ZonedDateTime.of(2026, 12, 10, 20, 0, 0, 0, RoundDates.ZONE).toInstant();

    @Test
    void openingTellsEveryHouseholdWithAnEmailTheDeadlineSlotAndLink() {
        Place place = fixtures.place();
        long lentils = rounds.product(place, "Lentilles vertes", 300, 100);
        long roundId = rounds.round(place, Fixtures.unique("Tournée de décembre"), true,
                DEADLINE.minus(Duration.ofDays(10)), DEADLINE, List.of(lentils));
        rounds.slot(roundId, place.relayPoint().id, LocalDate.of(2026, 12, 12), "14 h – 17 h");
        String kaci = address("kaci");
        String martin = address("martin");
        Household kaciHousehold = rounds.household(place, "Famille Kaci", 1, kaci);
        households.linkAccount(kaciHousehold.id, account(accounts.create(Role.HOUSEHOLD)));
        Household martinHousehold = rounds.household(place, "Famille Martin", 3, martin);
        households.linkAccount(martinHousehold.id, account(accounts.create(Role.HOUSEHOLD)));
        Household withoutEmail = rounds.household(place, "Famille Sans Mail", 2, null);
        String gone = address("parti");
        Household inactive = rounds.household(place, "Famille Partie", 2, gone);
        rounds.update(inactive.id, gone, false, null);
        String erased = address("efface");
        Household erasedHousehold = rounds.household(place, "Foyer effacé", 2, erased);
        rounds.update(erasedHousehold.id, erased, true, Instant.now());

        rounds.notifyOpened(roundId);
        sender.sendDue();

        Mail mail = MailAssertions.awaitMails(mailbox, kaci, 1).get(0);
        assertTrue(mail.getSubject().contains("commandez jusqu'au jeudi 10 décembre 2026 à 20 h"), mail.getSubject());
        for (String body : List.of(mail.getHtml(), mail.getText())) {
            assertTrue(body.contains("Famille Kaci"), body);
            assertTrue(body.contains("jeudi 10 décembre 2026 à 20 h"), body);
            assertTrue(body.contains("samedi 12 décembre 2026, 14 h – 17 h"), body);
            assertTrue(body.contains(place.relayPoint().name), body);
            // The link follows the app's real address (the test server's port is drawn at start).
            assertTrue(body.matches("(?s).*http://localhost:\\d+/commandes/" + roundId + "\\b.*"), body);
            assertFalse(body.contains("Tarif"), "the tier is never named in a mail");
        }
        MailAssertions.awaitMails(mailbox, martin, 1);
        assertTrue(rounds.outboxFor(gone).isEmpty(), "inactive households get nothing");
        assertTrue(rounds.outboxFor(erased).isEmpty(), "erased households get nothing");
        assertEquals(2, countOutboxForRound(roundId, List.of(kaci, martin, gone, erased)));
        assertTrue(withoutEmail.email == null);
    }

    /** A round of this product, open for ten days until the deadline. */
    private long roundBefore(Instant deadline, Place place, long product) {
        return rounds.round(place, Fixtures.unique("Tournée"), true, deadline.minus(Duration.ofDays(10)), deadline,
                List.of(product));
    }

    private org.paniercommun.account.UserAccount account(String login) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.paniercommun.account.UserAccount.findByLogin(login).orElseThrow());
    }

    /**
     * Issue 21: a household registered by a volunteer, without a login, was sent "Passer ma commande" with a link it
     * could not use. Without an active login and without an invitation waiting, it hears of the round with no link,
     * and is told to order on paper or to ask a volunteer for an access code; invited, it gets the link.
     */
    @Test
    void onlyHouseholdsThatCanLogInOrWereInvitedAreSentTheOrderLink() {
        Place place = fixtures.place();
        long lentils = rounds.product(place, "Lentilles vertes", 300, 100);
        long roundId = rounds.round(place, Fixtures.unique("Tournée de décembre"), true,
                DEADLINE.minus(Duration.ofDays(10)), DEADLINE, List.of(lentils));
        String withLogin = address("connecte");
        Household connected = rounds.household(place, "Famille Connectée", 1, withLogin);
        households.linkAccount(connected.id, account(accounts.create(Role.HOUSEHOLD)));
        String withoutLogin = address("papier");
        rounds.household(place, "Famille Papier", 1, withoutLogin);
        String invited = address("invitee");
        Household invitedHousehold = rounds.household(place, "Famille Invitée", 2, invited);
        String volunteer = fixtures.volunteerOf(place);
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).redirects().follow(false)
                .post("/foyers/" + invitedHousehold.id + "/acces/invitation").then().statusCode(303);
        String inactive = address("desactive");
        Household inactiveLogin = rounds.household(place, "Famille Désactivée", 2, inactive);
        households.linkAccount(inactiveLogin.id, account(accounts.create(Role.HOUSEHOLD)));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> org.paniercommun.account.UserAccount
                .update("active = false where id = (select h.userAccount.id from Household h where h.id = ?1)",
                        inactiveLogin.id));

        rounds.notifyOpened(roundId);
        sender.sendDue();

        String orderLink = "/commandes/" + roundId;
        for (String to : List.of(withLogin, invited)) {
            Mail mail = MailAssertions.awaitMails(mailbox, to, to.equals(invited) ? 2 : 1).stream()
                    .filter(m -> m.getSubject().startsWith("Nouvelle tournée")).findFirst().orElseThrow();
            assertTrue(mail.getText().contains(orderLink) && mail.getHtml().contains(orderLink), to + ": " + mail.getText());
            assertTrue(mail.getHtml().contains("Passer ma commande"), mail.getHtml());
        }
        for (String to : List.of(withoutLogin, inactive)) {
            Mail mail = MailAssertions.awaitMails(mailbox, to, 1).get(0);
            for (String body : List.of(mail.getText(), mail.getHtml())) {
                assertFalse(body.contains(orderLink), to + ": " + body);
                assertFalse(body.contains("Passer ma commande"), to + ": " + body);
                assertTrue(body.contains("à un bénévole de votre groupement"), body);
                assertTrue(body.contains("jeudi 10 décembre 2026 à 20 h"), body);
            }
        }
    }

    @Test
    void orderConfirmationListsLinesTotalRelayPointAndSlotWithoutTheTier() {
        Place place = fixtures.place();
        long lentils = rounds.product(place, "Lentilles corail", 300, 100); // cost 4,00 €: tier 1 = 2,00 €
        long rice = rounds.product(place, "Riz basmati", 250, 50); // cost 3,00 €: tier 1 = 1,50 €
        long roundId = rounds.round(place, Fixtures.unique("Tournée"), true, DEADLINE.minus(Duration.ofDays(10)),
                DEADLINE, List.of(lentils, rice));
        rounds.slot(roundId, place.relayPoint().id, LocalDate.of(2026, 12, 12), "14 h – 17 h");
        String to = address("kaci");
        Household household = rounds.household(place, "Famille Kaci", 1, to);
        Map<Long, String> lines = new LinkedHashMap<>();
        lines.put(lentils, "1.5");
        lines.put(rice, "2");
        long orderId = rounds.order(roundId, household.id, lines);

        rounds.notifyOrder(orderId);
        sender.sendDue();

        Mail mail = MailAssertions.awaitMails(mailbox, to, 1).get(0);
        assertTrue(mail.getSubject().startsWith("Votre commande est enregistrée"), mail.getSubject());
        assertTrue(mail.getHtml().contains("<table"), "HTML body");
        assertFalse(mail.getText().contains("<"), "plain-text alternative: " + mail.getText());
        for (String body : List.of(mail.getHtml(), mail.getText())) {
            assertTrue(body.contains("Lentilles corail"), body);
            assertTrue(body.contains("1,5 kg"), body);
            assertTrue(body.contains("2,00\u00a0€ / kg"), body);
            assertTrue(body.contains("3,00\u00a0€"), body); // 1,5 × 2,00
            assertTrue(body.contains("Riz basmati"), body);
            assertTrue(body.contains("2 kg"), body);
            assertTrue(body.contains("1,50\u00a0€ / kg"), body);
            assertTrue(body.contains("6,00\u00a0€"), body); // total 3,00 + 3,00
            assertTrue(body.contains(place.relayPoint().name), body);
            assertTrue(body.contains("samedi 12 décembre 2026, 14 h – 17 h"), body);
            assertTrue(body.contains("jeudi 10 décembre 2026 à 20 h"), body);
            assertFalse(body.contains("Tarif"), body);
            assertFalse(body.contains("petit budget"), body);
        }
    }

    /**
     * The confirmation links to the order for a household that orders online, and only for it; the slot and the
     * login are read in one statement with the order's transaction (issue 25).
     */
    @Test
    void orderConfirmationLinksToTheOrderOnlyForAHouseholdThatOrdersOnline() {
        Place place = fixtures.place();
        long lentils = rounds.product(place, "Lentilles corail", 300, 100);
        long roundId = roundBefore(DEADLINE, place, lentils);
        String online = address("enligne");
        String paper = address("papier");
        Household withLogin = rounds.household(place, "Famille En Ligne", 1, online);
        households.linkAccount(withLogin.id, account(accounts.create(Role.HOUSEHOLD)));
        Household withoutLogin = rounds.household(place, "Famille Papier", 1, paper);
        rounds.notifyOrder(rounds.order(roundId, withLogin.id, Map.of(lentils, "1")));
        rounds.notifyOrder(rounds.order(roundId, withoutLogin.id, Map.of(lentils, "1")));
        sender.sendDue();

        Mail linked = MailAssertions.awaitMails(mailbox, online, 1).get(0);
        Mail plain = MailAssertions.awaitMails(mailbox, paper, 1).get(0);
        String orderLink = "/commandes/" + roundId;
        assertTrue(linked.getHtml().contains("Voir ou modifier ma commande") && linked.getHtml().contains(orderLink),
                linked.getHtml());
        assertTrue(linked.getText().contains("Voir ou modifier ma commande : ") && linked.getText().contains(orderLink),
                linked.getText());
        for (String body : List.of(plain.getHtml(), plain.getText())) {
            assertFalse(body.contains("Voir ou modifier ma commande"), body);
            assertFalse(body.contains(orderLink), body);
        }
        assertTrue(plain.getHtml().contains("Retrait à"), plain.getHtml());
        assertFalse(plain.getHtml().contains(", le <strong>"), "no slot set for this round: none said");
    }

    /** Issue 20: the round page cancelled in one tap, and the households who had ordered were never told. */
    @Test
    void cancellingARoundAsksForConfirmationThenTellsEveryHouseholdThatOrdered() {
        Place place = fixtures.place();
        long lentils = rounds.product(place, "Lentilles corail", 300, 100);
        String name = Fixtures.unique("Tournée de janvier");
        long roundId = rounds.round(place, name, true, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(5)), List.of(lentils));
        String kaci = address("kaci");
        String martin = address("martin");
        String cancelled = address("annule");
        Household ordered = rounds.household(place, "Famille Kaci", 1, kaci);
        rounds.household(place, "Famille Martin", 2, martin);
        Household changedItsMind = rounds.household(place, "Famille Dubois", 2, cancelled);
        rounds.order(roundId, ordered.id, Map.of(lentils, "2"));
        rounds.order(roundId, changedItsMind.id, Map.of(lentils, "1"));
        rounds.cancelOrder(roundId, changedItsMind.id);
        String coordinator = accounts.create(Role.COORDINATOR);

        // The round page links to a confirmation page; nothing posts "cancel" from it.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + roundId).then()
                .statusCode(200).body(containsString("href=\"/tournees/" + roundId + "/annuler\""))
                .body(not(containsString("value=\"cancel\"")));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + roundId + "/annuler")
                .then().statusCode(200).body(containsString(name))
                .body(containsString("action=\"/tournees/" + roundId + "/etat\""))
                .body(containsString("value=\"cancel\""))
                .body(containsString("1 foyer(s) ayant commandé"))
                .body(containsString("href=\"/tournees/" + roundId + "\">Retour"));
        assertEquals(RoundStatus.OPEN, rounds.roundNow(roundId).status, "the confirmation page changes nothing");

        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("action", "cancel").post("/tournees/" + roundId + "/etat").then().statusCode(303);
        assertEquals(RoundStatus.CANCELLED, rounds.roundNow(roundId).status);
        sender.sendDue();
        Mail mail = MailAssertions.awaitMails(mailbox, kaci, 1).get(0);
        assertTrue(mail.getSubject().contains("Tournée annulée") && mail.getSubject().contains(name), mail.getSubject());
        for (String body : List.of(mail.getHtml(), mail.getText())) {
            assertTrue(body.contains("Famille Kaci"), body);
            assertTrue(body.contains(name), body);
            assertTrue(body.contains("a été annulée"), body);
            assertTrue(body.contains("rien à payer"), body);
        }
        assertTrue(rounds.outboxFor(martin).isEmpty(), "a household that did not order is not told");
        assertTrue(rounds.outboxFor(cancelled).isEmpty(), "nor one that had cancelled its order");
    }

    @Test
    void aHouseholdWithoutEmailIsSkippedSilently() {
        Place place = fixtures.place();
        long lentils = rounds.product(place, "Pois chiches", 300, 100);
        long roundId = roundBefore(DEADLINE, place, lentils);
        Household household = rounds.household(place, "Foyer 12", 2, null);
        long orderId = rounds.order(roundId, household.id, Map.of(lentils, "1"));

        long before = rounds.outboxCount();
        rounds.notifyOrder(orderId);
        rounds.notifyOpened(roundId);

        assertEquals(before, rounds.outboxCount(), "nothing written for a household without e-mail");
    }

    private long countOutboxForRound(long roundId, List<String> recipients) {
        return recipients.stream().mapToLong(r -> rounds.outboxFor(r).size()).sum();
    }
}
