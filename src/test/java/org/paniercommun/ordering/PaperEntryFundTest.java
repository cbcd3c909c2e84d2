package org.paniercommun.ordering;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundRules;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;

/**
 * Issue 26: the paper-entry rule of the fund lives in the service ({@code OrderService.placeOnPaper}), so the paper
 * entry page and the API agree: a volunteer typing a household's paper form leaves the reduction the household asked
 * online as it is, unseen, and cannot change it (the page has no fund field and ignores one posted; the API refuses
 * one, see BonsSolidairesTest).
 */
@QuarkusTest
class PaperEntryFundTest {

    @Inject
    RoundFixtures rounds;

    @Inject
    Fixtures fixtures;

    @Inject
    OrderService orders;

    @Inject
    FundService fund;

    @Test
    void pageAndApiKeepTheHouseholdsOwnFundRequestAlike() {
        RoundFixtures.Setup setup = rounds.openRound(null);
        long antennaId = setup.place().antenna().id;
        fund.record(antennaId, new FundService.EntryCommand(EntryKind.DONATION, 10_000L, null, null, null), "test");
        fund.settings(antennaId, new FundService.Settings(List.of(10, 20, 30), 0L, null, false));
        long roundId = setup.round().id;
        long lentils = rounds.offerId(setup, 0);
        long flour = rounds.offerId(setup, 1);
        Household byPage = fixtures.household(setup.place(), Fixtures.unique("Page"), 1);
        Household byApi = fixtures.household(setup.place(), Fixtures.unique("Api"), 1);
        String volunteer = fixtures.volunteerOf(setup.place());
        // Both households asked the fund for 20 % online.
        for (Household household : List.of(byPage, byApi)) {
            orders.place(roundId, household.id, List.of(new LineCommand(lentils, new BigDecimal("2"))), 20, null,
                    Instant.now());
        }

        // Then their paper forms come in with more: typed on the page (a fund field posted anyway is ignored) …
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("q-" + lentils, "4").formParam("q-" + flour, "3")
                .formParam("fundRate", "0")
                .post("/tournees/" + roundId + "/saisie/" + byPage.id).then().statusCode(303);
        // … and through the API.
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("offerId", lentils, "quantity", 4),
                        Map.of("offerId", flour, "quantity", 3))))
                .put("/api/rounds/" + roundId + "/orders/households/" + byApi.id).then().statusCode(200);

        Order page = order(roundId, byPage.id);
        Order api = order(roundId, byApi.id);
        assertEquals(page.totalCents, api.totalCents);
        assertEquals(Short.valueOf((short) 20), page.fundRatePercent, "the household's own request stays");
        assertEquals(page.fundRatePercent, api.fundRatePercent);
        assertEquals(FundRules.reduction(page.totalCents, 20, null), page.fundReductionCents,
                "the reduction follows the new total at the rate asked");
        assertEquals(page.fundReductionCents, api.fundReductionCents);
        assertEquals(page.amountToPayCents(), api.amountToPayCents());
        assertEquals(page.dueCents, api.dueCents);
        // The figures the queries sum are stored with the order as it is written (nothing due before the pickup).
        assertEquals(page.totalCents, page.goodsCents);
        assertEquals(OrderFigures.Charge.PENDING, page.charge);
        assertEquals(0, page.dueCents);
        assertEquals(api.costValueCents, page.costValueCents);
        assertEquals(true, page.costValueCents > 0);
    }

    private static Order order(long roundId, long householdId) {
        return QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("round.id = ?1 and household.id = ?2",
                roundId, householdId).singleResult());
    }
}
