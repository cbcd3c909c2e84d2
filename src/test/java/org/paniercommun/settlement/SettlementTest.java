package org.paniercommun.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.distribution.DistributionService;
import org.paniercommun.distribution.DistributionService.HandOutCommand;
import org.paniercommun.distribution.DistributionService.LineUpdate;
import org.paniercommun.distribution.DistributionService.PaymentCommand;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.distribution.PickupLists;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.AbsenceDecision;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.ReceptionStatus;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.round.RoundStatus;

/** Producers paid what they delivered, and a round's books that balance before it can be settled. */
@QuarkusTest
class SettlementTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    CatalogueFixtures catalogueFixtures;

    @Inject
    CatalogueService catalogue;

    @Inject
    TestAccounts accounts;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    DistributionService distribution;

    @Inject
    PickupLists lists;

    @Inject
    FundService fund;

    @Inject
    SettlementService settlement;

    record Setup(RoundFixtures.Setup base, long roundId, long slotId, long honeyProducerId, long farmProducerId,
            List<Household> households) {
    }

    /** Lentils and flour from a farm, honey from a beekeeper without e-mail; three households, one absent. */
    private Setup distributedRound() {
        return distributedRound(true);
    }

    /** The same round; without {@code decideTheAbsence} the absent household's goods wait for a decision. */
    private Setup distributedRound(boolean decideTheAbsence) {
        RoundFixtures.Setup base = roundFixtures.draftRound(null);
        long roundId = base.round().id;
        var place = base.place();
        long beekeeper = catalogue.createProducer(new org.paniercommun.catalogue.ProducerCommand(place.antenna().id,
                Fixtures.unique("Rucher"), null, null, null, null, 40, false, null, null, null)).id();
        long honey = catalogueFixtures.product(beekeeper, "Miel", 800, 50, Set.of(place.group().id)).id();
        rounds.setOffer(roundId, List.of(new OfferCommand(base.products().get(0).id(), null),
                new OfferCommand(base.products().get(1).id(), null), new OfferCommand(honey, null)));
        rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now().plusDays(1), "14 h")));
        rounds.open(roundId, Instant.now());
        fund.record(place.antenna().id, new FundService.EntryCommand(EntryKind.GRANT, 100_000L, "Fondation", null,
                null), "test");
        var offers = rounds.offers(roundId);
        long lentils = offers.stream().filter(o -> o.product.name.equals("Lentilles vertes")).findFirst().orElseThrow().id;
        long flour = offers.stream().filter(o -> o.product.name.equals("Farine T80")).findFirst().orElseThrow().id;
        long honeyOffer = offers.stream().filter(o -> o.product.name.equals("Miel")).findFirst().orElseThrow().id;
        Household h1 = fixtures.household(place, Fixtures.unique("Un"), 1);
        Household h2 = fixtures.household(place, Fixtures.unique("Deux"), 2);
        Household h3 = fixtures.household(place, Fixtures.unique("Trois"), 3);
        Instant now = Instant.now();
        orders.place(roundId, h1.id, List.of(new LineCommand(lentils, new BigDecimal("25"))), 20, null, null, now);
        orders.place(roundId, h2.id, List.of(new LineCommand(flour, new BigDecimal("25"))), null, 2, null, now);
        orders.place(roundId, h3.id, List.of(new LineCommand(honeyOffer, new BigDecimal("25"))), null, 1, null, now);
        rounds.close(roundId, Instant.now());
        // The farm delivered 24 kg of lentils instead of 25: the household gets 24.
        closing.receive(roundId, lentils, new ClosingService.ReceptionCommand(new BigDecimal("24"), ReceptionStatus.SHORT,
                "un sac abîmé"));
        closing.confirm(roundId, Instant.now());
        long slotId = rounds.slots(roundId).get(0).id;
        var list = lists.of(roundId, slotId, PickupLists.Sort.NAME);
        for (var row : list.households()) {
            if (row.householdId() == h1.id) {
                distribution.handOut(roundId, slotId, row.orderId(), new HandOutCommand(row.version(),
                        List.of(new LineUpdate(row.lines().get(0).lineId(), new BigDecimal("23.8"), false)), 0, 0L,
                        new PaymentCommand(PaymentMethod.CASH, 1000L), true, true), "benevole", Instant.now());
            } else if (row.householdId() == h2.id) {
                distribution.handOut(roundId, slotId, row.orderId(), new HandOutCommand(row.version(), List.of(), 0,
                        30L, new PaymentCommand(PaymentMethod.CARD, row.amountToCollectCents() + 30), true, true), "benevole",
                        Instant.now());
            } else {
                distribution.markAbsent(roundId, slotId, row.orderId(), row.version(), "benevole");
                if (decideTheAbsence) {
                    distribution.decideAbsence(roundId, row.orderId(), new DistributionService.AbsenceCommand(
                            AbsenceDecision.SOLD_ON, "vendu au marché"), "coordination");
                }
            }
        }
        distribution.closeDay(roundId, slotId, "benevole", Instant.now());
        long farm = base.products().get(0).producerId();
        return new Setup(base, roundId, slotId, beekeeper, farm, List.of(h1, h2, h3));
    }

    @Test
    void producersArePaidWhatTheyDeliveredAndTheRoundSettlesOnlyWhenItsBooksBalance() throws Exception {
        Setup s = distributedRound();
        long roundId = s.roundId();
        String coordinator = accounts.create(Role.COORDINATOR);
        assertEquals(RoundStatus.DISTRIBUTED, QuarkusTransaction.requiringNew().call(() -> rounds.round(roundId).status));

        // Farm: 24 kg lentils × 2,00 € + 25 kg flour × 1,00 € = 73,00 € (purchase prices, whatever the tiers).
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/settlement/statements/" + s.farmProducerId()).then().statusCode(200)
                .body("totalCents", equalTo(7300)).body("lines", hasSize(2))
                .body("lines.find { it.product == 'Lentilles vertes' }.amountCents", equalTo(4800))
                .body("lines.find { it.product == 'Lentilles vertes' }.note", containsString("un sac abîmé"));
        // Beekeeper: 25 kg × 8,00 € = 200,00 €, less a 5,00 € credit for a broken jar.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("amountCents", -500, "reason", "pot cassé")).post("/api/rounds/" + roundId
                        + "/settlement/statements/" + s.honeyProducerId() + "/adjustments").then().statusCode(200)
                .body("totalCents", equalTo(19_500));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("amountCents", 100)).post("/api/rounds/" + roundId + "/settlement/statements/"
                        + s.honeyProducerId() + "/adjustments").then().statusCode(400)
                .contentType("application/problem+json");

        // Costs, a subsidy and the cash count (50 cents more than recorded, with a note).
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("label", "Camion", "amountCents", 2500)).post("/api/rounds/" + roundId + "/settlement/costs")
                .then().statusCode(200);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("label", "Ville de Lens", "amountCents", 1000))
                .post("/api/rounds/" + roundId + "/settlement/subsidies").then().statusCode(200);
        var sheet = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("relayPointId", s.base().place().relayPoint().id, "countedCents", 1050, "note", "pièce"))
                .put("/api/rounds/" + roundId + "/settlement/cash").then().statusCode(200)
                .body("sheet.cash[0].expectedCents", equalTo(1000))
                .body("sheet.cash[0].differenceCents", equalTo(50))
                .extract().jsonPath();
        assertTrue(sheet.getBoolean("sheet.balanced"), "the books balance");
        assertEquals(sheet.getLong("sheet.resultCents"), sheet.getLong("sheet.explainedCents"));

        // Not settled while statements are unpaid.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + roundId
                + "/settlement/settle").then().statusCode(409).body("detail", containsString("non payé"));
        // Nor through the round's own transition (the round page's "Solder", the rounds API): the books decide.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + roundId
                + "/settle").then().statusCode(409).body("detail", containsString("non payé"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).formParam("action", "settle")
                .post("/tournees/" + roundId + "/etat").then().statusCode(409).body(containsString("non payé"));

        // Sending: by e-mail to the farm; the beekeeper has no address, so it is handed over.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + roundId
                + "/settlement/statements/" + s.farmProducerId() + "/send").then().statusCode(200)
                .body("status", equalTo("SENT"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> org.paniercommun.mail.OutboxEmail.count(
                "recipient = ?1 and subject like ?2", "contact@ferme.test", "%Relevé%73,00%")));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + roundId
                + "/settlement/statements/" + s.honeyProducerId() + "/send").then().statusCode(409)
                .body("detail", containsString("pas d'adresse e-mail"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + roundId
                + "/settlement/statements/" + s.honeyProducerId() + "/send?handDelivered=true").then().statusCode(200);
        for (long producer : List.of(s.farmProducerId(), s.honeyProducerId())) {
            given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("paidOn", LocalDate.now().toString(), "reference", "VIR-" + producer))
                    .put("/api/rounds/" + roundId + "/settlement/statements/" + producer + "/payment").then()
                    .statusCode(200).body("status", equalTo("PAID"));
        }
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post("/api/rounds/" + roundId
                + "/settlement/settle").then().statusCode(200).body("status", equalTo("Soldée"));

        // The statement as PDF and CSV.
        byte[] pdf = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + roundId
                + "/bilan/releves/" + s.farmProducerId() + ".pdf").then().statusCode(200).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Lentilles vertes") && text.contains("73,00"), text);
        }
        String csv = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + roundId
                + "/bilan/releves/" + s.honeyProducerId() + ".csv").then().statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(csv.contains(";") ? ';' : ',').build()
                .parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertEquals("Total", records.get(records.size() - 1).get(0));
        assertEquals("195,00", records.get(records.size() - 1).get(4));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + roundId + "/bilan")
                .then().statusCode(200).body(containsString("Les comptes s&#39;équilibrent au centime près."));
    }

    /** Issue 20: an absent household without a decision made every page of the books answer 500. */
    @Test
    void anUndecidedAbsenceIsAPendingDecisionOnTheBooksNotAnError() {
        Setup s = distributedRound(false);
        long roundId = s.roundId();
        String coordinator = accounts.create(Role.COORDINATOR);
        String decisionLink = "/tournees/" + roundId + "/distribution/" + s.slotId();
        String absent = s.households().get(2).displayName;
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + roundId + "/bilan")
                .then().statusCode(200).body(containsString("Décisions à prendre"))
                .body(containsString("href=\"" + decisionLink + "\"")).body(containsString(absent));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("label", "Camion").formParam("amount", "25")
                .post("/tournees/" + roundId + "/bilan/frais").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("funder", "Ville de Lens").formParam("amount", "10")
                .post("/tournees/" + roundId + "/bilan/subvention").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("relayPointId", s.base().place().relayPoint().id).formParam("counted", "10")
                .post("/tournees/" + roundId + "/bilan/caisse").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .formParam("label", "").formParam("amount", "25")
                .post("/tournees/" + roundId + "/bilan/frais").then().statusCode(400)
                .body(containsString("Décisions à prendre"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .post("/tournees/" + roundId + "/bilan/solder").then().statusCode(409) // a conflict (issue 26)
                .body(containsString("sans décision"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/bilan/releves/" + s.farmProducerId()).then().statusCode(200);

        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/settlement/balance-sheet").then().statusCode(200)
                .body("unresolvedAbsences", equalTo(1)).body("pendingDecisions", hasSize(1))
                .body("pendingDecisions[0].household", equalTo(absent))
                .body("pendingDecisions[0].link", equalTo(decisionLink))
                .body("blockers", org.hamcrest.Matchers.hasItem(containsString("sans décision")));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("label", "Essence", "amountCents", 500)).post("/api/rounds/" + roundId + "/settlement/costs")
                .then().statusCode(200).body("pendingDecisions", hasSize(1));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("label", "Bailleur", "amountCents", 500))
                .post("/api/rounds/" + roundId + "/settlement/subsidies").then().statusCode(200);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("relayPointId", s.base().place().relayPoint().id, "countedCents", 1000))
                .put("/api/rounds/" + roundId + "/settlement/cash").then().statusCode(200);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .post("/api/rounds/" + roundId + "/settlement/settle").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("sans décision"));

        // Once decided, the decision is no longer pending.
        long orderId = QuarkusTransaction.requiringNew().call(() -> lists.of(roundId, s.slotId(), PickupLists.Sort.NAME)
                .households().stream().filter(h -> h.householdId() == s.households().get(2).id).findFirst()
                .orElseThrow().orderId());
        distribution.decideAbsence(roundId, orderId, new DistributionService.AbsenceCommand(AbsenceDecision.DONATED,
                null), "coordination");
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/settlement/balance-sheet").then().statusCode(200)
                .body("unresolvedAbsences", equalTo(0)).body("pendingDecisions", hasSize(0));
    }

    @Test
    void producersSeeOnlyTheirOwnStatements() {
        Setup s = distributedRound();
        String farmer = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(s.farmProducerId(), farmer);
        // Issue 20: a draft is the coordinator's work in progress, never shown to the producer.
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/api/statements/mine").then()
                .statusCode(200).body("size()", equalTo(0));
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/releves/" + s.roundId())
                .then().statusCode(404);
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/releves/" + s.roundId()
                + ".pdf").then().statusCode(404);
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/releves").then()
                .statusCode(200).body(org.hamcrest.Matchers.not(containsString("Lentilles vertes")))
                .body(org.hamcrest.Matchers.not(containsString("/producteur/releves/" + s.roundId())));
        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .post("/api/rounds/" + s.roundId() + "/settlement/statements/" + s.farmProducerId() + "/send")
                .then().statusCode(200);
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/api/statements/mine").then()
                .statusCode(200).body("producerId", org.hamcrest.Matchers.everyItem(equalTo((int) s.farmProducerId())))
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("SENT")))
                .body("size()", equalTo(1));
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/releves/" + s.roundId())
                .then().statusCode(200).body(containsString("Lentilles vertes"))
                .body(org.hamcrest.Matchers.not(containsString("Miel")));
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/api/rounds/" + s.roundId()
                + "/settlement/statements/" + s.honeyProducerId()).then().statusCode(403);
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/tournees/" + s.roundId() + "/bilan")
                .then().statusCode(403);
    }

    /** Generated rounds run through the real services: the books balance to the cent every time. */
    @Test
    void generatedRoundsBalanceToTheCent() {
        Random random = new Random(20261124);
        for (int run = 0; run < 3; run++) {
            RoundFixtures.Setup base = roundFixtures.draftRound(null);
            long roundId = base.round().id;
            var place = base.place();
            rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now(), "9 h")));
            rounds.open(roundId, Instant.now());
            fund.record(place.antenna().id, new FundService.EntryCommand(EntryKind.GRANT, 5_000L, "Don", null, null),
                    "test");
            var offers = rounds.offers(roundId);
            int households = 6 + random.nextInt(10);
            for (int i = 0; i < households; i++) {
                Household h = fixtures.household(place, Fixtures.unique("Foyer"), 1 + random.nextInt(3));
                List<LineCommand> lines = new java.util.ArrayList<>();
                for (var offer : offers) {
                    if (random.nextBoolean()) {
                        lines.add(new LineCommand(offer.id, new BigDecimal(1 + random.nextInt(12)).divide(
                                new BigDecimal(2)).max(BigDecimal.ONE), random.nextInt(4) == 0 ? new BigDecimal("2")
                                        : null));
                    }
                }
                if (lines.isEmpty()) {
                    lines.add(new LineCommand(offers.get(0).id, new BigDecimal("3")));
                }
                Integer rate = random.nextInt(3) == 0 ? 10 * (1 + random.nextInt(3)) : null;
                orders.place(roundId, h.id, lines, rate, random.nextInt(3), null, Instant.now());
            }
            rounds.close(roundId, Instant.now());
            for (var offer : offers) {
                closing.decide(roundId, offer.id, new ClosingService.DecisionCommand(random.nextBoolean()
                        ? org.paniercommun.pricing.CaseRounding.Decision.ROUND_UP
                        : org.paniercommun.pricing.CaseRounding.Decision.ROUND_DOWN, false));
            }
            closing.confirm(roundId, Instant.now());
            long slotId = rounds.slots(roundId).get(0).id;
            for (var row : lists.of(roundId, slotId, PickupLists.Sort.NAME).households()) {
                int what = random.nextInt(5);
                if (what == 0) {
                    distribution.markAbsent(roundId, slotId, row.orderId(), row.version(), "benevole");
                    distribution.decideAbsence(roundId, row.orderId(), new DistributionService.AbsenceCommand(
                            AbsenceDecision.values()[random.nextInt(4)], null), "coordination");
                    continue;
                }
                List<LineUpdate> updates = row.lines().stream().map(l -> new LineUpdate(l.lineId(),
                        l.quantity().signum() > 0 && random.nextBoolean()
                                ? l.quantity().add(new BigDecimal(random.nextInt(200) - 100).movePointLeft(3)).max(BigDecimal.ZERO)
                                : null, random.nextInt(10) == 0)).toList();
                long pay = random.nextInt(3) == 0 ? 0 : Math.max(1, row.amountToCollectCents() + random.nextInt(400) - 200);
                distribution.handOut(roundId, slotId, row.orderId(), new HandOutCommand(row.version(), updates,
                        random.nextInt(3), (long) random.nextInt(100), new PaymentCommand(
                                PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)], pay), true, true),
                        "benevole", Instant.now());
            }
            distribution.closeDay(roundId, slotId, "benevole", Instant.now());
            settlement.add(roundId, RoundAmount.Kind.COST, new SettlementService.AmountCommand("Transport", 1000L + random.nextInt(5000)),
                    "coordination");
            var books = settlement.balanceSheet(roundId);
            assertTrue(books.sheet().balanced(), "run " + run + ": result " + books.sheet().resultCents()
                    + " ≠ explained " + books.sheet().explainedCents() + " " + books.sheet());
            assertEquals(0, books.unresolvedAbsences());
        }
    }
}
