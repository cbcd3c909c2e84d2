package org.paniercommun.fund;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.settlement.RoundBooks;
import org.paniercommun.settlement.SettlementService;
import org.paniercommun.kernel.Money;

/**
 * Issue 23: a household on paper draws on the fund without telling anybody. Nothing to tick on its form; at the cash
 * desk it pays part of its amount with bons solidaires taken from a box, and staff record only the day's totals: bons
 * put in the box (taken from the fund above its floor) and bons found in the till (the others go back). The books
 * still balance to the cent, and the tier-3 surplus follows what is really handed out.
 */
@QuarkusTest
class BonsSolidairesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    FundService fund;

    @Inject
    SettlementService settlement;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void paperHouseholdsPayPartWithBonsAndOnlyTheDaysTotalsAreRecorded() throws Exception {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long antennaId = setup.place().antenna().id;
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(2),
                "14 h – 17 h")));
        fund.record(antennaId, new FundService.EntryCommand(EntryKind.DONATION, 5_000L, null, null, null), "test");
        fund.settings(antennaId, new FundService.Settings(List.of(10, 20, 30), 3_000L, null, false));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        Household paper = fixtures.household(setup.place(), Fixtures.unique("Papier"), 1);
        Household other = fixtures.household(setup.place(), Fixtures.unique("Voisin"), 2);
        String volunteer = fixtures.volunteerOf(setup.place());

        // Staff cannot ask the fund for a household, on the page or through the API: the household does it itself.
        as(volunteer).contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of("offerId", lentils,
                "quantity", 12.5)), "fundRatePercent", 20))
                .put("/api/rounds/" + roundId + "/orders/households/" + paper.id).then().statusCode(400)
                .contentType("application/problem+json").body(containsString("Seul le foyer"));
        as(volunteer).contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of("offerId", lentils,
                "quantity", 12.5))))
                .put("/api/rounds/" + roundId + "/orders/households/" + paper.id).then().statusCode(200)
                .body("lines[0].unitPriceCents", org.hamcrest.Matchers.nullValue());
        as(volunteer).get("/tournees/" + roundId + "/saisie/" + paper.id).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("name=\"fundRate\"")))
                .body(containsString("bons de la boîte"));
        orders.place(roundId, other.id, List.of(new LineCommand(lentils, new BigDecimal("12.5"))), null, Instant.now());
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        long slotId = rounds.slots(roundId).get(0).id;
        String list = "/tournees/" + roundId + "/distribution/" + slotId;
        long balance = fund.balance(antennaId);
        assertEquals(5_000, balance);

        // The box: never more than the fund holds above its floor (50 € − 30 €: 20 bons).
        as(volunteer).redirects().follow(false).contentType(ContentType.URLENC).formParam("inBox", "25")
                .post(list + "/bons").then().statusCode(409).body(containsString("au plus 20"));
        as(volunteer).redirects().follow(false).contentType(ContentType.URLENC).formParam("inBox", "douze")
                .post(list + "/bons").then().statusCode(400)
                .body(containsString("Écrivez un nombre entier de bons")).body(containsString("value=\"douze\""));
        as(volunteer).redirects().follow(false).contentType(ContentType.URLENC).formParam("inBox", "15")
                .post(list + "/bons").then().statusCode(303);
        assertEquals(5_000 - 1_500, fund.balance(antennaId), "the bons in the box are taken from the fund");
        as(volunteer).get(list).then().statusCode(200).body(containsString("Boîte de bons solidaires"))
                .body(containsString("value=\"15\""));

        // Every household's line says how many bons it may pay with: the same rule for all, 30 % in whole euros.
        Order paperOrder = order(roundId, paper.id);
        Order otherOrder = order(roundId, other.id);
        String sheet = as(volunteer).get("/tournees/" + roundId + "/listes/" + slotId + "/emargement").then()
                .statusCode(200).extract().asString();
        assertTrue(sheet.contains("Bons acceptés : jusqu&#39;à "
                + FundRules.bonsAccepted(paperOrder.amountToPayCents(), 30)), sheet);
        assertTrue(sheet.contains("Bons acceptés : jusqu&#39;à "
                + FundRules.bonsAccepted(otherOrder.amountToPayCents(), 30)), sheet);
        assertTrue(sheet.contains("Bons solidaires dans la boîte : 15"), sheet);

        // Both pay their whole amount at the desk (bons count as cash); nothing is noted about who used bons.
        handOutPaying(volunteer, roundId, slotId, paperOrder, "CASH");
        handOutPaying(volunteer, roundId, slotId, otherOrder, "CARD");
        as(volunteer).redirects().follow(false).contentType(ContentType.URLENC).formParam("inBox", "15")
                .formParam("used", "16").post(list + "/bons").then().statusCode(400)
                .body(containsString("entre 0 et 15"));
        // 6 bons were found in the till: the 9 others go back to the fund.
        as(volunteer).contentType(ContentType.JSON).body(Map.of("inBox", 15, "used", 6))
                .put("/api/rounds/" + roundId + "/distribution/" + slotId + "/bons").then().statusCode(200)
                .body("used", equalTo(6)).body("inBox", equalTo(15));
        assertEquals(5_000 - 600, fund.balance(antennaId));
        assertEquals(-600, sum("select coalesce(sum(amount_cents), 0) from fund_entries where round_id = " + roundId
                + " and kind = 'BONS'"));
        assertTrue(fund.integrityProblems().isEmpty(), fund.integrityProblems().toString());

        // The books: the bons are the fund's money, not cash; resources and what explains them agree to the cent.
        RoundBooks.Sheet books = QuarkusTransaction.requiringNew().call(() -> settlement.balanceSheet(roundId).sheet());
        assertTrue(books.balanced(), books.toString());
        long cashPaid = paperOrder.amountToPayCents();
        assertEquals(600, books.resources().stream().filter(l -> l.label().contains("Bons solidaires"))
                .mapToLong(RoundBooks.Line::cents).sum(), books.resources().toString());
        assertEquals(cashPaid - 600, books.resources().stream().filter(l -> l.label().contains("Espèces"))
                .mapToLong(RoundBooks.Line::cents).sum(), books.resources().toString());
        assertEquals(cashPaid - 600, books.cash().get(0).expectedCents(), "the till holds euros and 6 bons");
        assertEquals(0, books.receivableCents(), "both households paid what they owed");
    }

    @Test
    void theTier3SurplusFollowsWhatIsHandedOut() throws Exception {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long antennaId = setup.place().antenna().id;
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(2),
                "14 h – 17 h")));
        fund.settings(antennaId, new FundService.Settings(List.of(10, 20, 30), 0L, null, true));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        Household rich = fixtures.household(setup.place(), Fixtures.unique("Aisé"), 3);
        Household other = fixtures.household(setup.place(), Fixtures.unique("Modeste"), 1);
        orders.place(roundId, rich.id, List.of(new LineCommand(lentils, new BigDecimal("12.5"))), null, Instant.now());
        orders.place(roundId, other.id, List.of(new LineCommand(lentils, new BigDecimal("12.5"))), null, Instant.now());
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        long unitPrice = sum("select l.unit_price_cents from order_lines l join orders o on o.id = l.order_id "
                + "where o.household_id = " + rich.id);
        long cost = sum("select cost_price_cents from round_offers where id = " + lentils);
        long atClosing = org.paniercommun.pricing.LineAmount.of(unitPrice, new BigDecimal("12.5"))
                - Math.round(cost * 12.5);
        assertTrue(atClosing > 0);
        assertEquals(atClosing, fund.balance(antennaId), "a whole sack: the surplus of the 12,5 kg handed out");

        // Weighed at 12 kg on the day: the fund holds the surplus of 12 kg, not of what was ordered.
        long slotId = rounds.slots(roundId).get(0).id;
        String volunteer = fixtures.volunteerOf(setup.place());
        Order order = order(roundId, rich.id);
        Map<String, Object> body = new HashMap<>();
        body.put("version", order.version);
        body.put("lines", List.of(Map.of("lineId", order.lines.get(0).id, "weighed", 12, "missing", false)));
        body.put("pickedUp", true);
        body.put("leaveDebt", true);
        as(volunteer).contentType(ContentType.JSON).body(body).put("/api/rounds/" + roundId + "/distribution/"
                + slotId + "/orders/" + order.id).then().statusCode(200);
        long weighed = org.paniercommun.pricing.LineAmount.of(unitPrice, new BigDecimal("12"))
                - Math.round(cost * 12.0);
        assertEquals(weighed, fund.balance(antennaId));
        assertEquals(weighed, sum("select sum(amount_cents) from fund_entries where round_id = " + roundId
                + " and kind = 'TIER3_SURPLUS'"), "corrected by a second entry, the first one stays");
        assertTrue(fund.integrityProblems().isEmpty());
    }

    @Test
    void thePublicPageShowsFiguresOnlyWithThreeHouseholdsBehindThem() {
        long two = finishedRoundWithDrawers(2, true);
        assertEquals(new FundService.PublicFigures(null, null, null), fund.publicFigures(two));
        String page = given().get("/caisse-solidaire").then().statusCode(200).extract().asString();
        String name = QuarkusTransaction.requiringNew().call(() ->
                org.paniercommun.organisation.Antenna.<org.paniercommun.organisation.Antenna>findById(two).name);
        String block = page.substring(page.indexOf(name), page.indexOf(name) + 400);
        assertTrue(block.contains("au moins 3 foyers"), block);
        assertFalse(block.contains("Déjà donné"), block);

        // While a round is under way its draws do not show, even with three households.
        long underWay = finishedRoundWithDrawers(3, false);
        assertEquals(new FundService.PublicFigures(null, null, null), fund.publicFigures(underWay));

        long three = finishedRoundWithDrawers(3, true);
        FundService.PublicFigures figures = fund.publicFigures(three);
        long given = -sumUnchecked("select sum(amount_cents) from fund_entries where antenna_id = " + three
                + " and kind in ('DRAW', 'DRAW_RELEASE')");
        assertTrue(given > 0);
        assertEquals(new FundService.PublicFigures(10_000 - given, given, 3L), figures);
    }

    /** An antenna whose one round has {@code drawers} households drawing 20 %; finished: its day is closed. */
    private long finishedRoundWithDrawers(int drawers, boolean finished) {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long antennaId = setup.place().antenna().id;
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(2),
                "14 h – 17 h")));
        fund.record(antennaId, new FundService.EntryCommand(EntryKind.DONATION, 10_000L, null, null, null), "test");
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        for (int i = 0; i < drawers; i++) {
            Household h = fixtures.household(setup.place(), Fixtures.unique("Aidé"), 1);
            orders.place(roundId, h.id, List.of(new LineCommand(lentils, new BigDecimal("25"))), 20, null,
                    Instant.now());
        }
        if (finished) {
            rounds.close(roundId, Instant.now());
            closing.confirm(roundId, Instant.now());
            long slotId = rounds.slots(roundId).get(0).id;
            as(fixtures.volunteerOf(setup.place())).post("/api/rounds/" + roundId + "/distribution/" + slotId
                    + "/close").then().statusCode(200);
        }
        return antennaId;
    }

    private long sumUnchecked(String query) {
        try {
            return sum(query);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void handOutPaying(String volunteer, long roundId, long slotId, Order order, String method) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", order.version);
        body.put("lines", List.of());
        body.put("pickedUp", true);
        body.put("payment", Map.of("method", method, "amountCents", order.amountToPayCents()));
        as(volunteer).contentType(ContentType.JSON).body(body).put("/api/rounds/" + roundId + "/distribution/"
                + slotId + "/orders/" + order.id).then().statusCode(200).body("amountToCollectCents", equalTo(0));
    }

    private Order order(long roundId, long householdId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Order o = Order.<Order>find("round.id = ?1 and household.id = ?2", roundId, householdId).firstResult();
            o.lines.size();
            return o;
        });
    }

    private long sum(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static io.restassured.specification.RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD);
    }
}
