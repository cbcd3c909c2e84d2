package org.paniercommun.closing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.web.VisibleText;

/** "Colis et réception": the products to decide on first, with a message made of the figures shown next to it. */
@QuarkusTest
class ClosingPagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    TestAccounts accounts;

    @Test
    void productsToDecideComeFirstAndTheirMessageAgreesWithTheirFigures() {
        // Lentils and flour in sacks of 25 kg. Lentils: 20 kg ordered, no tolerance, a decision to take.
        // Flour: 23 kg ordered with 2 kg of tolerance, the tolerances complete the sack: nothing to decide.
        RoundFixtures.Setup setup = roundFixtures.openRound(null);
        long roundId = setup.round().id;
        long lentils = roundFixtures.offerId(setup, 0);
        long flour = roundFixtures.offerId(setup, 1);
        Household a = fixtures.household(setup.place(), Fixtures.unique("Foyer A"), 2);
        Household b = fixtures.household(setup.place(), Fixtures.unique("Foyer B"), 2);
        orders.place(roundId, a.id, List.of(new LineCommand(lentils, new BigDecimal("20")),
                new LineCommand(flour, new BigDecimal("20"), new BigDecimal("2"))), null, Instant.now());
        orders.place(roundId, b.id, List.of(new LineCommand(flour, new BigDecimal("3"))), null, Instant.now());
        rounds.close(roundId, Instant.now());

        String coordinator = accounts.create(Role.COORDINATOR);
        String html = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/cloture").then().statusCode(200).extract().asString();
        String text = VisibleText.of(html);

        int toDecide = html.indexOf("id=\"a-decider\"");
        int others = html.indexOf("id=\"autres-produits\"");
        int lentilsRow = html.indexOf("id=\"produit-" + lentils + "\"");
        int flourRow = html.indexOf("id=\"produit-" + flour + "\"");
        assertTrue(toDecide >= 0 && toDecide < lentilsRow && lentilsRow < others && others < flourRow,
                "lentils to decide first, flour folded below");
        assertTrue(text.contains("À décider : 1 produit a un colis incomplet"), text);
        assertTrue(text.contains("Les autres produits : 1 en colis complets"), text);
        // The message is made of the row's figures: 20 kg ordered, 0 kg of tolerance, sacks of 25 kg.
        assertTrue(text.contains("Il manque 5 kg pour compléter le colis n° 1 de « Lentilles vertes » (colis de 25 kg) : "
                + "20 kg commandés, et les tolérances (0 kg) ne suffisent pas."), text);
        // Flour: no shortfall announced for a sack the tolerances completed, 1 × 25 kg allocated.
        assertFalse(text.contains("Il manque 2 kg"), text);
        assertTrue(text.contains("Colis n° 1 complété par les tolérances (+ 2 kg)."), text);
        // One decision form (lentils) and one reception form per product.
        assertEquals(1, html.split("/cloture/colis/").length - 1);
        assertEquals(2, html.split("/cloture/reception/").length - 1);
        assertEquals(List.of(), VisibleText.isoDates(html));
    }
}
