package org.paniercommun.basket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerCommand;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.mail.OutboxEmail;

/** Solidarity baskets end to end through the JSON API, on a 2027 calendar computed by hand. */
@QuarkusTest
class BasketTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueService catalogue;

    @Inject
    HouseholdService households;

    @Inject
    BasketStatements statements;

    record World(Fixtures.Place place, long producerId, String producerEmail, String coordinator, String referrer) {
    }

    private World world() {
        Fixtures.Place place = fixtures.place();
        String email = "paniers-" + java.util.UUID.randomUUID() + "@ferme.test";
        long producer = catalogue.createProducer(new ProducerCommand(place.antenna().id, Fixtures.unique("Jardins"),
                "Contact", email, null, "Lens", 8, true, "Ecocert", null, null)).id();
        return new World(place, producer, email, accounts.create(Role.COORDINATOR),
                accounts.referrerOf(place.antenna().id));
    }

    private static RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private long funder(World w, String name, Long budget) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Fixtures.unique(name));
        body.put("monthlyBudgetCents", budget);
        return as(w.coordinator()).body(body).post("/api/baskets/funders").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** Shares in order; a null funder is the household. */
    private long scheme(World w, Object... funderAndPercent) {
        List<Map<String, Object>> shares = new java.util.ArrayList<>();
        for (int i = 0; i < funderAndPercent.length; i += 2) {
            Map<String, Object> share = new HashMap<>();
            share.put("funderId", funderAndPercent[i]);
            share.put("percent", funderAndPercent[i + 1]);
            shares.add(share);
        }
        return as(w.coordinator()).body(Map.of("name", Fixtures.unique("Formule"), "shares", shares))
                .post("/api/baskets/schemes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long offer(World w, String size, long value, String frequency, String day) {
        return as(w.coordinator()).body(Map.of("name", Fixtures.unique("Panier " + size), "size", size, "valueCents",
                value, "producerId", w.producerId(), "frequency", frequency, "pickupDay", day, "pickupTime",
                "17 h – 18 h 30", "relayPointIds", List.of(w.place().relayPoint().id))).post("/api/baskets/offers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long refer(World w, String name) {
        return as(w.referrer()).body(Map.of("newHousehold", Map.of("displayName", Fixtures.unique(name), "peopleCount", 3,
                "groupId", w.place().group().id, "relayPointId", w.place().relayPoint().id), "structure", "CCAS de Lens",
                "condition", "quotient familial ≤ 1 200 €", "checkedOn", "2026-11-20")).post("/api/baskets/referrals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath subscribe(World w, long referral, long offer, long scheme, String start) {
        return as(w.coordinator()).body(Map.of("referralId", referral, "offerId", offer, "schemeId", scheme, "startOn",
                start)).post("/api/baskets/subscriptions").then().statusCode(201).extract().jsonPath();
    }

    private JsonPath plan(World w, long offer, String from, String to, boolean override, int status) {
        return as(w.coordinator()).body(Map.of("from", from, "to", to, "overrideBudget", override))
                .post("/api/baskets/offers/" + offer + "/deliveries").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void sharesMustTotalOneHundredPercent() {
        World w = world();
        long agglo = funder(w, "Agglomération", null);
        as(w.coordinator()).body(Map.of("name", Fixtures.unique("Formule"), "shares", List.of(Map.of("percent", 50),
                Map.of("funderId", agglo, "percent", 40)))).post("/api/baskets/schemes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("Les parts doivent totaliser 100 % (ici 90 %)."));
    }

    /**
     * January 2027 (1 January is a Friday), baskets on Wednesdays. A small weekly basket worth 10,00 € at
     * household 50 / agglomeration 50: 6, 13, 20, 27 January = 4 baskets. A large fortnightly basket worth
     * 20,00 € at household 30 / State 40 / agglomeration 30, paused 18–24 January: 6 January only (20 January
     * paused). Agglomeration: 4 × 5,00 + 6,00 = 26,00 €; State: 8,00 €; producer: 4 × 10,00 + 20,00 = 60,00 €.
     */
    @Test
    void funderStatementsAndProducerTotalsOnAHandComputedMonth() throws Exception {
        World w = world();
        long agglo = funder(w, "Agglomération", null);
        long state = funder(w, "État DGCS", null);
        long fifty = scheme(w, null, 50, agglo, 50);
        long cocagne = scheme(w, null, 30, state, 40, agglo, 30);
        long small = offer(w, "PETIT", 1000, "WEEKLY", "WEDNESDAY");
        long large = offer(w, "GRAND", 2000, "BIWEEKLY", "WEDNESDAY");
        JsonPath a = subscribe(w, refer(w, "Martin"), small, fifty, "2027-01-01");
        assertEquals("2029-01-01", a.getString("endOn"), "two years by default");
        assertEquals(500, a.getInt("householdShareCents"));
        // The referral is part of the household's personal data export (the condition, never a document).
        as(w.coordinator()).get("/api/households/" + a.getLong("householdId") + "/personal-data").then().statusCode(200)
                .body("baskets[0].condition", equalTo("quotient familial ≤ 1 200 €"))
                .body("baskets[0].startOn", equalTo("2027-01-01"));
        JsonPath b = subscribe(w, refer(w, "Durand"), large, cocagne, "2027-01-01");
        assertEquals(600, b.getInt("householdShareCents"));
        as(w.referrer()).body(Map.of("fromOn", "2027-01-18", "toOn", "2027-01-24", "reason", "vacances"))
                .post("/api/baskets/subscriptions/" + b.getLong("id") + "/pauses").then().statusCode(200)
                .body("pauses", hasSize(1));

        plan(w, small, "2027-01-01", "2027-01-31", false, 200);
        JsonPath largePlan = plan(w, large, "2027-01-01", "2027-01-31", false, 200);
        assertEquals(1, largePlan.getInt("newBaskets"));
        assertEquals("2027-01-06", largePlan.getString("dates[0].date"));
        // Planning again adds nothing.
        assertEquals(0, plan(w, small, "2027-01-01", "2027-01-31", false, 200).getInt("newBaskets"));

        // Delivered or still to come depending on the day the test runs: together they are the month.
        JsonPath aggloMonth = as(w.coordinator()).get("/api/baskets/statements/funders/" + agglo + "?month=2027-01").then()
                .statusCode(200).body("usedCents", equalTo(2600)).extract().jsonPath();
        assertEquals(5, aggloMonth.getInt("baskets") + aggloMonth.getInt("plannedBaskets"));
        assertEquals(6000, aggloMonth.getInt("valueCents") + aggloMonth.getInt("plannedValueCents"));
        JsonPath stateMonth = as(w.coordinator()).get("/api/baskets/statements/funders/" + state + "?month=2027-01").then()
                .statusCode(200).body("usedCents", equalTo(800)).extract().jsonPath();
        assertEquals(1, stateMonth.getInt("baskets") + stateMonth.getInt("plannedBaskets"));
        as(w.coordinator()).get("/api/baskets/statements/funders/" + agglo + "?month=2027-02").then().statusCode(200)
                .body("totalCents", equalTo(0));
        JsonPath producerMonth = as(w.coordinator()).get("/api/baskets/statements/producers/" + w.producerId()
                + "?month=2027-01").then().statusCode(200).extract().jsonPath();
        assertEquals(5, producerMonth.getInt("baskets") + producerMonth.getInt("plannedBaskets"));
        assertEquals(6000, producerMonth.getInt("totalCents") + producerMonth.getInt("plannedCents"));
        // The same flows in the antenna's report for funders, next to the rounds'.
        as(w.coordinator()).get("/api/reports/funders?antennaId=" + w.place().antenna().id + "&month=2027-01").then()
                .statusCode(200).body("baskets.planned", equalTo(5)).body("baskets.collected", equalTo(0))
                .body("baskets.valueCents", equalTo(6000)).body("baskets.householdSharesCents", equalTo(2600))
                .body("baskets.funders.cents", org.hamcrest.Matchers.containsInAnyOrder(2600, 800));

        // The statement as CSV and PDF, for the funder.
        String csv = as(w.coordinator()).get("/paniers/financeurs/" + agglo + "/releve.csv?mois=2027-01").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.contains("Total") && csv.contains("26,00"), csv);
        byte[] pdf = as(w.coordinator()).get("/paniers/financeurs/" + agglo + "/releve.pdf?mois=2027-01").then()
                .statusCode(200).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("26,00") && text.contains("janvier 2027"), text);
        }
    }

    /** An envelope of 15,00 € a month; a weekly 10,00 € basket at 50/50 for two households costs it 10,00 € a week. */
    @Test
    void aFunderEnvelopeIsNeverOverspentSilently() {
        World w = world();
        long city = funder(w, "CCAS", 1500L);
        long fifty = scheme(w, null, 50, city, 50);
        long small = offer(w, "PETIT", 1000, "WEEKLY", "WEDNESDAY");
        subscribe(w, refer(w, "Un"), small, fifty, "2027-03-01");
        subscribe(w, refer(w, "Deux"), small, fifty, "2027-03-01");

        // Preview of March: 3, 10, 17, 24, 31 March × 2 households × 5,00 € = 50,00 € for a 15,00 € envelope.
        as(w.coordinator()).get("/api/baskets/offers/" + small + "/plan?from=2027-03-01&to=2027-03-31").then()
                .statusCode(200).body("newBaskets", equalTo(10)).body("overspends", equalTo(true))
                .body("budgets[0].remainingCents", equalTo(1500)).body("budgets[0].plannedCents", equalTo(5000));
        as(w.coordinator()).body(Map.of("from", "2027-03-01", "to", "2027-03-31")).post("/api/baskets/offers/" + small
                + "/deliveries").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("reste 15,00\u00a0€ sur 15,00\u00a0€"));
        // Nothing was planned by the refused call.
        as(w.coordinator()).get("/api/baskets/statements/funders/" + city + "?month=2027-03").then()
                .body("totalCents", equalTo(0));

        // The first week fits (10,00 €); the second would bring it to 20,00 €: refused, 5,00 € remain.
        plan(w, small, "2027-03-01", "2027-03-07", false, 200);
        as(w.coordinator()).body(Map.of("from", "2027-03-08", "to", "2027-03-14")).post("/api/baskets/offers/" + small
                + "/deliveries").then().statusCode(409).body("detail", containsString("reste 5,00\u00a0€"));
        // The coordinator confirms explicitly: planned, and marked.
        JsonPath forced = plan(w, small, "2027-03-08", "2027-03-14", true, 200);
        assertTrue(forced.getBoolean("overspends"));
        as(w.coordinator()).get("/api/baskets/statements/funders/" + city + "?month=2027-03").then()
                .body("usedCents", equalTo(2000)).body("overspentCents", equalTo(500));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> BasketHandout.count("budgetOverride = true "
                + "and subscriptionId in (select s.id from Subscription s where s.offerId = ?1)", small)));
    }

    /**
     * Seen on 15 January 2027, the CCAS's January (envelope 15,00 €, a weekly 10,00 € basket at 50/50 planned with the
     * overspending confirmed) bills the two baskets delivered (6 and 13 January, 10,00 €) and shows the two still to
     * come (20 and 27 January, 10,00 €) apart; the month goes 5,00 € past the envelope and says so. The statement goes
     * to the funder by e-mail with its PDF, to the address the coordinator types (kept on the funder).
     */
    @Test
    void aFunderStatementBillsDeliveredBasketsShowsPlannedOnesApartAndIsSentWithItsPdf() throws Exception {
        World w = world();
        long city = funder(w, "CCAS", 1500L);
        long fifty = scheme(w, null, 50, city, 50);
        long small = offer(w, "PETIT", 1000, "WEEKLY", "WEDNESDAY");
        subscribe(w, refer(w, "Relevé"), small, fifty, "2027-01-01");
        plan(w, small, "2027-01-01", "2027-01-31", true, 200);

        BasketStatements.FunderStatement mid = QuarkusTransaction.requiringNew().call(() -> statements.funder(city,
                java.time.YearMonth.of(2027, 1), LocalDate.of(2027, 1, 15)));
        assertEquals(List.of(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 13)),
                mid.lines().stream().map(BasketStatements.FunderLine::date).toList());
        assertEquals(2, mid.baskets());
        assertEquals(1000, mid.totalCents());
        assertEquals(List.of(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 27)),
                mid.plannedLines().stream().map(BasketStatements.FunderLine::date).toList());
        assertEquals(2, mid.plannedBaskets());
        assertEquals(1000, mid.plannedCents());
        assertEquals(2000, mid.usedCents());
        assertEquals(500, mid.overspentCents());
        assertEquals(0L, mid.remainingCents());
        BasketStatements.FunderStatement end = QuarkusTransaction.requiringNew().call(() -> statements.funder(city,
                java.time.YearMonth.of(2027, 1), LocalDate.of(2027, 1, 31)));
        assertEquals(4, end.baskets());
        assertEquals(0, end.plannedBaskets());
        String csv = BasketStatementDocument.csv(mid);
        assertTrue(csv.contains("Total livré") && csv.contains("Total planifié") && csv.contains("2027-01-20"), csv);

        given().auth().preemptive().basic(w.coordinator(), TestAccounts.PASSWORD).get("/paniers/financeurs/" + city
                + "/releve?mois=2027-01").then().statusCode(200).body(containsString("Enveloppe dépassée de 5,00"))
                .body(containsString("Envoyer au financeur"));
        // Without an address, nothing is sent; with one, the statement leaves through the outbox with its PDF.
        given().auth().preemptive().basic(w.coordinator(), TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("mois", "2027-01").formParam("email", "")
                .post("/paniers/financeurs/" + city + "/releve/envoyer").then().statusCode(400)
                .body(containsString("adresse e-mail du financeur"));
        String email = "ccas-" + java.util.UUID.randomUUID() + "@ville.test";
        given().auth().preemptive().basic(w.coordinator(), TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("mois", "2027-01").formParam("email", email)
                .post("/paniers/financeurs/" + city + "/releve/envoyer").then().statusCode(303);
        assertEquals(email, QuarkusTransaction.requiringNew().call(() -> Funder.<Funder>findById(city).email));
        List<OutboxEmail> mails = QuarkusTransaction.requiringNew().call(() -> OutboxEmail.list("recipient", email));
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject.contains("janvier 2027"), mails.get(0).subject);
        assertEquals("application/pdf", mails.get(0).attachmentType);
        try (var document = Loader.loadPDF(mails.get(0).attachment)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("janvier 2027") && text.contains("Enveloppe dépassée"), text);
        }
    }

    @Test
    void pickupIsRecordedWithPaymentAndMissedBasketsFollowTheChosenRule() throws Exception {
        World w = world();
        long agglo = funder(w, "Agglomération", null);
        long fifty = scheme(w, null, 50, agglo, 50);
        long small = offer(w, "PETIT", 1001, "WEEKLY", "WEDNESDAY");
        as(w.coordinator()).body(Map.of("missedRule", "DONATED")).put("/api/baskets/offers/" + small + "/missed-rule")
                .then().statusCode(200).body("missedRule", equalTo("DONATED"));
        subscribe(w, refer(w, "Alpha"), small, fifty, "2027-04-01");
        subscribe(w, refer(w, "Beta"), small, fifty, "2027-04-01");
        plan(w, small, "2027-04-05", "2027-04-11", false, 200);
        long delivery = as(w.coordinator()).get("/api/baskets/deliveries?from=2027-04-05&to=2027-04-11&offerId=" + small)
                .then().statusCode(200).body("[0].total", equalTo(2)).extract().jsonPath().getLong("[0].id");
        String volunteer = fixtures.volunteerOf(w.place());
        long relay = w.place().relayPoint().id;
        JsonPath list = as(volunteer).get("/api/baskets/deliveries/" + delivery + "/pickup/" + relay).then()
                .statusCode(200).body("rows", hasSize(2))
                // 10,01 € at 50/50: the odd cent goes to the household, listed first.
                .body("rows[0].householdShareCents", equalTo(501)).body("totalToCollectCents", equalTo(1002))
                .extract().jsonPath();
        long first = list.getLong("rows[0].handoutId");
        long second = list.getLong("rows[1].handoutId");

        String elsewhere = fixtures.volunteerOf(fixtures.place());
        as(elsewhere).get("/api/baskets/deliveries/" + delivery + "/pickup/" + relay).then().statusCode(404);
        as(elsewhere).body(Map.of("status", "MISSED")).put("/api/baskets/handouts/" + first).then().statusCode(404);
        as(volunteer).body(Map.of("status", "COLLECTED", "paidCents", 501, "version", list.getLong("rows[0].version")))
                .put("/api/baskets/handouts/" + first).then().statusCode(400)
                .body("violations[0].field", equalTo("paymentMethod"));
        as(volunteer).body(Map.of("status", "COLLECTED", "paidCents", 501, "paymentMethod", "CASH", "version",
                list.getLong("rows[0].version"))).put("/api/baskets/handouts/" + first).then().statusCode(200)
                .body("status", equalTo("COLLECTED")).body("paidCents", equalTo(501))
                .body("paymentMethod", equalTo("Espèces"));
        // A second volunteer on a stale list is stopped.
        as(volunteer).body(Map.of("status", "MISSED", "version", list.getLong("rows[0].version")))
                .put("/api/baskets/handouts/" + first).then().statusCode(409);
        as(volunteer).body(Map.of("status", "MISSED", "paidCents", 100, "version", list.getLong("rows[1].version")))
                .put("/api/baskets/handouts/" + second).then().statusCode(400);
        as(volunteer).body(Map.of("status", "MISSED", "version", list.getLong("rows[1].version")))
                .put("/api/baskets/handouts/" + second).then().statusCode(200)
                .body("missedRule", equalTo("DONATED"));
        as(w.coordinator()).get("/api/baskets/deliveries/" + delivery).then()
                .body("relays[0].collected", equalTo(1)).body("relays[0].missed", equalTo(1));

        // The printable list: A4 page and PDF.
        as(volunteer).get("/paniers/livraisons/" + delivery + "/retrait/" + relay).then().statusCode(200)
                .body(containsString("Liste de retrait")).body(containsString("5,01"));
        byte[] pdf = as(volunteer).get("/paniers/livraisons/" + delivery + "/retrait/" + relay + ".pdf").then()
                .statusCode(200).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Alpha") && text.contains("5,01"), text);
        }
    }

    @Test
    void coordinatorsCreateReferrerAccounts() {
        String coordinator = accounts.create(Role.COORDINATOR);
        String login = "referent-" + java.util.UUID.randomUUID() + "@ccas.test";
        as(coordinator).body(Map.of("login", login, "password", "un-mot-de-passe", "displayName", "CCAS de Liévin",
                "roles", List.of("REFERRER"))).post("/api/accounts").then().statusCode(201)
                .body("roles", equalTo(List.of("REFERRER")));
        given().auth().preemptive().basic(login, "un-mot-de-passe").get("/api/baskets/referrals").then().statusCode(200);
        given().auth().preemptive().basic(login, "un-mot-de-passe").get("/compte").then().statusCode(200)
                .body(containsString("Référent social"));
    }

    @Test
    void referrersSeeOnlyTheHouseholdsTheyReferred() {
        World w = world();
        String otherReferrer = accounts.referrerOf(w.place().antenna().id);
        long referral = refer(w, "Confidentiel");
        long fifty = scheme(w, null, 50, funder(w, "Agglomération", null), 50);
        long subscription = subscribe(w, referral, offer(w, "PETIT", 1000, "WEEKLY", "MONDAY"), fifty, "2027-05-03")
                .getLong("id");

        as(w.referrer()).get("/api/baskets/referrals/" + referral).then().statusCode(200)
                .body("condition", equalTo("quotient familial ≤ 1 200 €")).body("subscriptions", hasSize(1));
        as(otherReferrer).get("/api/baskets/referrals/" + referral).then().statusCode(404)
                .contentType("application/problem+json");
        as(otherReferrer).get("/api/baskets/subscriptions/" + subscription).then().statusCode(404);
        as(otherReferrer).body(Map.of("on", "2027-06-01")).post("/api/baskets/subscriptions/" + subscription + "/stop")
                .then().statusCode(404);
        as(otherReferrer).get("/api/baskets/referrals").then().statusCode(200)
                .body("id", not(org.hamcrest.Matchers.hasItem((int) referral)));
        // Referrers do not manage offers, funders or deliveries, nor subscribe households themselves.
        as(w.referrer()).get("/api/baskets/offers").then().statusCode(403);
        as(w.referrer()).get("/api/baskets/funders").then().statusCode(403);
        as(w.referrer()).get("/api/baskets/deliveries").then().statusCode(403);
        String household = accounts.create(Role.HOUSEHOLD);
        as(household).get("/api/baskets/referrals").then().statusCode(403);
        // The referrer's page lists its own household only.
        as(otherReferrer).get("/orientations").then().statusCode(200).body(not(containsString("Confidentiel")));
        as(w.referrer()).get("/orientations").then().statusCode(200).body(containsString("Confidentiel"));
        // The referrer stops the subscription of its household.
        as(w.referrer()).body(Map.of("on", "2027-06-01", "reason", "déménagement"))
                .post("/api/baskets/subscriptions/" + subscription + "/stop").then().statusCode(200)
                .body("status", equalTo("STOPPED"));
    }

    /** The producer sees its counts, gets them by e-mail once; households see their basket, content and recipe. */
    @Test
    void producersGetTheirCountsAndHouseholdsTheWeeksContent() {
        World w = world();
        String farmer = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(w.producerId(), farmer);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        long fifty = scheme(w, null, 50, funder(w, "Agglomération", null), 50);
        long offer = offer(w, "GRAND", 2000, "WEEKLY", tomorrow.getDayOfWeek().name());
        String login = "foyer-" + java.util.UUID.randomUUID() + "@test.paniercommun.org";
        long householdId = households.registerWithAccount(new HouseholdCommand(Fixtures.unique("Foyer"), 2, null, null,
                w.place().group().id, w.place().relayPoint().id, 1), login, TestAccounts.PASSWORD).id;
        // A referrer cannot refer (and so learn about) a household it does not follow; the coordination can.
        as(w.referrer()).body(Map.of("householdId", householdId, "condition", "quotient familial ≤ 1 200 €",
                "checkedOn", LocalDate.now().toString())).post("/api/baskets/referrals").then().statusCode(404);
        long referral = as(w.coordinator()).body(Map.of("householdId", householdId, "condition",
                "quotient familial ≤ 1 200 €", "checkedOn", LocalDate.now().toString())).post("/api/baskets/referrals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        subscribe(w, referral, offer, fifty, LocalDate.now().toString());
        subscribe(w, refer(w, "Voisin"), offer, fifty, LocalDate.now().toString());
        plan(w, offer, LocalDate.now().toString(), LocalDate.now().plusDays(6).toString(), false, 200);

        long delivery = as(farmer).get("/api/baskets/producer/deliveries").then().statusCode(200)
                .body("find { it.offerId == " + offer + " }.relays[0].baskets", equalTo(2))
                .body("find { it.offerId == " + offer + " }.relays[0].relayPoint", equalTo(w.place().relayPoint().name))
                .extract().jsonPath().getLong("find { it.offerId == " + offer + " }.id");
        as(farmer).get("/producteur/paniers").then().statusCode(200).body(containsString(w.place().relayPoint().name));

        // Sent by a coordinator whose browser asks for English (a test-only translation of the sizes exists):
        // the producer's e-mail is in French all the same.
        as(w.coordinator()).header("Accept-Language", "en").get("/api/baskets/deliveries/" + delivery).then()
                .statusCode(200).body("size", equalTo("Large basket"));
        as(w.coordinator()).header("Accept-Language", "en").post("/api/baskets/deliveries/notify?daysAhead=3").then()
                .statusCode(200);
        List<OutboxEmail> mails = QuarkusTransaction.requiringNew().call(() -> OutboxEmail.list("recipient", w.producerEmail()));
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject.contains("2 paniers"), mails.get(0).subject);
        assertTrue(mails.get(0).textBody.contains(w.place().relayPoint().name + " : 2"), mails.get(0).textBody);
        assertTrue(mails.get(0).textBody.contains("Grand panier") && !mails.get(0).textBody.contains("Large basket"),
                mails.get(0).textBody);
        as(w.coordinator()).post("/api/baskets/deliveries/notify?daysAhead=3").then().statusCode(200);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count("recipient", w.producerEmail())));

        // The producer posts the week's content and a recipe; another producer may not.
        as(farmer).body(Map.of("content", "Poireaux, pommes de terre, carottes", "recipe", "Soupe poireaux-pommes de terre"))
                .put("/api/baskets/deliveries/" + delivery + "/content").then().statusCode(200);
        String stranger = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(catalogue.createProducer(new ProducerCommand(w.place().antenna().id,
                Fixtures.unique("Autre"), null, null, null, null, null, false, null, null, null)).id(), stranger);
        as(stranger).get("/api/baskets/deliveries/" + delivery).then().statusCode(404);

        as(login).get("/api/baskets/mine").then().statusCode(200).body("subscriptions", hasSize(1))
                .body("deliveries[0].content", equalTo("Poireaux, pommes de terre, carottes"))
                .body("deliveries[0].shareCents", equalTo(1000));
        as(login).get("/mon-panier").then().statusCode(200).body(containsString("Soupe poireaux-pommes de terre"));
    }
}
