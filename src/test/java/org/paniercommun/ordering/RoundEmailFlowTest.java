package org.paniercommun.ordering;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundService;
import org.paniercommun.mail.MailAssertions;
import org.paniercommun.mail.OutboxSender;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundFixtures.Setup;
import org.paniercommun.round.RoundService;

/** The e-mails a household receives when the real services open a round and take its order. */
@QuarkusTest
class RoundEmailFlowTest {

    @Inject
    RoundFixtures rounds;

    @Inject
    RoundService roundService;

    @Inject
    HouseholdService households;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    FundService fund;

    @Test
    void openingAndOrderingSendTheRoundOpenedAndConfirmationEmails() {
        Setup setup = rounds.draftRound(null);
        String email = "famille-" + System.nanoTime() + "@example.org";
        String login = "mail-" + System.nanoTime();
        households.registerWithAccount(new HouseholdCommand(Fixtures.unique("Famille"), 3, email, null,
                setup.place().group().id, setup.place().relayPoint().id, 1), login, TestAccounts.PASSWORD);
        roundService.open(setup.round().id, Instant.now());
        sender.sendDue();
        List<Mail> opened = MailAssertions.awaitMails(mailbox, email, 1);
        assertTrue(opened.get(0).getSubject().startsWith("Nouvelle tournée « " + setup.round().name), opened.get(0).getSubject());

        long lentils = rounds.offerId(setup, 0);
        fund.record(setup.place().antenna().id, new FundService.EntryCommand(EntryKind.DONATION, 5_000L, null, null, null),
                "test");
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("offerId", lentils, "quantity", new BigDecimal("2"))),
                        "fundRatePercent", 20))
                .put("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200);
        sender.sendDue();
        List<Mail> mails = MailAssertions.awaitMails(mailbox, email, 2);
        Mail confirmation = mails.get(1);
        assertTrue(confirmation.getSubject().startsWith("Votre commande est enregistrée"), confirmation.getSubject());
        // tier 1: 2 kg of lentils at 1,19 € = 2,38 €
        assertTrue(confirmation.getText().contains("2,38"), confirmation.getText());
        assertTrue(confirmation.getText().contains("Lentilles vertes"), confirmation.getText());
        assertEquals(false, confirmation.getText().contains("petit budget"));
        // Only the household reads its reduction: 20 % of 2,38 € = 0,48 €, to pay 1,90 €.
        assertTrue(confirmation.getText().contains("Caisse solidaire : − 0,48"), confirmation.getText());
        assertTrue(confirmation.getText().contains("Total à payer au retrait : 1,90"), confirmation.getText());
    }
}
