package org.paniercommun.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;

/**
 * Amounts and quantities have a maximum, checked where they come in: the requests of issue 22 that answered 500 or
 * stored a wrapped total now get a 400 with a French message, and nothing is stored.
 */
@QuarkusTest
class BoundsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures rounds;

    @Inject
    RoundService roundService;

    @Inject
    OrderService orders;

    private static RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD);
    }

    @Test
    void typedAmountsAndQuantitiesBeyondTheMaximumAreFieldErrors() {
        assertEquals(Money.MAX_CENTS, Money.parse("1 000 000"));
        org.paniercommun.kernel.Unreadable tooBig = assertThrows(org.paniercommun.kernel.Unreadable.class,
                () -> Money.parse("99999999999999999999999"));
        assertEquals("Au plus 1\u202f000\u202f000,00\u00a0€.", org.paniercommun.kernel.Texts.explain(tooBig));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("-1000000,01"));
        assertThrows(IllegalArgumentException.class, () -> Quantities.parse("1e15"));
        assertEquals(new BigDecimal("1000000.000"), Quantities.parse("1000000"));
    }

    @Test
    void theBooksRefuseAmountsThatWouldWrapTheirTotals() {
        RoundFixtures.Setup setup = rounds.openRound(null);
        long roundId = setup.round().id;
        Household h = fixtures.household(setup.place(), Fixtures.unique("Foyer"), 2);
        orders.place(roundId, h.id, List.of(new LineCommand(rounds.offerId(setup, 0), new BigDecimal("25"))), null,
                Instant.now());
        roundService.close(roundId, Instant.now());
        String coordinator = accounts.create(Role.COORDINATOR);

        // The form: a 23-digit cost was an ArithmeticException (500).
        as(coordinator).formParam("label", "Camion").formParam("amount", "99999999999999999999999")
                .post("/tournees/" + roundId + "/bilan/frais").then().statusCode(400).body(containsString("Au plus"));
        // The API: an adjustment of Long.MAX_VALUE cents made the producer's total −92 233 720 368 547 757,64 €.
        as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("amountCents", Long.MAX_VALUE, "reason", "erreur")).post("/api/rounds/" + roundId
                        + "/settlement/statements/" + setup.products().get(0).producerId() + "/adjustments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Au plus"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() ->
                org.paniercommun.settlement.StatementAdjustment.count("amountCents", Long.MAX_VALUE)), "nothing stored");
        as(coordinator).contentType(ContentType.JSON).body(Map.of("label", "Camion", "amountCents", 200_000_000L))
                .post("/api/rounds/" + roundId + "/settlement/costs").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theFundAndTheEnvelopesRefuseThemToo() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.place().antenna().id;
        as(coordinator).contentType(ContentType.JSON).body(Map.of("kind", "DONATION", "amountCents", Long.MAX_VALUE))
                .post("/api/fund/" + antennaId + "/entries").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Au plus"));
        as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("Financeur"), "monthlyBudgetCents", Long.MAX_VALUE))
                .post("/api/baskets/funders").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aGroupChosenTwiceForANewRoundMakesOneRound() {
        org.paniercommun.Fixtures.Place place = fixtures.place();
        String coordinator = accounts.create(Role.COORDINATOR);
        String name = Fixtures.unique("Tournée en double");
        java.time.LocalDateTime in = java.time.LocalDateTime.now().plusDays(2).withSecond(0).withNano(0);
        int status = as(coordinator).redirects().follow(false).formParam("antennaId", place.antenna().id)
                .formParam("name", name).formParam("opensAt", in.toString())
                .formParam("deadline", in.plusDays(5).toString())
                .formParam("groupIds", place.group().id).formParam("groupIds", place.group().id)
                .post("/tournees/nouvelle").then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(status == 303 || status == 400, "answered " + status);
        if (status == 303) {
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> org.paniercommun.round.Round.count("name", name)));
        }
    }

    @Test
    void anOrderLineOfAMillionBillionKilosIsRefused() {
        RoundFixtures.Setup setup = rounds.openRound(null);
        Household h = fixtures.household(setup.place(), Fixtures.unique("Foyer"), 2);
        String volunteer = fixtures.volunteerOf(setup.place());
        as(volunteer).contentType(ContentType.JSON)
                .body("{\"lines\":[{\"offerId\":" + rounds.offerId(setup, 0) + ",\"quantity\":1e15}]}")
                .put("/api/rounds/" + setup.round().id + "/orders/households/" + h.id).then().statusCode(400)
                .contentType("application/problem+json").body(containsString("au plus 10"));
    }
}
