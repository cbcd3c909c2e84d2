package org.paniercommun.distribution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.pricing.LineAmount;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.ordering.HouseholdAccounts;

/** Distribution day: weighed amounts, payments and balances, absences, concurrency, end of the day. */
@QuarkusTest
class DistributionTest {

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
    HouseholdAccounts householdAccounts;

    record Day(RoundFixtures.Setup setup, long roundId, long slotId, long lentils, String volunteer,
            List<Household> households) {
    }

    /** A round whose lentils fill exactly one 25 kg sack, closed and confirmed, ready to hand out. */
    private Day day(int householdCount, Integer fundRate) {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(3),
                "14 h – 17 h")));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        List<Household> households = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < householdCount; i++) {
            Household h = fixtures.household(setup.place(), Fixtures.unique("Foyer " + i), 2);
            households.add(h);
            BigDecimal quantity = new BigDecimal(25).divide(BigDecimal.valueOf(householdCount), 0,
                    java.math.RoundingMode.DOWN);
            if (i == householdCount - 1) {
                quantity = new BigDecimal(25).subtract(quantity.multiply(BigDecimal.valueOf(householdCount - 1)));
            }
            orders.place(roundId, h.id, List.of(new LineCommand(lentils, quantity)), i == 0 ? fundRate : null, null,
                    null, now.plusSeconds(i));
        }
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        long slotId = rounds.slots(roundId).get(0).id;
        return new Day(setup, roundId, slotId, lentils, fixtures.volunteerOf(setup.place()), households);
    }

    private static io.restassured.specification.RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private Map<String, Object> householdOnList(Day day, long householdId) {
        List<Map<String, Object>> list = as(day.volunteer()).get("/api/rounds/" + day.roundId() + "/distribution/"
                + day.slotId()).then().statusCode(200).extract().jsonPath().getList("households");
        return list.stream().filter(h -> ((Number) h.get("householdId")).longValue() == householdId).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static long lineId(Map<String, Object> household) {
        return ((Number) ((List<Map<String, Object>>) household.get("lines")).get(0).get("lineId")).longValue();
    }

    private static Order order(long roundId, long householdId) {
        return QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("round.id = ?1 and household.id = ?2",
                roundId, householdId).firstResult());
    }

    @Test
    void weighedQuantitiesSetTheAmountAndWhatIsNotPaidIsCarriedToTheNextOrder() {
        Day day = day(2, null);
        Household first = day.households().get(0); // 12 kg ordered
        Map<String, Object> row = householdOnList(day, first.id);
        long unitPrice = QuarkusTransaction.requiringNew()
                .call(() -> org.paniercommun.ordering.OrderLine.<org.paniercommun.ordering.OrderLine>find(
                        "order.household.id", first.id).firstResult().unitPriceCents);
        long weighedAmount = LineAmount.of(unitPrice, new BigDecimal("11.85"));

        Map<String, Object> body = new HashMap<>();
        body.put("version", row.get("version"));
        body.put("lines", List.of(Map.of("lineId", lineId(row), "weighed", 11.85, "missing", false)));
        body.put("coupons", 2);
        body.put("roundUpCents", 30);
        body.put("payment", Map.of("method", "CASH", "amountCents", 1000));
        body.put("pickedUp", true);
        long due = weighedAmount + 200 + 30;
        as(day.volunteer()).body(body).put("/api/rounds/" + day.roundId() + "/distribution/" + day.slotId()
                + "/orders/" + row.get("orderId")).then().statusCode(200)
                .body("status", equalTo("PICKED_UP"))
                .body("goodsCents", org.hamcrest.Matchers.nullValue())
                .body("lines[0].amountCents", org.hamcrest.Matchers.nullValue())
                .body("paidCents", equalTo(1000))
                .body("amountToCollectCents", equalTo((int) (due - 1000)));
        Order saved = order(day.roundId(), first.id);
        assertEquals(weighedAmount, saved.finalTotalCents);
        assertEquals(due - 1000, householdAccounts.balance(first.id));

        // The same volunteer's old version is now stale: refused with a clear message, nothing lost.
        as(day.volunteer()).body(body).put("/api/rounds/" + day.roundId() + "/distribution/" + day.slotId()
                + "/orders/" + row.get("orderId")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Un autre bénévole"));
        assertEquals(due - 1000, householdAccounts.balance(first.id));

        // The other household does not come; the coordinator decides its goods were sold on: it owes nothing.
        Household second = day.households().get(1);
        Map<String, Object> other = householdOnList(day, second.id);
        as(day.volunteer()).body(Map.of("version", other.get("version"))).post("/api/rounds/" + day.roundId()
                + "/distribution/" + day.slotId() + "/orders/" + other.get("orderId") + "/absent").then().statusCode(200)
                .body("status", equalTo("ABSENT"));
        as(day.volunteer()).body(Map.of("decision", "SOLD_ON")).put("/api/rounds/" + day.roundId()
                + "/distribution/orders/" + other.get("orderId") + "/absence-decision").then().statusCode(403);
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).body(Map.of("decision", "SOLD_ON", "note", "revendu à la fin")).put("/api/rounds/"
                + day.roundId() + "/distribution/orders/" + other.get("orderId") + "/absence-decision").then()
                .statusCode(200).body("decision", equalTo("SOLD_ON"));
        assertEquals(0L, householdAccounts.balance(second.id));

        // Closing the only relay point's day makes the round distributed.
        as(day.volunteer()).post("/api/rounds/" + day.roundId() + "/distribution/" + day.slotId() + "/close").then()
                .statusCode(200).body("closed", equalTo(true));
        assertEquals(RoundStatus.DISTRIBUTED, QuarkusTransaction.requiringNew().call(() -> rounds.round(day.roundId()).status));

        // Next round: the balance owed is added to what the household collects, and paying too much leaves credit.
        Day next = nextRoundFor(day, first);
        Map<String, Object> nextRow = householdOnList(next, first.id);
        Order nextOrder = order(next.roundId(), first.id);
        long nextDue = nextOrder.amountToPayCents();
        assertEquals(nextDue + due - 1000, ((Number) nextRow.get("amountToCollectCents")).longValue());
        as(next.volunteer()).body(Map.of("version", nextRow.get("version"), "pickedUp", true,
                "payment", Map.of("method", "CARD", "amountCents", nextDue + due - 1000 + 50)))
                .put("/api/rounds/" + next.roundId() + "/distribution/" + next.slotId() + "/orders/"
                        + nextRow.get("orderId")).then().statusCode(200).body("amountToCollectCents", equalTo(-50));
        assertEquals(-50L, householdAccounts.balance(first.id));
    }

    /** A second round in the same place where {@code household} orders again. */
    private Day nextRoundFor(Day previous, Household household) {
        RoundFixtures.Setup setup = previous.setup();
        Instant now = Instant.now();
        var round = rounds.create(new RoundService.RoundCommand(setup.place().antenna().id, Fixtures.unique("Suivante"),
                now.minusSeconds(3600), now.plusSeconds(86400), List.of(setup.place().group().id)));
        rounds.setOffer(round.id, List.of(new RoundService.OfferCommand(setup.products().get(1).id(), null)));
        rounds.setSlots(round.id, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(30),
                "10 h – 12 h")));
        rounds.open(round.id, now);
        long flour = rounds.offers(round.id).get(0).id;
        orders.place(round.id, household.id, List.of(new LineCommand(flour, new BigDecimal("25"))), null, now);
        rounds.close(round.id, Instant.now());
        closing.confirm(round.id, Instant.now());
        return new Day(setup, round.id, rounds.slots(round.id).get(0).id, flour, previous.volunteer(),
                List.of(household));
    }

    @Test
    void theFundReductionFollowsTheWeighedTotal() {
        Day day = dayWithFund();
        Household drawing = day.households().get(0);
        Order before = order(day.roundId(), drawing.id);
        assertEquals(Math.round(before.goodsTotalCents() * 0.2), before.fundReductionCents);
        Map<String, Object> row = householdOnList(day, drawing.id);
        as(day.volunteer()).body(Map.of("version", row.get("version"), "pickedUp", true, "leaveDebt", true,
                "lines", List.of(Map.of("lineId", lineId(row), "weighed", 5, "missing", false))))
                .put("/api/rounds/" + day.roundId() + "/distribution/" + day.slotId() + "/orders/" + row.get("orderId"))
                .then().statusCode(200);
        Order after = order(day.roundId(), drawing.id);
        assertEquals(org.paniercommun.fund.FundRules.reduction(after.finalTotalCents, 20, null), after.fundReductionCents);
        assertEquals(after.finalTotalCents - after.fundReductionCents, after.amountToPayCents());
        // The staff list shows only the amount to collect, never the reduction.
        String list = as(day.volunteer()).get("/api/rounds/" + day.roundId() + "/distribution/" + day.slotId())
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(list.contains("fund") || list.contains("eduction"), list);
        assertEquals(List.of(), fund.integrityProblems());
    }

    private Day dayWithFund() {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        fund.record(setup.place().antenna().id, new FundService.EntryCommand(EntryKind.GRANT, 100_000L, "Fondation",
                null, null), "test");
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, LocalDate.now().plusDays(3),
                "14 h – 17 h")));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        Household h = fixtures.household(setup.place(), Fixtures.unique("Foyer"), 1);
        orders.place(roundId, h.id, List.of(new LineCommand(lentils, new BigDecimal("25"))), 20, null, null,
                Instant.now());
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        return new Day(setup, roundId, rounds.slots(roundId).get(0).id, lentils, fixtures.volunteerOf(setup.place()),
                List.of(h));
    }

    @Test
    void twoVolunteersOnTheSameHouseholdNeverLoseAnEntryAndDifferentHouseholdsDoNotBlock() throws Exception {
        Day day = day(5, null);
        String second = fixtures.volunteerOf(day.setup().place());
        Map<String, Object> row = householdOnList(day, day.households().get(0).id);
        String url = "/api/rounds/" + day.roundId() + "/distribution/" + day.slotId() + "/orders/" + row.get("orderId");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> same = new ArrayList<>();
            for (String login : List.of(day.volunteer(), second, day.volunteer(), second)) {
                same.add(() -> as(login).body(Map.of("version", row.get("version"), "pickedUp", true,
                        "payment", Map.of("method", "CASH", "amountCents", 500))).put(url).statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(same)) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
            assertEquals(3, codes.stream().filter(c -> c == 409).count(), codes.toString());
            // Exactly one payment was recorded.
            assertEquals(-500L + order(day.roundId(), day.households().get(0).id).amountToPayCents(),
                    householdAccounts.balance(day.households().get(0).id));

            List<Callable<Integer>> others = new ArrayList<>();
            for (Household h : day.households().subList(1, 5)) {
                Map<String, Object> r = householdOnList(day, h.id);
                others.add(() -> as(second).body(Map.of("version", r.get("version"), "pickedUp", true, "leaveDebt", true)).put(
                        "/api/rounds/" + day.roundId() + "/distribution/" + day.slotId() + "/orders/" + r.get("orderId"))
                        .statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(others)) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void volunteersActOnlyForTheirRelayPointsAndNotBeforeTheQuantitiesAreConfirmed() {
        Day day = day(1, null);
        var elsewhere = fixtures.place();
        String stranger = fixtures.volunteerOf(elsewhere);
        as(stranger).get("/api/rounds/" + day.roundId() + "/distribution/" + day.slotId()).then().statusCode(404)
                .contentType("application/problem+json");
        // The round belongs to another antenna than the stranger's groups: it does not exist for them (issue 21).
        as(stranger).get("/api/rounds/" + day.roundId() + "/distribution").then().statusCode(404);

        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        rounds.setSlots(setup.round().id, List.of(new SlotCommand(setup.place().relayPoint().id,
                LocalDate.now().plusDays(3), "9 h – 11 h")));
        rounds.open(setup.round().id, Instant.now());
        Household h = fixtures.household(setup.place(), Fixtures.unique("Foyer"), 2);
        orders.place(setup.round().id, h.id, List.of(new LineCommand(roundFixtures.offerId(setup, 1),
                new BigDecimal("25"))), null, Instant.now());
        rounds.close(setup.round().id, Instant.now());
        String volunteer = fixtures.volunteerOf(setup.place());
        long slotId = rounds.slots(setup.round().id).get(0).id;
        Response list = as(volunteer).get("/api/rounds/" + setup.round().id + "/distribution/" + slotId);
        Object version = list.jsonPath().getList("households.version").get(0);
        Object orderId = list.jsonPath().getList("households.orderId").get(0);
        as(volunteer).body(Map.of("version", version, "pickedUp", true)).put("/api/rounds/" + setup.round().id
                + "/distribution/" + slotId + "/orders/" + orderId).then().statusCode(409)
                .body("detail", containsString("pas encore validé"));
    }
}
