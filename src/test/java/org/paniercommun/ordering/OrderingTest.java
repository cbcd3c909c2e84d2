package org.paniercommun.ordering;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundFixtures.Setup;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;

@QuarkusTest
class OrderingTest {

    @Inject
    RoundFixtures rounds;

    @Inject
    RoundService roundService;

    @Inject
    OrderService orders;

    @Inject
    Fixtures fixtures;

    @Inject
    HouseholdService households;

    @Inject
    TestAccounts accounts;

    @Inject
    org.paniercommun.catalogue.CatalogueFixtures catalogue;

    private String householdLogin(Setup setup, int tier) {
        String login = "foyer-" + System.nanoTime() + "@example.org";
        households.registerWithAccount(new HouseholdCommand(Fixtures.unique("Foyer"), 2, null, null,
                setup.place().group().id, setup.place().relayPoint().id, tier), login, TestAccounts.PASSWORD);
        return login;
    }

    private static Map<String, Object> order(long offerId, String quantity) {
        return Map.of("lines", List.of(Map.of("offerId", offerId, "quantity", new BigDecimal(quantity))));
    }

    @Test
    void householdPaysItsOwnTierPriceAndSubmittingTwiceNeverCreatesTwoOrders() {
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        long flour = rounds.offerId(setup, 1);
        String login = householdLogin(setup, 1);
        Map<String, Object> body = Map.of("lines", List.of(
                Map.of("offerId", lentils, "quantity", new BigDecimal("2.5")),
                Map.of("offerId", flour, "quantity", new BigDecimal("3"))));
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON).body(body)
                    .put("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(200)
                    // tier 1: lentils 2,37 € → 1,19 €/kg × 2,5 = 2,975 → 2,98 €; flour 1,17 € → 0,59 € × 3 = 1,77 €
                    .body("lines.find { it.product == 'Lentilles vertes' }.unitPriceCents", equalTo(119))
                    .body("lines.find { it.product == 'Lentilles vertes' }.amountCents", equalTo(298))
                    .body("lines.find { it.product == 'Farine T80' }.amountCents", equalTo(177))
                    .body("totalCents", equalTo(475));
        }
        long count = QuarkusTransaction.requiringNew().call(() -> Order.count("round.id", setup.round().id));
        assertEquals(1, count);
        assertEquals(new BigDecimal("2.500"), ordered(lentils));
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/orders/mine").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].amountToPayCents", equalTo(475));
    }

    @Test
    void concurrentDoubleSubmitOfTheSameOrderMakesOneOrder() throws Exception {
        Setup setup = rounds.openRound(new BigDecimal("100"));
        long lentils = rounds.offerId(setup, 0);
        long householdId = fixtures.household(setup.place(), "Double clic", 2).id;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Long>> clicks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                clicks.add(() -> orders.place(setup.round().id, householdId,
                        List.of(new LineCommand(lentils, new BigDecimal("4"))), null, Instant.now()).id);
            }
            for (Future<Long> f : pool.invokeAll(clicks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Order.count("round.id", setup.round().id)));
        assertEquals(new BigDecimal("4.000"), ordered(lentils), "reserved once, not six times");
    }

    @Test
    void capHoldsExactlyUnderManyConcurrentOrders() throws Exception {
        // 10 kg of lentils, 12 households each wanting 1,5 kg: only 6 fit (9 kg), the rest are told what is left.
        Setup setup = rounds.openRound(new BigDecimal("10"));
        long lentils = rounds.offerId(setup, 0);
        long flour = rounds.offerId(setup, 1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(fixtures.household(setup.place(), "Concurrence " + i, 1 + i % 3).id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> refusals = new ArrayList<>();
        int accepted = 0;
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (long id : ids) {
                calls.add(() -> {
                    try {
                        return orders.place(setup.round().id, id, List.of(new LineCommand(lentils, new BigDecimal("1.5")),
                                new LineCommand(flour, new BigDecimal("2"))), null, Instant.now()).id;
                    } catch (ConflictException e) {
                        return e;
                    }
                });
            }
            for (Future<Object> f : pool.invokeAll(calls)) {
                Object result = f.get();
                if (result instanceof ConflictException e) {
                    refusals.add(e.getMessage());
                } else {
                    accepted++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6, accepted);
        assertEquals(6, refusals.size());
        assertEquals(new BigDecimal("9.000"), ordered(lentils));
        // A refused order loses nothing else: its flour was not reserved either, and the message says what is left.
        assertEquals(new BigDecimal("12.000"), ordered(flour));
        refusals.forEach(m -> org.junit.jupiter.api.Assertions.assertTrue(
                m.startsWith("Plus assez de « Lentilles vertes » : il en reste 1 kg pour vous."), m));
    }

    @Test
    void changingAnOrderGivesBackWhatItNoLongerTakes() {
        Setup setup = rounds.openRound(new BigDecimal("5"));
        long lentils = rounds.offerId(setup, 0);
        long a = fixtures.household(setup.place(), "A", 1).id;
        long b = fixtures.household(setup.place(), "B", 2).id;
        orders.place(setup.round().id, a, List.of(new LineCommand(lentils, new BigDecimal("4"))), null, Instant.now());
        ConflictException refused = assertThrows(ConflictException.class, () -> orders.place(setup.round().id, b,
                List.of(new LineCommand(lentils, new BigDecimal("2"))), null, Instant.now()));
        assertEquals("Plus assez de « Lentilles vertes » : il en reste 1 kg pour vous. Votre commande n'a pas été "
                + "modifiée : changez cette quantité et renvoyez-la.", refused.getMessage());
        orders.place(setup.round().id, a, List.of(new LineCommand(lentils, new BigDecimal("3"))), null, Instant.now());
        orders.place(setup.round().id, b, List.of(new LineCommand(lentils, new BigDecimal("2"))), null, Instant.now());
        assertEquals(new BigDecimal("5.000"), ordered(lentils));
        orders.cancel(setup.round().id, a, Instant.now());
        assertEquals(new BigDecimal("2.000"), ordered(lentils));
    }

    @Test
    void stepMinimumAndUnknownProductsAreExplainedPerLine() {
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        long flour = rounds.offerId(setup, 1);
        long id = fixtures.household(setup.place(), "Règles", 2).id;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> orders.place(setup.round().id, id,
                List.of(new LineCommand(lentils, new BigDecimal("1.2")), new LineCommand(flour, new BigDecimal("0.5")),
                        new LineCommand(987654L, BigDecimal.ONE)), null, Instant.now()));
        assertEquals(List.of("Lentilles vertes : se commande par 0,5 kg.", "Farine T80 : minimum 1 kg.",
                "Ce produit n'est pas proposé dans cette tournée."),
                e.errors().stream().map(InvalidInputException.FieldError::message).toList());
    }

    @Test
    void ordersAfterTheDeadlineAreRefusedWith409EvenBeforeTheRoundIsClosed() {
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        String login = householdLogin(setup, 3);
        QuarkusTransaction.requiringNew().run(() -> {
            Round round = Round.findById(setup.round().id);
            round.deadline = Instant.now().minus(1, ChronoUnit.MINUTES);
            round.opensAt = Instant.now().minus(2, ChronoUnit.DAYS);
        });
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(order(lentils, "1")).put("/api/rounds/" + setup.round().id + "/orders/mine").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("sont closes depuis le"));
        roundService.close(setup.round().id, Instant.now());
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(order(lentils, "1")).put("/api/rounds/" + setup.round().id + "/orders/mine").then()
                .statusCode(409);
    }

    @Test
    void householdSeesOnlyItsOwnOrderAndVolunteersEnterPaperForms() {
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        String login = householdLogin(setup, 2);
        long other = fixtures.household(setup.place(), "Sans internet", 1).id;
        // A volunteer of another group may not touch this household's order.
        String stranger = accounts.create(Role.VOLUNTEER);
        given().auth().preemptive().basic(stranger, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(order(lentils, "2")).put("/api/rounds/" + setup.round().id + "/orders/households/" + other)
                .then().statusCode(404);
        String volunteer = fixtures.volunteerOf(setup.place());
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(order(lentils, "2")).put("/api/rounds/" + setup.round().id + "/orders/households/" + other)
                .then().statusCode(200).body("enteredOnPaper", equalTo(true)).body("amountToPayCents", equalTo(238));
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).get("/api/rounds/" + setup.round().id + "/orders")
                .then().statusCode(200).body("householdId", org.hamcrest.Matchers.contains((int) other));
        // A volunteer of no group of the round's antenna: the round does not exist for them (issue 21).
        given().auth().preemptive().basic(stranger, TestAccounts.PASSWORD).get("/api/rounds/" + setup.round().id + "/orders")
                .then().statusCode(404);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/api/rounds/" + setup.round().id + "/orders/households/" + other).then().statusCode(403);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/api/rounds/" + setup.round().id + "/orders/mine").then().statusCode(404);
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/rounds/" + setup.round().id + "/orders")
                .then().statusCode(403);
        // The household's view of the offer shows its own tier price only.
        given().auth().preemptive().basic(login, TestAccounts.PASSWORD).get("/api/rounds/" + setup.round().id + "/offer")
                .then().statusCode(200)
                .body("find { it.name == 'Lentilles vertes' }.priceCents", equalTo(213))
                .body("find { it.name == 'Lentilles vertes' }.tier1PriceCents", equalTo(null));
    }

    @Test
    void householdOutsideTheRoundsGroupsCannotOrder() {
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        Household stranger = fixtures.household(fixtures.place(), "Ailleurs", 1);
        ConflictException e = assertThrows(ConflictException.class, () -> orders.place(setup.round().id, stranger.id,
                List.of(new LineCommand(lentils, BigDecimal.ONE)), null, Instant.now()));
        assertEquals("Cette tournée ne concerne pas le groupement de ce foyer.", e.getMessage());
    }

    @Test
    void householdOrdersOnlyWhatItsGroupsClubChose() {
        Setup setup = rounds.draftRound(null);
        // A product of the same antenna chosen by another group only.
        var otherGroup = QuarkusTransaction.requiringNew().call(() -> {
            org.paniercommun.organisation.PurchasingGroup g = new org.paniercommun.organisation.PurchasingGroup();
            g.antenna = org.paniercommun.organisation.Antenna.findById(setup.place().antenna().id);
            g.name = Fixtures.unique("Autre quartier");
            g.persist();
            return g.id;
        });
        var producer = catalogue.producer(setup.place().antenna().id, Fixtures.unique("Brasserie"));
        var juice = catalogue.product(producer.id(), "Jus de pomme", 200, 20, java.util.Set.of(otherGroup));
        roundService.setOffer(setup.round().id, List.of(
                new RoundService.OfferCommand(setup.products().get(0).id(), null),
                new RoundService.OfferCommand(juice.id(), null)));
        roundService.open(setup.round().id, Instant.now());
        long juiceOffer = roundService.offers(setup.round().id).stream()
                .filter(o -> o.product.id == juice.id()).findFirst().orElseThrow().id;
        long householdId = fixtures.household(setup.place(), "Club", 1).id;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> orders.place(setup.round().id,
                householdId, List.of(new LineCommand(juiceOffer, BigDecimal.ONE)), null, Instant.now()));
        assertEquals("« Jus de pomme » n'est pas proposé au groupement " + setup.place().group().name + ".",
                e.getMessage());
    }

    /**
     * What the submitted orders hold of an offer; for a capped offer, also checks that the counter the cap relies on
     * agrees with the order lines.
     */
    private BigDecimal ordered(long offerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RoundOffer offer = RoundOffer.findById(offerId);
            BigDecimal fromLines = roundService.orderedQuantities(offer.round.id).getOrDefault(offerId,
                    BigDecimal.ZERO.setScale(3));
            if (offer.capQuantity != null) {
                assertEquals(fromLines, offer.orderedQuantity, "the capped offer's counter agrees with the orders");
            }
            return fromLines;
        });
    }

    private void setLentilsCap(Setup setup, BigDecimal cap) {
        roundService.setOffer(setup.round().id, List.of(new OfferCommand(setup.products().get(0).id(), cap),
                new OfferCommand(setup.products().get(1).id(), null)));
    }

    @Test
    void aCapSetOnAnOpenRoundCountsWhatIsAlreadyOrdered() {
        // Uncapped offers keep no counter: the cap set later must count the orders already placed.
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        long a = fixtures.household(setup.place(), "Avant plafond A", 1).id;
        long b = fixtures.household(setup.place(), "Avant plafond B", 2).id;
        long c = fixtures.household(setup.place(), "Après plafond", 3).id;
        orders.place(setup.round().id, a, List.of(new LineCommand(lentils, new BigDecimal("4"))), null, Instant.now());
        orders.place(setup.round().id, b, List.of(new LineCommand(lentils, new BigDecimal("3"))), null, Instant.now());
        // The coordinator's round page counts what was ordered from the orders themselves.
        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .get("/tournees/" + setup.round().id).then().statusCode(200)
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*Lentilles vertes.*?<td class=\"num\">7</td>.*"));

        ConflictException tooLow = assertThrows(ConflictException.class, () -> setLentilsCap(setup, new BigDecimal("6")));
        assertEquals("Le plafond de « Lentilles vertes » ne peut pas être inférieur à ce qui est déjà commandé.",
                tooLow.getMessage());
        setLentilsCap(setup, new BigDecimal("8"));
        assertEquals(new BigDecimal("7.000"), ordered(lentils));

        ConflictException refused = assertThrows(ConflictException.class, () -> orders.place(setup.round().id, c,
                List.of(new LineCommand(lentils, new BigDecimal("2"))), null, Instant.now()));
        assertEquals("Plus assez de « Lentilles vertes » : il en reste 1 kg pour vous. Votre commande n'a pas été "
                + "modifiée : changez cette quantité et renvoyez-la.", refused.getMessage());
        orders.place(setup.round().id, c, List.of(new LineCommand(lentils, new BigDecimal("1"))), null, Instant.now());
        assertEquals(new BigDecimal("8.000"), ordered(lentils));

        // Lifting the cap, then setting it again, recounts from the orders.
        setLentilsCap(setup, null);
        orders.cancel(setup.round().id, a, Instant.now());
        setLentilsCap(setup, new BigDecimal("4"));
        assertEquals(new BigDecimal("4.000"), ordered(lentils));
    }

    @Test
    void aCapSetWhileOrdersArriveCountsEveryOneOfThem() throws Exception {
        // Orders in flight when the cap is set must be counted: the cap change waits for them.
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(fixtures.household(setup.place(), "Pendant plafond " + i, 1 + i % 3).id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                calls.add(() -> orders.place(setup.round().id, id, List.of(new LineCommand(lentils, BigDecimal.ONE)),
                        null, Instant.now()).id);
                if (i == 5) {
                    calls.add(() -> {
                        setLentilsCap(setup, new BigDecimal("100"));
                        return "cap";
                    });
                }
            }
            for (Future<Object> f : pool.invokeAll(calls)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // ordered() checks the capped offer's counter against the order lines.
        assertEquals(new BigDecimal("16.000"), ordered(lentils));
    }
}
