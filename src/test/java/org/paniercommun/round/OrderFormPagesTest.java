package org.paniercommun.round;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.OrganisationService.GroupCommand;

@QuarkusTest
class OrderFormPagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundTestData rounds;

    @Inject
    TestAccounts accounts;

    @Inject
    OrganisationService organisation;

    record Setup(long roundId, long groupId) {
    }

    Setup openRound() {
        Place place = fixtures.place();
        long otherGroup = organisation.createGroup(new GroupCommand(place.antenna().id, Fixtures.unique("Groupe"),
                "Liévin", null)).id;
        long lentils = rounds.product(place, "Lentilles vertes du Puy", 300, 100); // 4,00 € → 2,00 / 3,60 / 4,60
        long oil = rounds.product(place, "Huile d'olive", 900, 100); // 10,00 € → 5,00 / 9,00 / 11,50
        long elsewhere = rounds.product(place, "Miel de Liévin", 500, 0, otherGroup);
        long roundId = rounds.round(place, Fixtures.unique("Tournée de janvier"), true,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(9)),
                List.of(lentils, oil, elsewhere));
        return new Setup(roundId, place.group().id);
    }

    @Test
    void orderFormShowsTheThreePricesOfEachProductOfferedToTheGroup() {
        Setup setup = openRound();
        String html = given().auth().preemptive().basic(accounts.volunteerOf(setup.groupId()), TestAccounts.PASSWORD)
                .queryParam("groupId", setup.groupId())
                .get("/tournees/" + setup.roundId() + "/bon-de-commande")
                .then().statusCode(200).extract().asString();

        assertTrue(html.contains("Bon de commande"));
        assertTrue(html.contains("Épicerie sèche"));
        assertTrue(html.contains("Lentilles vertes du Puy"));
        for (String price : List.of("2,00", "3,60", "4,60", "5,00", "9,00", "11,50")) {
            assertTrue(html.contains(price + "\u00a0€"), price);
        }
        assertTrue(html.contains("Huile d&#39;olive") || html.contains("Huile d'olive"));
        assertTrue(html.contains("Nom du foyer"));
        assertTrue(html.contains("Point relais"));
        assertFalse(html.contains("Miel de Liévin"), "a product of another group is not on this form");
    }

    @Test
    void pdfHasTheSameProducts() throws IOException {
        Setup setup = openRound();
        byte[] pdf = given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .queryParam("groupId", setup.groupId())
                .get("/tournees/" + setup.roundId() + "/bon-de-commande.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        assertEquals("%PDF", new String(pdf, 0, 4));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(document.getPage(0).getMediaBox().getHeight()), "A4 height in points");
            // Long names wrap inside their cell: compare with the line breaks folded to spaces.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Lentilles vertes du Puy"), text);
            assertTrue(text.contains("Huile d'olive"), text);
            assertTrue(text.contains("11,50"), text);
            assertFalse(text.contains("Miel de Liévin"), text);
        }
    }

    /**
     * Issue 20: the paper form has the boxes the paper-entry screen asks for (ordering/OrderEntry): the tolerance of
     * each product sold by the case, and the coupons; the solidarity fund is taken at the cash desk with bons
     * (issue 23), so there is nothing to tick for it.
     */
    @Test
    void paperFormHasTheToleranceAndFundBoxesOfThePaperEntryScreen() throws IOException {
        Setup setup = openRound();
        String html = given().auth().preemptive().basic(accounts.volunteerOf(setup.groupId()), TestAccounts.PASSWORD)
                .queryParam("groupId", setup.groupId())
                .get("/tournees/" + setup.roundId() + "/bon-de-commande")
                .then().statusCode(200).extract().asString();
        // Both products are sold in 25 kg sacks, ordered by 0,5 kg.
        assertEquals(2, html.split("class=\"tol-box\"").length - 1, html);
        assertTrue(html.contains("Pour compléter un sac de 25 kg"), html);
        assertTrue(html.contains("kg de plus"), html);
        // Nothing to tick for the fund: the household takes bons solidaires at the cash desk (issue 23).
        assertTrue(html.contains("Caisse solidaire") && html.contains("bons solidaires dans la boîte")
                && html.contains("jusqu&#39;à 30 %") && !html.contains("Pas de réduction")
                && !html.contains("10 % de réduction"), html);
        assertTrue(html.contains("Coupons solidaires de 1 €") && html.contains("class=\"coupon-box\""), html);

        byte[] pdf = given().auth().preemptive().basic(accounts.volunteerOf(setup.groupId()), TestAccounts.PASSWORD)
                .queryParam("groupId", setup.groupId())
                .get("/tournees/" + setup.roundId() + "/bon-de-commande.pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Pour compléter un sac de 25 kg"), text);
            assertTrue(text.contains("Coupons solidaires") && text.contains("bons solidaires dans la boîte")
                    && !text.contains("20 % de réduction"), text);
        }
    }

    @Test
    void householdsCannotOpenTheFormAndAGroupOutsideTheRoundIsNotFound() {
        Setup setup = openRound();
        given().auth().preemptive().basic(accounts.create(Role.HOUSEHOLD), TestAccounts.PASSWORD)
                .queryParam("groupId", setup.groupId())
                .get("/tournees/" + setup.roundId() + "/bon-de-commande")
                .then().statusCode(403);
        given().auth().preemptive().basic(accounts.volunteerOf(setup.groupId()), TestAccounts.PASSWORD)
                .queryParam("groupId", 999_999_999L)
                .get("/tournees/" + setup.roundId() + "/bon-de-commande")
                .then().statusCode(404);
        given().auth().preemptive().basic(accounts.volunteerOf(setup.groupId()), TestAccounts.PASSWORD)
                .get("/tournees/" + setup.roundId() + "/bon-de-commande")
                .then().statusCode(400);
    }
}
