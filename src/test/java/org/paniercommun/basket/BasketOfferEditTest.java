package org.paniercommun.basket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.audit.AuditEntry;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerCommand;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;

/**
 * Coordinators edit an offer (page and API, optimistic lock), withdraw it and put it back; editing never changes
 * money already due.
 */
@QuarkusTest
class BasketOfferEditTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueService catalogue;

    @Inject
    HouseholdService households;

    @Inject
    EntityManager em;

    record World(Fixtures.Place place, long producerId, String coordinator, String referrer) {
    }

    private World world() {
        Fixtures.Place place = fixtures.place();
        return new World(place, producer(place), accounts.create(Role.COORDINATOR),
                accounts.referrerOf(place.antenna().id));
    }

    private long producer(Fixtures.Place place) {
        return catalogue.createProducer(new ProducerCommand(place.antenna().id, Fixtures.unique("Jardins"), "Contact",
                null, null, "Lens", 8, true, "Ecocert", null, null)).id();
    }

    private static RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private static RequestSpecification form(String login) {
        // UTF-8 as a browser sends it (REST Assured's default for forms is ISO-8859-1, which loses "–").
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"));
    }

    private long funder(World w) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Fixtures.unique("Agglomération"));
        body.put("monthlyBudgetCents", null);
        return as(w.coordinator()).body(body).post("/api/baskets/funders").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private long halfAndHalf(World w, long funder) {
        return as(w.coordinator()).body(Map.of("name", Fixtures.unique("Moitié"), "shares", List.of(Map.of("percent", 50),
                Map.of("funderId", funder, "percent", 50)))).post("/api/baskets/schemes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long offer(World w, long value) {
        return as(w.coordinator()).body(Map.of("name", Fixtures.unique("Petit panier"), "size", "PETIT", "valueCents",
                value, "producerId", w.producerId(), "frequency", "WEEKLY", "pickupDay", "WEDNESDAY", "pickupTime",
                "17 h – 18 h 30", "relayPointIds", List.of(w.place().relayPoint().id))).post("/api/baskets/offers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long refer(World w) {
        return as(w.referrer()).body(Map.of("newHousehold", Map.of("displayName", Fixtures.unique("Famille"),
                "peopleCount", 3, "groupId", w.place().group().id, "relayPointId", w.place().relayPoint().id),
                "structure", "CCAS de Lens", "condition", "quotient familial ≤ 1 200 €", "checkedOn", "2026-11-20"))
                .post("/api/baskets/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private io.restassured.response.ValidatableResponse subscribe(World w, long referral, long offer, long scheme,
            LocalDate start) {
        return as(w.coordinator()).body(Map.of("referralId", referral, "offerId", offer, "schemeId", scheme, "startOn",
                start.toString())).post("/api/baskets/subscriptions").then();
    }

    private JsonPath plan(World w, long offer, LocalDate from, LocalDate to) {
        return as(w.coordinator()).body(Map.of("from", from.toString(), "to", to.toString(), "overrideBudget", false))
                .post("/api/baskets/offers/" + offer + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath read(World w, long offer) {
        return as(w.coordinator()).get("/api/baskets/offers/" + offer).then().statusCode(200).extract().jsonPath();
    }

    /** The body of a PUT: the offer as read, with some fields replaced. */
    private static Map<String, Object> edit(JsonPath offer, Object... changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", offer.getString("name"));
        body.put("size", offer.getString("size"));
        body.put("valueCents", offer.getLong("valueCents"));
        body.put("producerId", offer.getLong("producerId"));
        body.put("frequency", offer.getString("frequency"));
        body.put("pickupDay", offer.getString("pickupDay"));
        body.put("pickupTime", offer.getString("pickupTime"));
        body.put("missedRule", offer.getString("missedRule"));
        body.put("version", offer.getLong("version"));
        for (int i = 0; i < changes.length; i += 2) {
            body.put((String) changes[i], changes[i + 1]);
        }
        return body;
    }

    /** The offer's deliveries between two dates, by date. */
    private List<Long> deliveries(World w, long offer, LocalDate from, LocalDate to) {
        return as(w.coordinator()).get("/api/baskets/deliveries?offerId=" + offer + "&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
    }

    /** Saves the offer as read now with some fields replaced. */
    private void change(World w, long offer, Object... changes) {
        as(w.coordinator()).body(edit(read(w, offer), changes)).put("/api/baskets/offers/" + offer).then()
                .statusCode(200);
    }

    /** A page (or CSV) as the coordinator gets it. */
    private static String page(World w, String path) {
        return as(w.coordinator()).get(path).then().statusCode(200).extract().asString();
    }

    /** The producer has been sent the counts of this delivery (what the hourly job does 3 days ahead). */
    private void markSent(long delivery) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update basket_deliveries set notified_at = now() where id = :d").setParameter("d", delivery)
                .executeUpdate());
    }

    private static int wednesdays(YearMonth month) {
        int n = 0;
        for (LocalDate d = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
                !d.isAfter(month.atEndOfMonth()); d = d.plusWeeks(1)) {
            n++;
        }
        return n;
    }

    @Test
    void aCoordinatorEditsAnOfferThroughTheApiAndAStaleVersionIsRefused() {
        World w = world();
        long offer = offer(w, 1000);
        JsonPath read = read(w, offer);
        long version = read.getLong("version");
        String name = Fixtures.unique("Panier de saison");

        as(w.coordinator()).body(edit(read, "name", name, "pickupTime", "16 h – 18 h", "missedRule", "DONATED"))
                .put("/api/baskets/offers/" + offer).then().statusCode(200).body("name", equalTo(name))
                .body("pickupTime", equalTo("16 h – 18 h")).body("missedRule", equalTo("DONATED"))
                .body("version", equalTo((int) version + 1));
        // A second client still holding the version it read is refused, and nothing of the first edit is lost.
        as(w.coordinator()).body(edit(read, "name", "Écrasé")).put("/api/baskets/offers/" + offer).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("modifiée par quelqu'un d'autre entre-temps"));
        assertEquals(name, read(w, offer).getString("name"));

        // Field errors in French, by field; a missing version is refused too.
        as(w.coordinator()).body(edit(read(w, offer), "name", " ", "valueCents", 0, "pickupTime", ""))
                .put("/api/baskets/offers/" + offer).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("name", "valueCents", "pickupTime"))
                .body("violations.message", hasItem("Indiquez la valeur du panier (montant positif)."));
        as(w.coordinator()).body(edit(read(w, offer), "version", null)).put("/api/baskets/offers/" + offer).then()
                .statusCode(400).body("violations.field", hasItem("version"));
        as(w.coordinator()).body(edit(read, "name", "x")).put("/api/baskets/offers/999999999").then().statusCode(404);

        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and subject = ?2",
                "BASKET_OFFER_UPDATED", "offre de panier " + offer)) == 1);
    }

    /**
     * A month two months back is delivered at 10,00 € (household 5,00, funder 5,00) by the first producer; then
     * the value becomes 12,00 € and the producer changes. The past month keeps its amounts in the funder's statement,
     * the old producer's totals and the antenna report; a month planned afterwards uses 12,00 € and the new producer.
     */
    @Test
    void aValueOrProducerChangeNeverChangesMoneyAlreadyDue() {
        World w = world();
        long funder = funder(w);
        long scheme = halfAndHalf(w, funder);
        long offer = offer(w, 1000);
        YearMonth past = YearMonth.now().minusMonths(2);
        YearMonth coming = YearMonth.now().plusMonths(2);
        subscribe(w, refer(w), offer, scheme, past.atDay(1)).statusCode(201);
        int pastBaskets = plan(w, offer, past.atDay(1), past.atEndOfMonth()).getInt("newBaskets");
        assertEquals(wednesdays(past), pastBaskets);

        long newProducer = producer(w.place());
        as(w.coordinator()).body(edit(read(w, offer), "valueCents", 1200, "producerId", newProducer))
                .put("/api/baskets/offers/" + offer).then().statusCode(200).body("valueCents", equalTo(1200))
                .body("producerId", equalTo((int) newProducer));
        int comingBaskets = plan(w, offer, coming.atDay(1), coming.atEndOfMonth()).getInt("newBaskets");
        assertEquals(wednesdays(coming), comingBaskets);

        as(w.coordinator()).get("/api/baskets/statements/funders/" + funder + "?month=" + past).then().statusCode(200)
                .body("baskets", equalTo(pastBaskets)).body("valueCents", equalTo(1000 * pastBaskets))
                .body("totalCents", equalTo(500 * pastBaskets));
        // A month to come is planned, not delivered: shown apart, not billed yet.
        as(w.coordinator()).get("/api/baskets/statements/funders/" + funder + "?month=" + coming).then().statusCode(200)
                .body("baskets", equalTo(0)).body("totalCents", equalTo(0))
                .body("plannedBaskets", equalTo(comingBaskets)).body("plannedValueCents", equalTo(1200 * comingBaskets))
                .body("plannedCents", equalTo(600 * comingBaskets));
        as(w.coordinator()).get("/api/baskets/statements/producers/" + w.producerId() + "?month=" + past).then()
                .statusCode(200).body("baskets", equalTo(pastBaskets)).body("totalCents", equalTo(1000 * pastBaskets));
        as(w.coordinator()).get("/api/baskets/statements/producers/" + newProducer + "?month=" + past).then()
                .statusCode(200).body("baskets", equalTo(0)).body("totalCents", equalTo(0));
        as(w.coordinator()).get("/api/baskets/statements/producers/" + newProducer + "?month=" + coming).then()
                .statusCode(200).body("baskets", equalTo(0)).body("plannedBaskets", equalTo(comingBaskets))
                .body("plannedCents", equalTo(1200 * comingBaskets));
        as(w.coordinator()).get("/api/baskets/statements/producers/" + w.producerId() + "?month=" + coming).then()
                .statusCode(200).body("baskets", equalTo(0)).body("plannedBaskets", equalTo(0));
        as(w.coordinator()).get("/api/reports/funders?antennaId=" + w.place().antenna().id + "&month=" + past).then()
                .statusCode(200).body("baskets.valueCents", equalTo(1000 * pastBaskets))
                .body("baskets.householdSharesCents", equalTo(500 * pastBaskets));
    }

    /** Planned baskets still to come keep their frozen value; a producer change takes the unannounced deliveries. */
    @Test
    void plannedBasketsToComeKeepTheirValueAndFollowANewProducer() {
        World w = world();
        long funder = funder(w);
        long scheme = halfAndHalf(w, funder);
        long offer = offer(w, 1000);
        YearMonth coming = YearMonth.now().plusMonths(1);
        subscribe(w, refer(w), offer, scheme, coming.atDay(1)).statusCode(201);
        int baskets = plan(w, offer, coming.atDay(1), coming.atEndOfMonth()).getInt("newBaskets");
        long newProducer = producer(w.place());
        as(w.coordinator()).body(edit(read(w, offer), "valueCents", 1500, "producerId", newProducer))
                .put("/api/baskets/offers/" + offer).then().statusCode(200);
        as(w.coordinator()).get("/api/baskets/statements/funders/" + funder + "?month=" + coming).then().statusCode(200)
                .body("plannedCents", equalTo(500 * baskets));
        as(w.coordinator()).get("/api/baskets/statements/producers/" + newProducer + "?month=" + coming).then()
                .statusCode(200).body("plannedBaskets", equalTo(baskets)).body("plannedCents", equalTo(1000 * baskets));
    }

    /**
     * An offer is renamed, with a new size and pickup time, after last month's deliveries were made and this week's
     * was sent to the producer. Last month's funder statement (API, page, CSV), the producer's totals and a past
     * pickup list keep the old name and size, and so does the delivery already sent; the deliveries still to come,
     * also on the household's page, take the new name, size and pickup time.
     */
    @Test
    void pastDocumentsKeepTheOfferNameTheyWereMadeWith() {
        World w = world();
        long funder = funder(w);
        long scheme = halfAndHalf(w, funder);
        long offer = offer(w, 1000);
        String oldName = read(w, offer).getString("name");
        LocalDate today = LocalDate.now();
        YearMonth past = YearMonth.now().minusMonths(1);
        String login = "foyer-" + java.util.UUID.randomUUID() + "@test.paniercommun.org";
        long household = households.registerWithAccount(new HouseholdCommand(Fixtures.unique("Foyer"), 2, null, null,
                w.place().group().id, w.place().relayPoint().id, 1), login, TestAccounts.PASSWORD).id;
        long referral = as(w.coordinator()).body(Map.of("householdId", household, "condition",
                "quotient familial ≤ 1 200 €", "checkedOn", past.atDay(1).toString())).post("/api/baskets/referrals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        subscribe(w, referral, offer, scheme, past.atDay(1)).statusCode(201);
        plan(w, offer, past.atDay(1), past.atEndOfMonth());
        plan(w, offer, today, today.plusWeeks(3));
        List<Long> pastDeliveries = deliveries(w, offer, past.atDay(1), past.atEndOfMonth());
        List<Long> coming = deliveries(w, offer, today, today.plusWeeks(3));
        long sent = coming.get(0);
        long toCome = coming.get(coming.size() - 1);
        markSent(sent);

        String newName = Fixtures.unique("Panier de saison");
        change(w, offer, "name", newName, "size", "GRAND", "pickupTime", "9 h – 10 h");

        as(w.coordinator()).get("/api/baskets/statements/funders/" + funder + "?month=" + past).then().statusCode(200)
                .body("lines", hasSize(wednesdays(past))).body("lines.offer", everyItem(equalTo(oldName)))
                .body("lines.size", everyItem(equalTo("Petit panier")));
        String statement = page(w, "/paniers/financeurs/" + funder + "/releve?mois=" + past);
        assertTrue(statement.contains(oldName) && !statement.contains(newName), "the statement page keeps the old name");
        String csv = page(w, "/paniers/financeurs/" + funder + "/releve.csv?mois=" + past);
        assertTrue(csv.contains(oldName) && !csv.contains(newName), csv);
        as(w.coordinator()).get("/api/baskets/statements/producers/" + w.producerId() + "?month=" + past).then()
                .statusCode(200).body("lines", hasSize(wednesdays(past))).body("lines.offer", everyItem(equalTo(oldName)));

        String relay = "/retrait/" + w.place().relayPoint().id;
        as(w.coordinator()).get("/api/baskets/deliveries/" + pastDeliveries.get(0) + "/pickup/" + w.place().relayPoint().id)
                .then().statusCode(200).body("offer", equalTo(oldName)).body("size", equalTo("Petit panier"))
                .body("pickupTime", equalTo("17 h – 18 h 30")).body("rows", hasSize(1));
        String pickup = page(w, "/paniers/livraisons/" + pastDeliveries.get(0) + relay);
        assertTrue(pickup.contains(oldName) && !pickup.contains(newName), "the past pickup list keeps the old name");

        as(w.coordinator()).get("/api/baskets/deliveries/" + sent).then().statusCode(200).body("offer", equalTo(oldName))
                .body("size", equalTo("Petit panier")).body("pickupTime", equalTo("17 h – 18 h 30"));
        as(w.coordinator()).get("/api/baskets/deliveries/" + toCome).then().statusCode(200).body("offer", equalTo(newName))
                .body("size", equalTo("Grand panier")).body("pickupTime", equalTo("9 h – 10 h"));
        String comingList = page(w, "/paniers/livraisons/" + toCome + relay);
        assertTrue(comingList.contains(newName) && comingList.contains("9 h – 10 h"), "a list to come has the new name");
        as(login).get("/api/baskets/mine").then().statusCode(200)
                .body("deliveries.find { it.deliveryId == " + sent + " }.offer", equalTo(oldName))
                .body("deliveries.find { it.deliveryId == " + toCome + " }.offer", equalTo(newName))
                .body("deliveries.find { it.deliveryId == " + toCome + " }.size", equalTo("Grand panier"));
    }

    /**
     * Renamed in the middle of a month (its first two deliveries already sent to the producer): the funder's
     * statement and the producer's totals show the two deliveries before the rename under the old name and the
     * others under the new name, one line per delivery, none merged or lost.
     */
    @Test
    void aMonthWithARenameShowsEachDeliveryUnderItsOwnName() {
        World w = world();
        long funder = funder(w);
        long scheme = halfAndHalf(w, funder);
        long offer = offer(w, 1000);
        String oldName = read(w, offer).getString("name");
        YearMonth month = YearMonth.now().plusMonths(1);
        subscribe(w, refer(w), offer, scheme, month.atDay(1)).statusCode(201);
        int baskets = plan(w, offer, month.atDay(1), month.atEndOfMonth()).getInt("newBaskets");
        List<Long> ids = deliveries(w, offer, month.atDay(1), month.atEndOfMonth());
        assertEquals(baskets, ids.size());
        markSent(ids.get(0));
        markSent(ids.get(1));
        String newName = Fixtures.unique("Panier de saison");
        change(w, offer, "name", newName);

        List<String> expected = new ArrayList<>(List.of(oldName, oldName));
        while (expected.size() < ids.size()) {
            expected.add(newName);
        }
        JsonPath statement = as(w.coordinator()).get("/api/baskets/statements/funders/" + funder + "?month=" + month)
                .then().statusCode(200).body("plannedBaskets", equalTo(baskets)).body("plannedCents", equalTo(500 * baskets))
                .extract().jsonPath();
        assertEquals(expected, statement.getList("plannedLines.offer", String.class));
        assertEquals(expected.size(), statement.getList("plannedLines.date", String.class).stream().distinct().count(),
                "one line per delivery date");
        assertEquals(expected, as(w.coordinator()).get("/api/baskets/statements/producers/" + w.producerId()
                + "?month=" + month).then().statusCode(200).body("plannedCents", equalTo(1000 * baskets)).extract()
                .jsonPath().getList("plannedLines.offer", String.class));
        String page = page(w, "/paniers/financeurs/" + funder + "/releve?mois=" + month);
        assertTrue(page.contains(oldName) && page.contains(newName), "the page shows both names");
    }

    @Test
    void theRhythmOfAnOfferWithRunningSubscriptionsCannotChange() {
        World w = world();
        long scheme = halfAndHalf(w, funder(w));
        long offer = offer(w, 1000);
        // Without subscriptions the rhythm may change.
        as(w.coordinator()).body(edit(read(w, offer), "frequency", "BIWEEKLY", "pickupDay", "THURSDAY"))
                .put("/api/baskets/offers/" + offer).then().statusCode(200).body("frequency", equalTo("BIWEEKLY"))
                .body("pickupDay", equalTo("THURSDAY"));
        subscribe(w, refer(w), offer, scheme, LocalDate.now().plusDays(3)).statusCode(201);
        as(w.coordinator()).body(edit(read(w, offer), "pickupDay", "FRIDAY")).put("/api/baskets/offers/" + offer)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("La fréquence et le jour de retrait ne peuvent pas changer"));
        as(w.coordinator()).body(edit(read(w, offer), "frequency", "WEEKLY")).put("/api/baskets/offers/" + offer)
                .then().statusCode(409);
        // The rest of the offer still changes.
        as(w.coordinator()).body(edit(read(w, offer), "pickupTime", "9 h – 10 h")).put("/api/baskets/offers/" + offer)
                .then().statusCode(200).body("pickupTime", equalTo("9 h – 10 h")).body("pickupDay", equalTo("THURSDAY"));
    }

    @Test
    void aWithdrawnOfferTakesNoNewSubscriptionAndItsSubscribersGoOn() {
        World w = world();
        long scheme = halfAndHalf(w, funder(w));
        long offer = offer(w, 1000);
        YearMonth coming = YearMonth.now().plusMonths(1);
        subscribe(w, refer(w), offer, scheme, coming.atDay(1)).statusCode(201);

        as(w.coordinator()).post("/api/baskets/offers/" + offer + "/withdrawal").then().statusCode(200)
                .body("active", equalTo(false));
        as(w.coordinator()).post("/api/baskets/offers/" + offer + "/withdrawal").then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("Cette offre est déjà retirée."));
        as(w.coordinator()).get("/api/baskets/offers").then().statusCode(200)
                .body("find { it.id == " + offer + " }.active", equalTo(false));
        long second = refer(w);
        subscribe(w, second, offer, scheme, coming.atDay(1)).statusCode(400).contentType("application/problem+json")
                .body("violations.message", hasItem("Cette offre est retirée : elle ne prend plus de nouvel abonnement."));
        // The household already subscribed still gets its baskets planned.
        assertEquals(wednesdays(coming), plan(w, offer, coming.atDay(1), coming.atEndOfMonth()).getInt("newBaskets"));

        as(w.coordinator()).delete("/api/baskets/offers/" + offer + "/withdrawal").then().statusCode(200)
                .body("active", equalTo(true));
        as(w.coordinator()).delete("/api/baskets/offers/" + offer + "/withdrawal").then().statusCode(409);
        subscribe(w, second, offer, scheme, coming.atDay(1)).statusCode(201);
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "subject = ?1 order by id", "offre de panier " + offer).stream().map(a -> a.action).toList());
        assertTrue(actions.containsAll(List.of("BASKET_OFFER_WITHDRAWN", "BASKET_OFFER_REINSTATED")), actions.toString());
    }

    @Test
    void onlyCoordinatorsEditWithdrawOrReinstateOffers() {
        World w = world();
        long offer = offer(w, 1000);
        JsonPath read = read(w, offer);
        String volunteer = fixtures.volunteerOf(w.place());
        String producer = accounts.create(Role.PRODUCER);
        for (String login : List.of(volunteer, w.referrer(), producer)) {
            as(login).body(edit(read, "name", "Piraté")).put("/api/baskets/offers/" + offer).then().statusCode(403);
            as(login).post("/api/baskets/offers/" + offer + "/withdrawal").then().statusCode(403);
            as(login).delete("/api/baskets/offers/" + offer + "/withdrawal").then().statusCode(403);
            form(login).formParam("name", "Piraté").formParam("version", read.getLong("version"))
                    .post("/paniers/offres/" + offer).then().statusCode(403);
            form(login).post("/paniers/offres/" + offer + "/retrait").then().statusCode(403);
            form(login).post("/paniers/offres/" + offer + "/remise-en-service").then().statusCode(403);
        }
        JsonPath after = read(w, offer);
        assertEquals(read.getString("name"), after.getString("name"));
        assertTrue(after.getBoolean("active"));
    }

    @Test
    void aCoordinatorEditsWithdrawsAndReinstatesAnOfferOnItsPage() {
        World w = world();
        long scheme = halfAndHalf(w, funder(w));
        long offer = offer(w, 1000);
        String page = "/paniers/offres/" + offer;
        JsonPath read = read(w, offer);
        long version = read.getLong("version");

        // The form is filled with the offer as it is.
        given().auth().preemptive().basic(w.coordinator(), TestAccounts.PASSWORD).get(page).then().statusCode(200)
                .body(anyOf(containsString("Modifier l&#39;offre"), containsString("Modifier l'offre")))
                .body(containsString("value=\"10,00\"")).body(containsString("value=\"" + read.getString("name") + "\""))
                .body(containsString("name=\"version\" value=\"" + version + "\""));

        // Mistakes come back beside their fields, with what was typed.
        form(w.coordinator()).formParam("name", "").formParam("size", "PETIT").formParam("value", "dix")
                .formParam("producerId", w.producerId()).formParam("frequency", "WEEKLY")
                .formParam("pickupDay", "WEDNESDAY").formParam("pickupTime", "18 h – 19 h")
                .formParam("missedRule", "HELD").formParam("version", version).post(page).then().statusCode(400)
                .body(containsString("Certaines informations sont à corriger"))
                .body(containsString("field-error")).body(containsString("value=\"dix\""))
                .body(containsString("value=\"18 h – 19 h\""));
        form(w.coordinator()).formParam("name", "").formParam("size", "PETIT").formParam("value", "11")
                .formParam("producerId", w.producerId()).formParam("frequency", "WEEKLY")
                .formParam("pickupDay", "WEDNESDAY").formParam("pickupTime", "18 h – 19 h")
                .formParam("missedRule", "HELD").formParam("version", version).post(page).then().statusCode(400)
                .body(anyOf(containsString("Indiquez le nom de l&#39;offre"), containsString("Indiquez le nom de l'offre")))
                .body(containsString("value=\"11\""));

        String name = Fixtures.unique("Panier du jeudi");
        form(w.coordinator()).formParam("name", name).formParam("size", "GRAND").formParam("value", "12,50")
                .formParam("producerId", w.producerId()).formParam("frequency", "WEEKLY")
                .formParam("pickupDay", "THURSDAY").formParam("pickupTime", "18 h – 19 h")
                .formParam("missedRule", "DONATED").formParam("version", version).post(page).then().statusCode(303);
        BasketOffer saved = QuarkusTransaction.requiringNew().call(() -> BasketOffer.<BasketOffer>findById(offer));
        assertEquals(name, saved.name);
        assertEquals(1250L, saved.valueCents);
        assertEquals(DayOfWeek.THURSDAY, saved.pickupDay);
        assertEquals(BasketSize.GRAND, saved.size);

        // A form read before that save: 409, the typed values are kept and the current version is offered.
        String typed = Fixtures.unique("Nom tapé");
        form(w.coordinator()).formParam("name", typed).formParam("size", "PETIT").formParam("value", "13")
                .formParam("producerId", w.producerId()).formParam("frequency", "WEEKLY")
                .formParam("pickupDay", "THURSDAY").formParam("pickupTime", "20 h")
                .formParam("missedRule", "HELD").formParam("version", version).post(page).then().statusCode(409)
                .body(containsString("modifiée par quelqu")).body(containsString("Vos saisies sont conservées"))
                .body(containsString("value=\"" + typed + "\"")).body(containsString("value=\"13\""))
                .body(containsString("value=\"20 h\""))
                .body(containsString("name=\"version\" value=\"" + saved.version + "\""));
        assertEquals(name, QuarkusTransaction.requiringNew().call(() -> BasketOffer.<BasketOffer>findById(offer).name));

        // Withdrawn: the page and the list say so, the subscription form refuses it.
        form(w.coordinator()).post(page + "/retrait").then().statusCode(303);
        given().auth().preemptive().basic(w.coordinator(), TestAccounts.PASSWORD).get(page).then().statusCode(200)
                .body(containsString("elle ne prend plus de nouvel abonnement. Les abonnements en cours ne changent pas"))
                .body(anyOf(containsString("Remettre l&#39;offre en service"), containsString("Remettre l'offre en service")));
        String overview = given().auth().preemptive().basic(w.coordinator(), TestAccounts.PASSWORD).get("/paniers")
                .then().statusCode(200).extract().asString();
        String row = overview.substring(overview.indexOf(name + "</a></td>"));
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains("<strong>Retirée</strong>"),
                "the list shows the offer as withdrawn");
        assertFalse(overview.contains("<option value=\"" + offer + "\">" + name), "no new subscription offered");
        form(w.coordinator()).post(page + "/retrait").then().statusCode(409)
                .body(containsString("Cette offre est déjà retirée."));
        form(w.coordinator()).formParam("referralId", refer(w)).formParam("offerId", offer).formParam("schemeId", scheme)
                .formParam("startOn", LocalDate.now().plusDays(7).toString()).post("/paniers/abonnements").then()
                .statusCode(400).body(containsString("Cette offre est retirée"));

        form(w.coordinator()).post(page + "/remise-en-service").then().statusCode(303);
        given().auth().preemptive().basic(w.coordinator(), TestAccounts.PASSWORD).get(page).then().statusCode(200)
                .body(not(containsString("Cette offre est retirée")))
                .body(anyOf(containsString("Retirer l&#39;offre"), containsString("Retirer l'offre")));
    }
}
