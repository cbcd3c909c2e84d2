package org.paniercommun.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.journey.JourneyBrowser.Person;
import org.paniercommun.ordering.Order;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.SlotCommand;

/**
 * Issue 23, lived in the browser: a household on paper draws on the solidarity fund without telling anybody. The
 * antenna, its round and its households are made by services (the month journey does that through the pages); the
 * day is lived through the pages. The volunteer types the paper form (there is no fund box to tick), the orders
 * close, the volunteer puts 15 bons from the fund in the box, prints the pickup list (each household: how many bons it
 * may pay with, the same rule for all), serves the households on a phone as each pays its whole amount, bons counted
 * as cash, and at the end of the day counts 6 bons in the till. The fund gives 6 € and takes the 9 others back; the
 * coordinator reads it in the books, which balance to the cent, and no page names the household that used them.
 */
@QuarkusTest
class BonsJourneyTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    RoundService rounds;

    @Inject
    ClosingService closing;

    @Inject
    FundService fund;

    @Test
    void aPaperHouseholdPaysPartWithBonsAndOnlyTheDaysTotalIsRecorded() throws Exception {
        assumeTrue(JourneyBrowser.available(), "Chromium is not installed at " + JourneyBrowser.CHROMIUM);
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long antennaId = setup.place().antenna().id;
        long roundId = setup.round().id;
        String point = setup.place().relayPoint().name;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(2),
                "14 h – 17 h")));
        fund.record(antennaId, new FundService.EntryCommand(EntryKind.DONATION, 5_000L, null, null, null), "test");
        rounds.open(roundId, Instant.now());
        Household paper = fixtures.household(setup.place(), Fixtures.unique("Foyer Papier"), 1);
        Household neighbour = fixtures.household(setup.place(), Fixtures.unique("Foyer Voisin"), 2);
        String volunteerLogin = fixtures.volunteerOf(setup.place());
        String coordinatorLogin = accounts.create(Role.COORDINATOR);

        // The paper forms: quantities only; nothing asks the volunteer whether the household wants help.
        Person desk = Person.atDesk("le bénévole au bureau", root.toString());
        desk.logIn(volunteerLogin, TestAccounts.PASSWORD);
        for (Household h : List.of(paper, neighbour)) {
            desk.open("/").follow("Saisir les bons papier").fill("#q", h.displayName)
                    .press("form[action$='/saisie'] button[type=submit]").follow(h.displayName);
            desk.doesNotSee("Pas de réduction", "10 % de réduction");
            desk.sees("rien à saisir ici");
            desk.fill("li.order-item:has-text('Lentilles vertes') input.qty", "12,5");
            desk.pressButton("Envoyer la commande");
            desk.page.waitForURL(url -> url.contains("ok="));
        }
        desk.close();
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        long paperPays = amountToPay(roundId, paper.id);
        long neighbourPays = amountToPay(roundId, neighbour.id);

        // Distribution day on a phone: first the box.
        Person volunteer = Person.onPhone("la bénévole", root.toString());
        volunteer.logIn(volunteerLogin, TestAccounts.PASSWORD);
        volunteer.open("/").follow("Jour de distribution").follow(point);
        volunteer.sees("Boîte de bons solidaires", "jusqu'à 30 %");
        volunteer.fill("#f-inBox", "15").pressButton("Enregistrer les bons").sees("Bons solidaires enregistrés");
        assertEquals(5_000 - 1_500, fund.balance(antennaId), "the box's bons are taken from the fund");

        // The printed list tells each household how many bons it may pay with.
        String href = "/tournees/" + roundId + "/listes/" + rounds.slots(roundId).get(0).id + "/emargement.pdf";
        String text;
        try (PDDocument document = Loader.loadPDF(volunteer.context.request().get(volunteer.url(href)).body())) {
            text = JourneyBrowser.plain(new PDFTextStripper().getText(document));
        }
        assertTrue(text.contains("Bons acceptés : jusqu'à " + paperPays * 30 / 100 / 100), text);
        assertTrue(text.contains("Bons acceptés : jusqu'à " + neighbourPays * 30 / 100 / 100), text);
        assertTrue(text.contains("Bons solidaires dans la boîte : 15"), text);

        // Each pays the whole amount shown (the paper household with 6 bons and euros: all of it as cash).
        volunteer.press("tr:has-text('" + paper.displayName + "') a.button").sees("Bons acceptés")
                .fill("#paymentAmount", euros(paperPays)).fill("#paymentMethod", "CASH")
                .pressButton("Enregistrer et remettre");
        volunteer.press("tr:has-text('" + neighbour.displayName + "') a.button")
                .fill("#paymentAmount", euros(neighbourPays)).fill("#paymentMethod", "CASH")
                .pressButton("Enregistrer et remettre");
        // End of the day: a mistake first, then the 6 bons found in the till.
        volunteer.fill("#f-used", "16").pressButton("Enregistrer les bons").sees("entre 0 et 15");
        volunteer.fill("#f-used", "6").pressButton("Enregistrer les bons").sees("Bons solidaires enregistrés");
        volunteer.with(p -> p.onceDialog(dialog -> dialog.accept())).pressButton("Clore la distribution");
        assertEquals(5_000 - 600, fund.balance(antennaId), "the fund gave 6 bons and took the 9 others back");
        volunteer.close();

        // The books: the bons are the fund's money, the till holds the rest in euros; nobody is named.
        Person coordinator = Person.atDesk("la coordinatrice", root.toString());
        coordinator.logIn(coordinatorLogin, TestAccounts.PASSWORD);
        coordinator.open("/tournees/" + roundId + "/bilan")
                .sees("Bons solidaires (payés par la caisse solidaire) 6,00 €",
                        "Paiements des foyers : Espèces " + euros(paperPays + neighbourPays - 600) + " €",
                        "Les comptes s'équilibrent au centime près");
        String books = coordinator.text();
        assertFalse(books.contains(paper.displayName) || books.contains(neighbour.displayName), books);
        coordinator.close();
    }

    private static long amountToPay(long roundId, long householdId) {
        return QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("round.id = ?1 and household.id = ?2",
                roundId, householdId).firstResult().amountToPayCents());
    }

    private static String euros(long cents) {
        return String.format(java.util.Locale.FRANCE, "%d,%02d", cents / 100, cents % 100);
    }
}
