package org.paniercommun.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.basket.BasketDelivery;
import org.paniercommun.basket.BasketOffer;
import org.paniercommun.basket.Funder;
import org.paniercommun.basket.FundingScheme;
import org.paniercommun.basket.Referral;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.round.RoundService.SlotCommand;

/**
 * Each role's home page shows the next thing to do, and a volunteer reaches every page of the job by following links
 * from it: the printable order forms and paper entry of the open round, the pickup lists and distribution day of
 * the closed one, the week's basket pickup lists; and no link a volunteer is shown answers 403.
 */
@QuarkusTest
class RoleHomePagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    HouseholdService households;

    @Inject
    CatalogueFixtures catalogueFixtures;

    @Inject
    TestAccounts accounts;

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");

    /** A closed round (allocation confirmed) and an open one for the same group, and a basket delivery tomorrow. */
    private record World(Fixtures.Place place, long closedId, long slotId, long openId, long deliveryId) {
    }

    private World world() {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        Fixtures.Place place = setup.place();
        long closedId = setup.round().id;
        rounds.setSlots(closedId, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now(), "14 h – 17 h")));
        rounds.open(closedId, Instant.now());
        Household h = fixtures.household(place, Fixtures.unique("Foyer Lens"), 2);
        orders.place(closedId, h.id, List.of(new LineCommand(roundFixtures.offerId(setup, 0), new BigDecimal("25"))),
                null, Instant.now());
        rounds.close(closedId, Instant.now());
        closing.confirm(closedId, Instant.now());
        long slotId = rounds.slots(closedId).get(0).id;

        Instant now = Instant.now();
        Round open = rounds.create(new RoundCommand(place.antenna().id, Fixtures.unique("Tournée ouverte"),
                now.minus(1, ChronoUnit.HOURS), now.plus(5, ChronoUnit.DAYS), List.of(place.group().id)));
        rounds.setOffer(open.id, List.of(new OfferCommand(setup.products().get(0).id(), null)));
        rounds.open(open.id, Instant.now());
        return new World(place, closedId, slotId, open.id, basketDeliveryTomorrow(place));
    }

    /** Through the coordinators' and referrers' forms, as BasketPagesTest does: one basket tomorrow at the place. */
    private long basketDeliveryTomorrow(Fixtures.Place place) {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        long producer = catalogueFixtures.producer(place.antenna().id, Fixtures.unique("Anges Gardins")).id();
        String coordinator = accounts.create(Role.COORDINATOR);
        String referrer = accounts.referrerOf(place.antenna().id);
        String funderName = Fixtures.unique("Agglomération");
        String offerName = Fixtures.unique("Petit panier");
        String schemeName = Fixtures.unique("Moitié-moitié");
        String household = Fixtures.unique("Famille");
        form(coordinator).formParam("name", funderName).formParam("budget", "100,00").post("/paniers/financeurs").then()
                .statusCode(303);
        long funder = QuarkusTransaction.requiringNew().call(() -> Funder.<Funder>find("name", funderName).singleResult().id);
        form(coordinator).formParam("name", schemeName).formParam("householdPercent", "50")
                .formParam("funder1", funder).formParam("percent1", "50").post("/paniers/formules").then()
                .statusCode(303);
        form(coordinator).formParam("name", offerName).formParam("size", "PETIT").formParam("value", "10")
                .formParam("producerId", producer).formParam("frequency", "WEEKLY")
                .formParam("pickupDay", tomorrow.getDayOfWeek().name())
                .formParam("pickupTime", "16 h – 18 h").formParam("relayPointIds", place.relayPoint().id)
                .formParam("missedRule", "HELD").post("/paniers/offres").then().statusCode(303);
        long offer = QuarkusTransaction.requiringNew().call(() -> BasketOffer.<BasketOffer>find("name", offerName)
                .singleResult().id);
        long scheme = QuarkusTransaction.requiringNew().call(() -> FundingScheme.<FundingScheme>find("name", schemeName)
                .singleResult().id);
        form(referrer).formParam("displayName", household).formParam("peopleCount", "4")
                .formParam("place", place.group().id + ":" + place.relayPoint().id).formParam("structure", "CCAS")
                .formParam("condition", "quotient familial ≤ 1 200 €").formParam("checkedOn", LocalDate.now().toString())
                .post("/orientations").then().statusCode(303);
        long referral = QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>find(
                "householdId in (select h.id from Household h where h.displayName = ?1)", household).singleResult().id);
        form(coordinator).formParam("referralId", referral).formParam("offerId", offer).formParam("schemeId", scheme)
                .formParam("startOn", tomorrow.toString()).post("/paniers/abonnements").then().statusCode(303);
        form(coordinator).formParam("from", tomorrow.toString()).formParam("to", tomorrow.toString())
                .post("/paniers/offres/" + offer + "/planifier").then().statusCode(303);
        return QuarkusTransaction.requiringNew().call(() -> BasketDelivery.<BasketDelivery>find(
                "offerId = ?1 order by deliveryDate", offer).firstResult().id);
    }

    @Test
    void aVolunteerReachesEveryPageOfTheJobFromTheHomePageAndNoLinkIsForbidden() {
        World w = world();
        String volunteer = fixtures.volunteerOf(w.place());
        String closed = "/tournees/" + w.closedId();
        String open = "/tournees/" + w.openId();
        List<String> wanted = List.of(
                open + "/saisie",
                open + "/bon-de-commande?groupId=" + w.place().group().id,
                closed + "/listes",
                closed + "/listes/" + w.slotId() + "/emargement",
                closed + "/listes/" + w.slotId() + "/preparation",
                closed + "/distribution",
                closed + "/distribution/" + w.slotId(),
                "/paniers/livraisons/" + w.deliveryId() + "/retrait/" + w.place().relayPoint().id);

        Set<String> reached = new LinkedHashSet<>();
        List<String> forbidden = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Deque<String[]> toVisit = new ArrayDeque<>();
        toVisit.add(new String[] { "/", "(start)" });
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        while (!toVisit.isEmpty() && reached.size() < 400) {
            String[] next = toVisit.poll();
            Response response = page(volunteer).redirects().follow(false).get(next[0]);
            reached.add(next[0]);
            if (response.statusCode() == 403) {
                forbidden.add(next[0] + " (linked from " + next[1] + ")");
                continue;
            }
            if (response.statusCode() >= 500) {
                broken.add(next[0] + " " + response.statusCode() + " (linked from " + next[1] + ")");
                continue;
            }
            if (!String.valueOf(response.contentType()).startsWith("text/html")) {
                continue;
            }
            Matcher m = HREF.matcher(response.asString());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.matches("/q/.*|.*(logout|deconnexion).*") || !seen.add(link)) {
                    continue;
                }
                toVisit.add(new String[] { link, next[0] });
            }
        }
        assertEquals(List.of(), forbidden, "links shown to a volunteer that answer 403");
        assertEquals(List.of(), broken, "links that fail");
        List<String> missing = wanted.stream().filter(p -> !reached.contains(p)).toList();
        assertEquals(List.of(), missing, "pages of the job a volunteer cannot reach by links from the home page");
    }

    @Test
    void theHomePageShowsEachRoleItsNextAction() {
        World w = world();
        // A household: the open round, its deadline and the way to order.
        String login = "home-" + System.nanoTime() + "@example.org";
        households.registerWithAccount(new HouseholdCommand(Fixtures.unique("Foyer"), 2, null, null,
                w.place().group().id, w.place().relayPoint().id, 2), login, TestAccounts.PASSWORD);
        page(login).get("/").then().statusCode(200)
                .body(containsString("href=\"/commandes/" + w.openId() + "\""))
                .body(containsString("Commandes jusqu&#39;au"))
                .body(containsString("Ce qui vous attend"));
        // A volunteer: the closed round's lists and distribution day, even when no round is open any more.
        String volunteer = fixtures.volunteerOf(w.place());
        page(volunteer).get("/saisie").then().statusCode(200)
                .body(containsString("href=\"/tournees/" + w.closedId() + "/listes\""))
                .body(containsString("href=\"/tournees/" + w.closedId() + "/distribution\""));
        page(volunteer).get("/tournees/" + w.closedId() + "/listes").then().statusCode(200)
                .body(containsString("href=\"/\"")).body(org.hamcrest.Matchers.not(
                        containsString("href=\"/tournees/" + w.closedId() + "\"")));
        // A coordinator: what waits on them, with the page to do it.
        String coordinator = accounts.create(Role.COORDINATOR);
        String home = page(coordinator).get("/").then().statusCode(200).extract().asString();
        assertTrue(home.contains("href=\"/tournees/" + w.closedId() + "/bons-de-commande\""), "purchase orders to send");
        assertTrue(home.contains("href=\"/tournees/" + w.openId() + "/saisie\""), "paper forms of the open round");
    }

    private static RequestSpecification form(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC);
    }

    private static RequestSpecification page(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD);
    }
}
