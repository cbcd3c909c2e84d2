package org.paniercommun.closing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProductCategory;
import org.paniercommun.catalogue.ProductCommand;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.ordering.OrderLine;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.OrganisationService.RelayPointCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.pricing.CaseRounding;

/** Closing a round: consolidation, case rounding both ways, tolerances, reception shortages, households told. */
@QuarkusTest
class ClosingTest {

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
    CatalogueService catalogue;

    @Inject
    HouseholdService households;

    @Inject
    OrganisationService organisation;

    @Inject
    ClosingService closing;

    private static final String LENTILS = "consolidation.products.find { it.product == 'Lentilles vertes' }";

    private static BigDecimal q(String v) {
        return new BigDecimal(v);
    }

    private Household household(Place place, String name, String email, long relayPointId) {
        return households.register(new HouseholdCommand(name, 2, email, null, place.group().id, relayPointId, 2), null);
    }

    private BigDecimal allocated(long roundId, long householdId) {
        return QuarkusTransaction.requiringNew().call(() -> OrderLine.<OrderLine>find(
                "order.round.id = ?1 and order.household.id = ?2", roundId, householdId).firstResult().quantityToHandOut());
    }

    /** The stored allocated quantity, final amount and order final total (null where they equal the order's). */
    private List<Object> stored(long roundId, long householdId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) OrderLine.getEntityManager().createNativeQuery("""
                    select l.allocated_quantity, l.final_amount_cents, o.final_total_cents
                    from order_lines l join orders o on o.id = l.order_id
                    where o.round_id = :round and o.household_id = :household""")
                    .setParameter("round", roundId).setParameter("household", householdId).getSingleResult();
            return java.util.Arrays.asList(row);
        });
    }

    @Test
    void theWorkedExampleOfTheIssueHoldsAndTheToppedUpHouseholdIsTold() {
        Place place = fixtures.place();
        long producerId = catalogue.createProducer(new org.paniercommun.catalogue.ProducerCommand(place.antenna().id,
                Fixtures.unique("Moulin"), null, null, null, null, null, false, null, null, null)).id();
        long productId = catalogue.createProduct(new ProductCommand(producerId, "Pois chiches", null,
                ProductCategory.EPICERIE_SECHE, SaleUnit.KG, q("1"), q("1"), q("5"), 300L, 0L, q("5.5"), true, false,
                false, false, null, Set.of(place.group().id), null)).id();
        Instant now = Instant.now();
        var round = rounds.create(new RoundService.RoundCommand(place.antenna().id, Fixtures.unique("Tournée"),
                now.minus(1, ChronoUnit.HOURS), now.plus(7, ChronoUnit.DAYS), List.of(place.group().id)));
        rounds.setOffer(round.id, List.of(new RoundService.OfferCommand(productId, null)));
        rounds.open(round.id, now);
        long offerId = rounds.offers(round.id).get(0).id;

        Household a = household(place, Fixtures.unique("Foyer A"), "foyer-a-" + round.id + "@test.org", place.relayPoint().id);
        Household b = household(place, Fixtures.unique("Foyer B"), "foyer-b-" + round.id + "@test.org", place.relayPoint().id);
        orders.place(round.id, a.id, List.of(new LineCommand(offerId, q("2"), q("3"))), null, now);
        orders.place(round.id, b.id, List.of(new LineCommand(offerId, q("2"), null)), null, now.plusSeconds(60));
        orders.place(round.id, a.id, List.of(new LineCommand(offerId, q("4"), q("1"))), null, now.plusSeconds(120));
        rounds.close(round.id, now.plusSeconds(180));

        assertEquals(0, q("3").compareTo(allocated(round.id, a.id)));
        assertEquals(0, q("2").compareTo(allocated(round.id, b.id)));
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + round.id + "/closing").then().statusCode(200)
                .body("allocationConfirmed", equalTo(false))
                .body("consolidation.products[0].ordered", equalTo(6.0f))
                .body("consolidation.products[0].allocated", equalTo(5.0f))
                .body("consolidation.products[0].cases", equalTo(1))
                .body("consolidation.products[0].missingMessage", containsString("Il manque 4 kg"));

        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .post("/api/rounds/" + round.id + "/closing/confirm").then().statusCode(200)
                .body("allocationConfirmed", equalTo(true));
        // Only A's quantities changed: only A is told, by e-mail and on its own order.
        assertEquals(1L, mailsTo(a.email));
        assertEquals(0L, mailsTo(b.email));
        String body = QuarkusTransaction.requiringNew().call(() -> (String) org.paniercommun.mail.OutboxEmail
                .find("recipient = ?1 and subject like ?2", a.email, "%quantités ajustées%")
                .<org.paniercommun.mail.OutboxEmail>firstResult().textBody);
        assertTrue(body.contains("commandé 4 kg, vous recevrez 3 kg"), body);

        // Decisions are frozen once confirmed.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("decision", "ROUND_UP")).put("/api/rounds/" + round.id + "/closing/offers/" + offerId
                        + "/decision").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void roundingUpKeepsOrdersAndShortagesAreSpreadLatestFirst() {
        RoundFixtures.Setup setup = roundFixtures.openRound(null); // lentils: cases of 25 kg, step 0,5 kg
        Place place = setup.place();
        long otherPoint = organisation.createRelayPoint(new RelayPointCommand(place.group().id,
                Fixtures.unique("Épicerie"), "2 rue Haute, Lens", null, null)).id;
        long lentils = roundFixtures.offerId(setup, 0);
        long roundId = setup.round().id;
        Instant now = Instant.now();
        Household h1 = household(place, Fixtures.unique("Un"), null, place.relayPoint().id);
        Household h2 = household(place, Fixtures.unique("Deux"), null, place.relayPoint().id);
        Household h3 = household(place, Fixtures.unique("Trois"), null, otherPoint);
        orders.place(roundId, h1.id, List.of(new LineCommand(lentils, q("10"))), null, now);
        orders.place(roundId, h2.id, List.of(new LineCommand(lentils, q("8"))), null, now.plusSeconds(10));
        orders.place(roundId, h3.id, List.of(new LineCommand(lentils, q("4"))), null, now.plusSeconds(20));
        rounds.close(roundId, now.plusSeconds(30));

        // 22 kg of a 25 kg sack and the product's default is to round down: nothing can be bought.
        assertEquals(0, BigDecimal.ZERO.compareTo(allocated(roundId, h1.id)));
        List<Object> storedAtClosing = stored(roundId, h1.id);
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) storedAtClosing.get(0)));
        assertEquals(0L, ((Number) storedAtClosing.get(1)).longValue());
        assertEquals(0L, ((Number) storedAtClosing.get(2)).longValue());
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("decision", "ROUND_UP", "rememberForProduct", true))
                .put("/api/rounds/" + roundId + "/closing/offers/" + lentils + "/decision").then().statusCode(200)
                .body(LENTILS + ".cases", equalTo(1))
                .body(LENTILS + ".surplus", equalTo(3.0f))
                .body(LENTILS + ".allocated", equalTo(22.0f))
                // Per relay point: 18 kg at the first, 4 kg at the other (columns sorted by name).
                .body("consolidation.relayPoints.size()", equalTo(2));
        assertEquals(CaseRounding.Policy.ROUND_UP, QuarkusTransaction.requiringNew().call(() ->
                org.paniercommun.catalogue.Product.<org.paniercommun.catalogue.Product>findById(
                        setup.products().get(0).id()).casePolicy));
        var consolidation = QuarkusTransaction.requiringNew().call(() -> closingConsolidation(roundId));
        var row = consolidation.products().stream().filter(p -> p.offerId() == lentils).findFirst().orElseThrow();
        BigDecimal perPointSum = row.perRelayPoint().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, q("22").compareTo(perPointSum));
        assertTrue(row.perRelayPoint().stream().anyMatch(v -> v.compareTo(q("18")) == 0));
        assertTrue(row.perRelayPoint().stream().anyMatch(v -> v.compareTo(q("4")) == 0));
        // Everyone now gets what they ordered: closing stores no allocation, amount or total for them.
        assertEquals(Arrays.asList(null, null, null), stored(roundId, h1.id));
        assertEquals(Arrays.asList(null, null, null), stored(roundId, h3.id));

        // The producer delivered 20 kg: 2 kg short, taken 0,5 kg at a time from the latest orders first.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("receivedQuantity", 20, "status", "SHORT", "note", "sac percé"))
                .put("/api/rounds/" + roundId + "/closing/offers/" + lentils + "/reception").then().statusCode(200)
                .body(LENTILS + ".received", equalTo(20.0f))
                .body(LENTILS + ".receptionStatus", equalTo("SHORT"));
        assertEquals(0, q("9.5").compareTo(allocated(roundId, h1.id)));
        assertEquals(0, q("7.5").compareTo(allocated(roundId, h2.id)));
        assertEquals(0, q("3").compareTo(allocated(roundId, h3.id)));
        List<Object> storedAfterShortage = stored(roundId, h3.id);
        assertEquals(0, q("3").compareTo((BigDecimal) storedAfterShortage.get(0)));
        assertEquals(storedAfterShortage.get(1), storedAfterShortage.get(2));

        // The household's own view shows what it will get and the amount for it.
        long unitPrice = QuarkusTransaction.requiringNew().call(() -> OrderLine.<OrderLine>find(
                "order.round.id = ?1 and order.household.id = ?2", roundId, h3.id).firstResult().unitPriceCents);
        long finalTotal = QuarkusTransaction.requiringNew().call(() -> orders.find(roundId, h3.id).orElseThrow().goodsTotalCents());
        assertEquals(org.paniercommun.pricing.LineAmount.of(unitPrice, q("3")), finalTotal);

        // Bad input gets a clear answer.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("receivedQuantity", -1, "status", "SHORT"))
                .put("/api/rounds/" + roundId + "/closing/offers/" + lentils + "/reception").then().statusCode(400)
                .contentType("application/problem+json");
        String volunteer = fixtures.volunteerOf(place);
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/closing").then().statusCode(403);
    }

    /** An open round offering lentils and flour, both sold in 25 kg sacks, by 0,5 kg. */
    private record TwoOffers(RoundFixtures.Setup setup, long lentils, long flour) {
    }

    private TwoOffers twoOffers() {
        RoundFixtures.Setup setup = roundFixtures.openRound(null);
        return new TwoOffers(setup, roundFixtures.offerId(setup, 0), roundFixtures.offerId(setup, 1));
    }

    /**
     * The round's order step is raised after households ordered: the orders keep their quantities. A catalogue change
     * no longer reaches an open round (its step is frozen at opening, V43), but a round opened before V43 took the
     * step of the day V43 ran, which may be larger than the lines ordered before it.
     */
    private void orderStepOfBoth(TwoOffers round, BigDecimal step) {
        QuarkusTransaction.requiringNew().run(() -> OrderLine.getEntityManager().createNativeQuery(
                "update round_offers set order_step = :step where id in (:ids)").setParameter("step", step)
                .setParameter("ids", List.of(round.lentils(), round.flour())).executeUpdate());
    }

    @Test
    void eachOfferIsRoundedOnItsOwnLinesWhenHouseholdsOrderSeveral() {
        TwoOffers round = twoOffers();
        Place place = round.setup().place();
        long lentils = round.lentils(), flour = round.flour(), roundId = round.setup().round().id;
        Instant now = Instant.now();
        Household h1 = household(place, Fixtures.unique("Un"), null, place.relayPoint().id);
        Household h2 = household(place, Fixtures.unique("Deux"), null, place.relayPoint().id);
        Household h3 = household(place, Fixtures.unique("Trois"), null, place.relayPoint().id);
        orders.place(roundId, h1.id, List.of(new LineCommand(lentils, q("10")), new LineCommand(flour, q("20"), q("5"))),
                null, now);
        orders.place(roundId, h2.id, List.of(new LineCommand(flour, q("3")), new LineCommand(lentils, q("30"))), null,
                now.plusSeconds(10));
        orders.place(roundId, h3.id, List.of(new LineCommand(lentils, q("4")), new LineCommand(flour, q("1"))), null,
                now.plusSeconds(20));
        rounds.close(roundId, now.plusSeconds(30));

        // Flour: 24 kg, one short of a sack: the first household's tolerance completes it.
        assertEquals(0, q("21").compareTo(handedOut(roundId, h1.id, flour)));
        assertEquals(0, q("3").compareTo(handedOut(roundId, h2.id, flour)));
        assertEquals(0, q("1").compareTo(handedOut(roundId, h3.id, flour)));
        // Lentils: 44 kg, one full sack and 19 kg over, rounded down: the 19 kg are taken from the latest orders
        // first, 0,5 kg per household and pass (h3 gives its 4 kg, then h2 and h1 share the remaining 15 kg).
        BigDecimal lentilsLeft = handedOut(roundId, h1.id, lentils).add(handedOut(roundId, h2.id, lentils))
                .add(handedOut(roundId, h3.id, lentils));
        assertEquals(0, q("25").compareTo(lentilsLeft));
        assertEquals(0, BigDecimal.ZERO.compareTo(handedOut(roundId, h3.id, lentils)));
        assertEquals(0, q("2.5").compareTo(handedOut(roundId, h1.id, lentils)));
        assertEquals(0, q("22.5").compareTo(handedOut(roundId, h2.id, lentils)));
    }

    /**
     * Closing reads only the lines case rounding can reach. On a round of many households, with tolerances and
     * orders placed in the same second (the line id breaks the tie), every line, order and offer gets what the
     * rule gives when it is applied to all the lines, whatever the decision, and after a shortage.
     */
    @Test
    void everyLineGetsWhatTheRuleGivesWhenAppliedToAllTheLines() {
        TwoOffers round = twoOffers();
        Place place = round.setup().place();
        long lentils = round.lentils(), flour = round.flour(), roundId = round.setup().round().id;
        Instant now = Instant.now();
        java.util.Random random = new java.util.Random(20261202);
        for (int i = 0; i < 40; i++) {
            Household household = household(place, Fixtures.unique("Foyer"), null, place.relayPoint().id);
            List<LineCommand> lines = new java.util.ArrayList<>();
            // Lentils often come with a tolerance, flour never.
            lines.add(new LineCommand(lentils, q("0.5").multiply(BigDecimal.valueOf(2 + random.nextInt(10))),
                    random.nextBoolean() ? q("0.5").multiply(BigDecimal.valueOf(1 + random.nextInt(3))) : null));
            if (random.nextInt(4) > 0) {
                lines.add(new LineCommand(flour, q("0.5").multiply(BigDecimal.valueOf(2 + random.nextInt(10)))));
            }
            orders.place(roundId, household.id, lines, null, now.plusSeconds(random.nextInt(5)));
        }
        rounds.close(roundId, now.plusSeconds(60));
        assertTrue(expectedByTheRule(roundId, lentils, null).filledByTolerance(), "lentils are topped up");
        assertTrue(expectedByTheRule(roundId, flour, null).allocatedTotal().compareTo(
                expectedByTheRule(roundId, flour, null).ordered()) < 0, "flour is trimmed");
        assertEveryLineAsTheRuleGives(roundId, List.of(lentils, flour), null);

        closing.decide(roundId, flour, new ClosingService.DecisionCommand(CaseRounding.Decision.ROUND_UP, false));
        assertEveryLineAsTheRuleGives(roundId, List.of(lentils, flour), null);
        closing.decide(roundId, flour, new ClosingService.DecisionCommand(CaseRounding.Decision.ROUND_DOWN, false));
        assertEveryLineAsTheRuleGives(roundId, List.of(lentils, flour), null);

        // The producer now sells by 12,5 kg: lines and tolerances smaller than a step make closing walk further.
        orderStepOfBoth(round, q("12.5"));
        closing.decide(roundId, flour, new ClosingService.DecisionCommand(CaseRounding.Decision.ROUND_DOWN, false));
        assertEveryLineAsTheRuleGives(roundId, List.of(lentils, flour), null);

        closing.receive(roundId, lentils, new ClosingService.ReceptionCommand(q("17.5"),
                org.paniercommun.round.ReceptionStatus.SHORT, "un sac perdu"));
        assertEveryLineAsTheRuleGives(roundId, List.of(lentils, flour), q("17.5"));
    }

    /**
     * Closing walks an offer's lines only as far as about one line per step of what it must trim or top up;
     * lines and tolerances smaller than a step (the step was raised after the orders) make it walk further.
     */
    @Test
    void closingWalksFurtherWhenLinesAreSmallerThanTheStep() {
        TwoOffers round = twoOffers();
        Place place = round.setup().place();
        long lentils = round.lentils(), flour = round.flour(), roundId = round.setup().round().id;
        Instant now = Instant.now();
        List<Household> ordered = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Household household = household(place, Fixtures.unique("Foyer"), null, place.relayPoint().id);
            List<LineCommand> lines = new java.util.ArrayList<>(List.of(new LineCommand(lentils, q("1"))));
            if (i < 20) {
                lines.add(new LineCommand(flour, q("1"), q("0.5")));
            }
            orders.place(roundId, household.id, lines, null, now.plusSeconds(i));
            ordered.add(household);
        }
        orderStepOfBoth(round, q("12.5"));
        rounds.close(roundId, now.plusSeconds(60));

        // Lentils: 24 kg of a 25 kg sack, rounded down: every household gives its 1 kg back.
        // Flour: 20 kg, the 5 kg missing come from the ten earliest tolerances.
        for (int i = 0; i < 24; i++) {
            assertEquals(0, BigDecimal.ZERO.compareTo(handedOut(roundId, ordered.get(i).id, lentils)), "lentils " + i);
            if (i < 20) {
                assertEquals(0, (i < 10 ? q("1.5") : q("1")).compareTo(handedOut(roundId, ordered.get(i).id, flour)),
                        "flour " + i);
            }
        }
        assertEveryLineAsTheRuleGives(roundId, List.of(lentils, flour), null);
    }

    /** Case rounding applied in Java to every line of the offer, then the shortage if there is one. */
    private CaseRounding.Result expectedByTheRule(long roundId, long offerId, BigDecimal received) {
        return QuarkusTransaction.requiringNew().call(() -> {
            org.paniercommun.round.RoundOffer offer = org.paniercommun.round.RoundOffer.findById(offerId);
            List<CaseRounding.Demand> demands = OrderLine.<OrderLine>list("offer.id = ?1 and order.round.id = ?2 "
                    + "and order.status = ?3", offerId, roundId, org.paniercommun.ordering.OrderStatus.SUBMITTED)
                    .stream().map(l -> new CaseRounding.Demand(l.id, l.quantity, l.tolerance, l.orderedAt)).toList();
            BigDecimal step = offer.orderStep();
            CaseRounding.Result all = CaseRounding.allocate(offer.caseSize, step, demands, offer.caseDecision);
            if (received == null || all.allocatedTotal().compareTo(received) <= 0) {
                return all;
            }
            Map<Long, BigDecimal> trimmed = CaseRounding.trim(demands, all.allocated(),
                    all.allocatedTotal().subtract(received), step);
            return new CaseRounding.Result(all.cases(), all.ordered(), trimmed, received, all.surplus(), all.missing(),
                    all.filledByTolerance());
        });
    }

    private void assertEveryLineAsTheRuleGives(long roundId, List<Long> offerIds, BigDecimal lentilsReceived) {
        Map<Long, BigDecimal> expected = new java.util.HashMap<>();
        for (long offerId : offerIds) {
            CaseRounding.Result result = expectedByTheRule(roundId, offerId, offerId == offerIds.get(0) ? lentilsReceived : null);
            expected.putAll(result.allocated());
            BigDecimal offerAllocated = QuarkusTransaction.requiringNew().call(() ->
                    org.paniercommun.round.RoundOffer.<org.paniercommun.round.RoundOffer>findById(offerId).allocatedQuantity);
            assertEquals(0, result.allocatedTotal().compareTo(offerAllocated), "offer " + offerId);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (org.paniercommun.ordering.Order order : org.paniercommun.ordering.Order
                    .<org.paniercommun.ordering.Order>list("round.id", roundId)) {
                long total = 0;
                for (OrderLine line : order.lines) {
                    assertEquals(0, expected.get(line.id).compareTo(line.quantityToHandOut()), "line " + line.id);
                    total += org.paniercommun.pricing.LineAmount.of(line.unitPriceCents, expected.get(line.id));
                }
                assertEquals(total, order.goodsTotalCents(), "order " + order.id);
            }
        });
    }

    private BigDecimal handedOut(long roundId, long householdId, long offerId) {
        return QuarkusTransaction.requiringNew().call(() -> OrderLine.<OrderLine>find(
                "order.round.id = ?1 and order.household.id = ?2 and offer.id = ?3", roundId, householdId, offerId)
                .firstResult().quantityToHandOut());
    }

    @Test
    void aToleranceIsRefusedWhereItMakesNoSenseAndTheOpenRoundCannotBeRounded() {
        RoundFixtures.Setup setup = roundFixtures.openRound(null);
        long lentils = roundFixtures.offerId(setup, 0);
        Household h = household(setup.place(), Fixtures.unique("Foyer"), null, setup.place().relayPoint().id);
        var error = org.junit.jupiter.api.Assertions.assertThrows(org.paniercommun.kernel.InvalidInputException.class,
                () -> orders.place(setup.round().id, h.id, List.of(new LineCommand(lentils, q("2"), q("0.3"))), null,
                        Instant.now()));
        assertTrue(error.errors().get(0).message().contains("par 0,5 kg"), error.errors().toString());
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("decision", "ROUND_UP"))
                .put("/api/rounds/" + setup.round().id + "/closing/offers/" + lentils + "/decision").then()
                .statusCode(409).body("detail", containsString("clôturée"));
    }

    @Inject
    Consolidation consolidationService;

    private Consolidation.RoundConsolidation closingConsolidation(long roundId) {
        return consolidationService.of(roundId);
    }

    private static long mailsTo(String email) {
        return QuarkusTransaction.requiringNew().call(() -> org.paniercommun.mail.OutboxEmail.count(
                "recipient = ?1 and subject like ?2", email, "%quantités ajustées%"));
    }

    static LocalDate tomorrow() {
        return LocalDate.now().plusDays(1);
    }
}
