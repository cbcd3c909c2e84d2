package org.paniercommun.journey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.paniercommun.journey.JourneyBrowser.fields;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.paniercommun.journey.JourneyBrowser.Person;
import org.paniercommun.mail.MailAssertions;
import org.paniercommun.mail.OutboxSender;

/**
 * A month of solidarity baskets (P.A.N.I.E.R.S.) lived through the pages: a coordinator sets up funders with a
 * monthly envelope, a 50/50 and a 30/40/30 funding scheme and two basket offers; a social referrer refers two
 * households; the coordinator subscribes them (one weekly, one fortnightly with a pause), plans the calendar (the
 * envelope refuses, then the overspending is confirmed), the producer learns the counts by e-mail and writes the
 * week's content, a volunteer ticks the pickup list on a phone, and each funder gets its monthly statement (page,
 * PDF, e-mail). Nothing is made through services or SQL; the accounts of the referrer, the producer and the
 * volunteer are made through the JSON API as the bootstrap admin, as no page makes them yet (issue 21).
 *
 * <p>The calendar is relative to today, so that the month always has baskets already delivered and baskets still
 * to come: both offers are picked up on the weekday of D = today + 2 (inside the producers' 3-day notice, and still
 * in the future if the run crosses midnight), and the subscriptions start four weeks before D. Every amount is
 * checked against sums this class computes from what it typed (its own largest-remainder split of the prices).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BasketMonthJourneyTest {

    private static final String ADMIN = "admin@test.paniercommun.org";
    private static final String ADMIN_PASSWORD = "admin-secret-123";
    private static final String PASSWORD = "un-mot-de-passe-solide";

    @TestHTTPResource("/")
    URL root;

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender sender;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String antenna = "Antenne Paniers " + tag;
    private final String group = "Groupement Liévin " + tag;
    private final String pointA = "Centre social Calonne " + tag;
    private final String pointB = "CCAS Liévin " + tag;
    private final String farm = "Jardins de Cocagne " + tag;
    private final String farmEmail = "cocagne-" + tag + "@exemple.org";
    private final String producerLogin = "maraicher-" + tag + "@exemple.org";
    private final String volunteerLogin = "benevole-paniers-" + tag + "@exemple.org";
    private final String referrerLogin = "referente-" + tag + "@exemple.org";

    private final String ccas = "CCAS de Liévin " + tag;
    private final String ccasEmail = "ccas-" + tag + "@exemple.org";
    private final String state = "État DGCS " + tag;
    private final String agglo = "Agglomération Lens-Liévin " + tag;
    private final String halfHalf = "P.A.N.I.E.R.S. 50/50 " + tag;
    private final String cocagne = "Cocagne 30/40/30 " + tag;
    private final String small = "Petit panier " + tag;
    private final String large = "Grand panier " + tag;
    private final String martin = "Foyer Martin " + tag;
    private final String durand = "Foyer Durand " + tag;

    /** What the coordinator types: basket values, percentages, the envelope. */
    private static final long SMALL_VALUE = 1045;
    private static final long LARGE_VALUE = 1735;
    private static final long ENVELOPE = 1044;
    private static final long RAISED_ENVELOPE = 3000;

    /** The pickup day: two days from now. */
    private final LocalDate today = LocalDate.now();
    private final LocalDate d = today.plusDays(2);
    private final DayOfWeek pickupDay = d.getDayOfWeek();
    private final LocalDate start = d.minusWeeks(4);

    /** The parts as this class splits them (largest remainder, ties to the first listed). */
    private final List<Long> smallParts = split(SMALL_VALUE, 50, 50);
    private final List<Long> largeParts = split(LARGE_VALUE, 30, 40, 30);

    private Person coordinator;
    private Person referrer;
    private long antennaId;
    private long ccasId;
    private long smallOfferId;
    private long largeOfferId;

    @BeforeAll
    void browser() {
        assumeTrue(JourneyBrowser.available(), "Chromium is not installed at " + JourneyBrowser.CHROMIUM + ": journeys skipped");
        coordinator = Person.atDesk("la coordinatrice", root.toString());
    }

    @AfterAll
    void summary() {
        if (coordinator != null) {
            coordinator.close();
            if (referrer != null) {
                referrer.close();
            }
            System.out.println("[journey] BasketMonthJourneyTest: " + JourneyBrowser.summary());
        }
    }

    @Test
    @Order(1)
    void theCoordinatorSetsUpTheAntennaTheRelayStructuresAndTheProducer() {
        coordinator.logIn(ADMIN, ADMIN_PASSWORD)
                .follow("Organisation").follow("Nouvelle antenne")
                .fillByName("form.form", fields("name", antenna, "town", "Liévin", "contactEmail", "contact-" + tag + "@exemple.org"))
                .pressButton("Enregistrer").sees(antenna);
        coordinator.open("/organisation");
        antennaId = Long.parseLong(String.valueOf(coordinator.page.evaluate(
                "name => { const a = Array.from(document.querySelectorAll('main a')).find(a => a.textContent.trim() === name);"
                        + " return a.getAttribute('href').replace(/\\D+/g, ''); }", antenna)));
        coordinator.open("/organisation").follow("Nouveau groupement")
                .fillByName("form.form", fields("antennaId", antenna, "name", group, "town", "Liévin"))
                .pressButton("Enregistrer").sees(group);
        for (String point : List.of(pointA, pointB)) {
            coordinator.open("/organisation/points-relais/nouveau")
                    .fillByName("form.form", fields("groupId", group, "name", point, "address", "3 place de la République, 62800 Liévin",
                            "openingHours", "mardi 16 h – 18 h 30"))
                    .pressButton("Enregistrer");
            // Lists are paged: an install with many places finds the new one by searching.
            coordinator.open("/organisation/points-relais?q=" + point).sees(point);
        }
        coordinator.follow("Catalogue").follow("Producteurs").press("main a[href='/catalogue/producteurs/nouveau']")
                .fillByName("form.form", fields("antennaId", antenna, "name", farm, "email", farmEmail, "town", "Loos-en-Gohelle",
                        "distanceKm", "8"))
                .pressButton("Enregistrer");
        coordinator.fill("#q", farm).press("form[action='/catalogue/producteurs'] button").sees(farm);
        // The accounts, made by the bootstrap admin through the API (the account pages have their own journey).
        createAccount(producerLogin, "Maraîcher " + tag, "PRODUCER");
        long volunteerId = createAccount(volunteerLogin, "Bénévole paniers " + tag, "VOLUNTEER");
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType("application/json")
                .body(List.of(groupId())).put("/api/volunteers/" + volunteerId + "/groups").then().statusCode(200);
        // The referrer works for this antenna (issue 21): she registers the households she refers in its groups.
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType("application/json")
                .body(Map.of("login", referrerLogin, "password", PASSWORD, "displayName", "Référente CCAS " + tag,
                        "roles", List.of("REFERRER"), "antennaIds", List.of(antennaId), "structure", "CCAS de Lens"))
                .post("/api/accounts").then().statusCode(201);
        coordinator.open("/catalogue/producteurs").fill("#q", farm).press("form[action='/catalogue/producteurs'] button").follow(farm)
                .fill("form[action$='/compte'] [name=login]", producerLogin).press("form[action$='/compte'] button");
        assertEquals(producerLogin, coordinator.page.inputValue("form[action$='/compte'] [name=login]"), coordinator.text());
    }

    /** Three funders (the CCAS with an envelope of 10,44 € a month: two small baskets) and the two schemes. */
    @Test
    @Order(2)
    void theCoordinatorAddsFundersAndTwoFundingSchemes() {
        coordinator.follow("Paniers solidaires");
        for (String[] funder : List.of(new String[] {ccas, ccasEmail, euros(ENVELOPE)},
                new String[] {state, "dgcs-" + tag + "@exemple.org", ""}, new String[] {agglo, "agglo-" + tag + "@exemple.org", ""})) {
            coordinator.fillByName("form[action='/paniers/financeurs']", fields("name", funder[0], "email", funder[1], "budget", funder[2]))
                    .press("form[action='/paniers/financeurs'] button[type=submit]")
                    .sees("Financeur ajouté.", funder[0]);
        }
        coordinator.sees(ccas + " " + euros(ENVELOPE));
        ccasId = Long.parseLong(String.valueOf(coordinator.page.evaluate("name => Array.from(document.querySelectorAll('main tr'))"
                + ".find(tr => tr.cells[0] && tr.cells[0].textContent.trim() === name).querySelector('form').getAttribute('action')"
                + ".replace(/\\D+/g, '')", ccas)));

        coordinator.fillByName("form[action='/paniers/formules']", fields("name", halfHalf, "householdPercent", "50",
                        "funder1", ccas, "percent1", "50"))
                .press("form[action='/paniers/formules'] button[type=submit]").sees("Formule créée.", halfHalf);
        // A scheme that does not total 100 % is refused next to the form.
        coordinator.fillByName("form[action='/paniers/formules']", fields("name", cocagne, "householdPercent", "30",
                        "funder1", state, "percent1", "40", "funder2", agglo, "percent2", "20"))
                .press("form[action='/paniers/formules'] button[type=submit]").sees("100 %").doesNotSee("Formule créée.");
        coordinator.fillByName("form[action='/paniers/formules']", fields("name", cocagne, "householdPercent", "30",
                        "funder1", state, "percent1", "40", "funder2", agglo, "percent2", "30"))
                .press("form[action='/paniers/formules'] button[type=submit]").sees("Formule créée.", cocagne);
    }

    /** A small weekly basket at both relay structures, a large fortnightly one at the first. */
    @Test
    @Order(3)
    void theCoordinatorMakesTwoBasketOffersAndAdjustsThem() {
        String form = "form[action='/paniers/offres']";
        coordinator.open("/paniers").fillByName(form, fields("name", small, "size", "PETIT", "value", euros(SMALL_VALUE),
                "producerId", farm, "frequency", "WEEKLY", "pickupDay", pickupDay.name(), "pickupTime", "17 h – 18 h 30",
                "missedRule", "HELD"));
        coordinator.check(form + " label:has-text('" + pointA + "') input").check(form + " label:has-text('" + pointB + "') input")
                .press(form + " button[type=submit]").sees("Offre créée.", small);
        coordinator.fillByName(form, fields("name", large, "size", "GRAND", "value", euros(LARGE_VALUE), "producerId", farm,
                "frequency", "BIWEEKLY", "pickupDay", pickupDay.name(), "pickupTime", "17 h – 18 h 30", "missedRule", "HELD"));
        coordinator.check(form + " label:has-text('" + pointA + "') input")
                .press(form + " button[type=submit]").sees("Offre créée.", large);

        coordinator.follow(small);
        smallOfferId = coordinator.idAfter("/paniers/offres/");
        // The pickup time moves by half an hour (edit form), and a missed small basket goes to a food-aid association.
        coordinator.fill("#f-pickupTime, form[action='/paniers/offres/" + smallOfferId + "'] [name=pickupTime]", "16 h 30 – 18 h")
                .press("form[action='/paniers/offres/" + smallOfferId + "'] button[type=submit]")
                .sees("Offre modifiée", "16 h 30 – 18 h");
        coordinator.fill("form[action$='/non-retires'] select[name=missedRule]", "DONATED")
                .press("form[action$='/non-retires'] button").sees("Règle enregistrée.", "Donné à une association d'aide alimentaire");
        // Closed on D + 14 (a public holiday at the relay structures).
        coordinator.fill("form[action$='/fermetures'] [name=closedOn]", d.plusWeeks(2).toString())
                .fill("form[action$='/fermetures'] [name=reason]", "Jour férié")
                .press("form[action$='/fermetures'] button").sees("Fermeture enregistrée.", day(d.plusWeeks(2)) + " : Jour férié");

        coordinator.open("/paniers").follow(large);
        largeOfferId = coordinator.idAfter("/paniers/offres/");
        // Withdrawn, it takes no new subscription; reinstated, it does again.
        coordinator.press("form[action$='/retrait'] button").sees("Offre retirée", "Retirée");
        coordinator.open("/paniers");
        assertEquals(0, coordinator.page.locator("#offerId option:has-text('" + large + "')").count(), "a withdrawn offer is not offered");
        coordinator.open("/paniers/offres/" + largeOfferId).press("form[action$='/remise-en-service'] button").doesNotSee("Retirée");
        coordinator.open("/paniers");
        assertEquals(1, coordinator.page.locator("#offerId option:has-text('" + large + "')").count());
    }

    /** The social referrer refers two households, registering them at the relay structure, without any document. */
    @Test
    @Order(4)
    void aSocialReferrerRefersTwoHouseholds() {
        referrer = Person.atDesk("la référente sociale", root.toString());
        referrer.logIn(referrerLogin, PASSWORD).follow("Orientations");
        for (String household : List.of(martin, durand)) {
            referrer.fillByName("form[action='/orientations']", fields("displayName", household, "peopleCount", "4",
                            "phone", "0612345678", "place", pointA, "structure", "CCAS de Liévin",
                            "condition", "quotient familial ≤ 1 200 €", "checkedOn", today.toString()))
                    .press("form[action='/orientations'] button[type=submit]")
                    .sees("Foyer orienté.", household, "en attente de la coordination");
        }
    }

    @Test
    @Order(5)
    void theCoordinatorSubscribesThemOneWeeklyOneFortnightlyWithAPause() {
        String form = "form[action='/paniers/abonnements']";
        coordinator.open("/paniers").fillByName(form, fields("referralId", martin, "offerId", small, "schemeId", halfHalf,
                "relayPointId", pointA, "startOn", start.toString())).press(form + " button[type=submit]").sees("Foyer abonné.");
        coordinator.fillByName(form, fields("referralId", durand, "offerId", large, "schemeId", cocagne,
                "relayPointId", pointA, "startOn", start.toString())).press(form + " button[type=submit]").sees("Foyer abonné.");
        // The household's share per basket, split to the cent.
        coordinator.sees(martin + " " + small + " " + halfHalf + " " + euros(smallParts.get(0)));
        coordinator.sees(durand + " " + large + " " + cocagne + " " + euros(largeParts.get(0)));

        // The fortnightly basket pauses over its second date (D − 14).
        String row = "main tr:has(td:text-is('" + durand + "'))";
        coordinator.fill(row + " form[action$='/pause'] [name=fromOn]", d.minusWeeks(2).minusDays(1).toString())
                .fill(row + " form[action$='/pause'] [name=toOn]", d.minusWeeks(2).plusDays(1).toString())
                .fill(row + " form[action$='/pause'] [name=reason]", "Hospitalisation")
                .press(row + " form[action$='/pause'] button").sees("Pause enregistrée.",
                        "pause du " + day(d.minusWeeks(2).minusDays(1)) + " au " + day(d.minusWeeks(2).plusDays(1)));

        // The referrer sees the subscriptions of the households she referred, and notes a pause between two dates.
        referrer.open("/orientations").sees(small, euros(smallParts.get(0)), large, euros(largeParts.get(0)));
        String mine = "main tr:has(td:text-is('" + martin + "'))";
        referrer.fill(mine + " form[action$='/pause'] [name=fromOn]", d.plusDays(1).toString())
                .fill(mine + " form[action$='/pause'] [name=toOn]", d.plusDays(3).toString())
                .fill(mine + " form[action$='/pause'] [name=reason]", "Rendez-vous")
                .press(mine + " form[action$='/pause'] button").sees("Pause enregistrée.", "pause du " + day(d.plusDays(1)));
    }

    /**
     * The small offer's plan from the start to D + 21 costs the CCAS 5,22 € a basket, more than its 10,44 € in at
     * least one month: refused, previewed with what remains, then confirmed explicitly. The large one has no envelope.
     */
    @Test
    @Order(6)
    void theCoordinatorPlansTheCalendarAndConfirmsAnOverspentEnvelope() {
        String plan = "form[action$='/planifier']";
        coordinator.open("/paniers/offres/" + smallOfferId)
                .fill(plan + " [name=from]", start.toString()).fill(plan + " [name=to]", d.plusWeeks(3).toString())
                .press(plan + " button[name=preview]");
        List<LocalDate> smallPlanned = smallDates(true);
        coordinator.sees("Aperçu du " + day(start) + " au " + day(d.plusWeeks(3)) + " : " + baskets(smallPlanned.size()) + " à ajouter",
                ": dépassement");
        coordinator.press(plan + " button:not([name=preview])")
                .sees("Enveloppe dépassée", ccas, "sur " + euros(ENVELOPE));
        coordinator.check(plan + " [name=overrideBudget]").press(plan + " button:not([name=preview])")
                .sees(baskets(smallPlanned.size()) + (smallPlanned.size() >= 2 ? " planifiés." : " planifié."));
        for (LocalDate date : smallPlanned) {
            coordinator.sees(label(date));
        }

        coordinator.open("/paniers/offres/" + largeOfferId)
                .fill(plan + " [name=from]", start.toString()).fill(plan + " [name=to]", d.plusWeeks(3).toString())
                .press(plan + " button:not([name=preview])").sees(baskets(largeDates(true).size()) + (largeDates(true).size() >= 2 ? " planifiés." : " planifié."));
        coordinator.doesNotSee(label(d.minusWeeks(2)));

        // Two subscriptions end early: the referrer's household moves away (from D + 21), the coordinator stops the
        // fortnightly one from D + 14. The baskets planned on those days are withdrawn.
        String mine = "main tr:has(td:text-is('" + martin + "'))";
        referrer.open("/orientations").fill(mine + " form[action$='/arret'] [name=on]", d.plusWeeks(3).toString())
                .fill(mine + " form[action$='/arret'] [name=reason]", "Déménagement")
                .press(mine + " form[action$='/arret'] button").sees("Abonnement arrêté.");
        String row = "main tr:has(td:text-is('" + durand + "'))";
        coordinator.open("/paniers").fill(row + " form[action$='/arret'] [name=on]", d.plusWeeks(2).toString())
                .fill(row + " form[action$='/arret'] [name=reason]", "Fin de l'accompagnement")
                .press(row + " form[action$='/arret'] button").sees("Abonnement arrêté.", "Arrêté le " + day(d.plusWeeks(2)));
        // A date left without any basket leaves the calendar (the journey found it kept with 0 baskets).
        coordinator.open("/paniers/offres/" + smallOfferId).doesNotSee(label(d.plusWeeks(3))).sees(label(d.plusWeeks(1)));
        coordinator.open("/paniers/offres/" + largeOfferId).doesNotSee(label(d.plusWeeks(2))).sees(label(d));
    }

    /** The calendar of the coming weeks, the week's content, the producer's counts by e-mail and its own page. */
    @Test
    @Order(7)
    void theProducerLearnsTheCountsAndWritesTheWeeksContent() {
        coordinator.open("/paniers").sees(label(d) + " " + small + " 1 " + pointA + " : 1", label(d) + " " + large + " 1 " + pointA + " : 1",
                label(d.plusWeeks(1)) + " " + small + " 1");
        coordinator.open("/paniers/offres/" + smallOfferId).follow(label(d));
        coordinator.fill("#content", "Poireaux, carottes, pommes de terre, une courge")
                .fill("#recipe", "Velouté de courge : faire revenir le poireau, ajouter la courge et les pommes de terre.")
                .press("form[action$='/contenu'] button").sees("Contenu et recette enregistrés.");
        assertEquals("Poireaux, carottes, pommes de terre, une courge", coordinator.page.inputValue("#content"));

        coordinator.open("/paniers").press("form[action='/paniers/livraisons/notifier'] button").sees("aux producteurs.");
        sender.sendDue();
        List<Mail> mails = MailAssertions.awaitMails(mailbox, farmEmail, 2);
        String all = String.join("\n", mails.stream().map(Mail::getText).toList());
        assertTrue(all.contains(small) && all.contains(large) && all.contains(pointA + " : 1") && all.contains(label(d)), all);
        assertTrue(!all.contains(label(d.plusWeeks(1))), "only the deliveries of the next 3 days: " + all);
        coordinator.open("/paniers/offres/" + smallOfferId).follow(label(d)).sees("producteur prévenu");

        Person producer = Person.onPhone("le maraîcher", root.toString());
        producer.logIn(producerLogin, PASSWORD).open("/producteur/paniers")
                .sees(label(d) + " — " + small, label(d) + " — " + large);
        // This month for the producer: the baskets delivered so far, paid at their full value, and those still to come.
        YearMonth thisMonth = YearMonth.from(today);
        int delivered = 0;
        int toCome = 0;
        long deliveredCents = 0;
        long toComeCents = 0;
        for (LocalDate date : smallDates(false)) {
            if (YearMonth.from(date).equals(thisMonth)) {
                delivered += date.isAfter(today) ? 0 : 1;
                toCome += date.isAfter(today) ? 1 : 0;
                deliveredCents += date.isAfter(today) ? 0 : SMALL_VALUE;
                toComeCents += date.isAfter(today) ? SMALL_VALUE : 0;
            }
        }
        for (LocalDate date : largeDates(false)) {
            if (YearMonth.from(date).equals(thisMonth)) {
                delivered += date.isAfter(today) ? 0 : 1;
                toCome += date.isAfter(today) ? 1 : 0;
                deliveredCents += date.isAfter(today) ? 0 : LARGE_VALUE;
                toComeCents += date.isAfter(today) ? LARGE_VALUE : 0;
            }
        }
        producer.sees(baskets(delivered) + (delivered >= 2 ? " livrés" : " livré") + " jusqu'ici, payés à leur valeur pleine : " + euros(deliveredCents) + " €");
        if (toCome > 0) {
            producer.sees(baskets(toCome) + " encore à livrer ce mois-ci, pour " + euros(toComeCents) + " €.");
        }
        String smallSection = "section:has(h2:has-text('" + label(d) + " — " + small + "'))";
        assertEquals("Poireaux, carottes, pommes de terre, une courge", producer.page.inputValue(smallSection + " [name=content]"),
                "the producer reads the content the coordinator wrote");
        String largeForm = "section:has(h2:has-text('" + label(d) + " — " + large + "')) form";
        producer.fill(largeForm + " [name=content]", "Chou rouge, betteraves, oignons, persil")
                .fill(largeForm + " [name=recipe]", "Salade de betteraves au persil.")
                .press(largeForm + " button").sees("Contenu et recette enregistrés.");
        producer.close();
        coordinator.open("/paniers/offres/" + largeOfferId).follow(label(d));
        assertEquals("Chou rouge, betteraves, oignons, persil", coordinator.page.inputValue("#content"));
        assertEquals("Salade de betteraves au persil.", coordinator.page.inputValue("#recipe"));
    }

    /**
     * A volunteer on a phone opens the pickup lists of last week's small basket and of the first large basket (by
     * address: a coordinator sends it, no page of a volunteer links to it yet) and ticks them: Mme Martin takes hers and
     * pays her share in cash, the Durands do not come. The PDF reads the same.
     */
    @Test
    @Order(8)
    void aVolunteerTicksThePickupListsOnAPhone() throws Exception {
        long lastWeek = deliveryId(smallOfferId, d.minusWeeks(1));
        long firstLarge = deliveryId(largeOfferId, start);
        // The relay structure's list, as the coordinator's delivery page links to it.
        coordinator.open("/paniers/livraisons/" + lastWeek);
        String screen = coordinator.page.getAttribute("main tr:has(td:text-is('" + pointA + "')) a[href*='/retrait/']", "href");
        long relay = Long.parseLong(screen.replaceAll("^.*/retrait/(\\d+)$", "$1"));

        Person volunteer = Person.onPhone("la bénévole", root.toString());
        volunteer.logIn(volunteerLogin, PASSWORD).open("/paniers/livraisons/" + lastWeek + "/retrait/" + relay)
                .sees(martin, euros(smallParts.get(0)));
        String row = "main tr:has(td:has-text('" + martin + "'))";
        volunteer.fill(row + " [name=paid]", euros(smallParts.get(0))).fill(row + " [name=paymentMethod]", "CASH")
                .press(row + " button[value=COLLECTED]").sees("Panier noté.");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf(volunteer))) {
            text = pdfText(document);
        }
        assertTrue(text.contains(martin) && text.contains(small) && text.contains("Retiré")
                && text.contains(euros(smallParts.get(0)) + " €"), text);
        assertTrue(text.contains("Donné à une association d'aide alimentaire"), "the offer's rule is printed: " + text);

        volunteer.open("/paniers/livraisons/" + firstLarge + "/retrait/" + relay);
        String durandRow = "main tr:has(td:has-text('" + durand + "'))";
        // "Non retiré" in the same form as the share filled in for "Retiré": the basket is noted missed, not refused as
        // paid (the journey found it refused with "Un panier non retiré n'est pas payé.").
        volunteer.press(durandRow + " button[value=MISSED]").sees("Panier noté.", "Non retiré")
                .doesNotSee("Un panier non retiré n'est pas payé.");
        volunteer.close();

        coordinator.open("/paniers/livraisons/" + lastWeek).sees(pointA + " 1 1 0");
        coordinator.open("/paniers/livraisons/" + firstLarge).sees(pointA + " 1 0 1");
    }

    /**
     * The CCAS's statement of each month the baskets touch: the delivered baskets (dated today or before) are what it
     * pays; those still to come are shown apart, not billed; the envelope of 10,44 € is flagged where it was overspent.
     * The envelope is then raised to 30,00 € and the statement says what remains.
     */
    @Test
    @Order(9)
    void theFundersMonthlyStatementSeparatesDeliveredFromPlannedAndFlagsTheEnvelope() throws Exception {
        TreeSet<YearMonth> months = new TreeSet<>();
        smallDates(false).forEach(date -> months.add(YearMonth.from(date)));
        coordinator.open("/paniers");
        coordinator.press("main a[href^='/paniers/financeurs/" + ccasId + "/releve?']");
        for (YearMonth month : months) {
            coordinator.fill("input[name=mois]", month.toString()).pressButton("Afficher");
            checkStatement(month, ENVELOPE);
        }

        coordinator.open("/paniers").fill("form[action='/paniers/financeurs/" + ccasId + "/enveloppe'] [name=budget]",
                        euros(RAISED_ENVELOPE))
                .press("form[action='/paniers/financeurs/" + ccasId + "/enveloppe'] button")
                .sees("Enveloppe enregistrée.", ccas + " " + euros(RAISED_ENVELOPE));
        YearMonth thisMonth = YearMonth.from(d);
        coordinator.open("/paniers/financeurs/" + ccasId + "/releve?mois=" + thisMonth);
        checkStatement(thisMonth, RAISED_ENVELOPE);

        // The PDF says the same.
        String text;
        try (PDDocument document = Loader.loadPDF(pdf(coordinator))) {
            text = pdfText(document);
        }
        int delivered = count(thisMonth, true);
        int planned = count(thisMonth, false);
        assertTrue(text.contains(euros(delivered * smallParts.get(1)) + " €"), text);
        assertTrue(planned == 0 || text.contains("pas encore livrés"), text);

        // The statement goes to the funder by e-mail, its PDF attached.
        coordinator.pressButton("Envoyer au financeur").sees("Relevé envoyé", ccasEmail);
        sender.sendDue();
        Mail mail = MailAssertions.awaitMails(mailbox, ccasEmail, 1).get(0);
        assertTrue(mail.getSubject().contains(ccas) || mail.getSubject().contains("Relevé"), mail.getSubject());
        assertEquals(1, mail.getAttachments().size(), "the statement's PDF is attached");
        assertTrue(mail.getAttachments().get(0).getName().endsWith(".pdf"), mail.getAttachments().get(0).getName());
        try (PDDocument document = Loader.loadPDF(attachment(mail))) {
            String attached = pdfText(document);
            assertTrue(attached.contains(ccas) && attached.contains(euros(delivered * smallParts.get(1)) + " €"), attached);
        }
    }

    /** Every form of the basket pages was sent by this journey. */
    @Test
    @Order(10)
    void everyBasketFormWasSent() throws Exception {
        FormCoverage.assertEverySent("BasketMonthJourneyTest", FormCoverage.BASKETS);
    }

    /** A date as a French reader reads it: "mercredi 23 décembre 2026", "mardi 1er décembre 2026" (this class's own). */
    private static String day(LocalDate date) {
        String weekday = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRANCE);
        String month = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRANCE);
        return weekday + " " + (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + month + " "
                + date.getYear();
    }

    /** "1 panier", "7 paniers". */
    private static String baskets(long count) {
        return count + (count >= 2 ? " paniers" : " panier");
    }

    // ---- what the statement must say, from this class's own sums ----

    private void checkStatement(YearMonth month, long envelope) {
        int delivered = count(month, true);
        int planned = count(month, false);
        long funderPart = smallParts.get(1);
        coordinator.sees(ccas, "Total livré " + delivered + " " + euros(delivered * SMALL_VALUE) + " €" + " "
                + euros(delivered * funderPart) + " €");
        for (LocalDate date : smallDates(false)) {
            if (YearMonth.from(date).equals(month) && date.isAfter(today)) {
                coordinator.sees("Paniers planifiés, pas encore livrés");
            }
        }
        if (planned > 0) {
            coordinator.sees("Total planifié " + planned + " " + euros(planned * SMALL_VALUE) + " €" + " "
                    + euros(planned * funderPart) + " €");
        } else {
            coordinator.doesNotSee("Total planifié");
        }
        long used = (delivered + planned) * funderPart;
        if (used > envelope) {
            coordinator.sees("Enveloppe dépassée de " + euros(used - envelope) + " €");
        } else {
            coordinator.doesNotSee("Enveloppe dépassée").sees("reste " + euros(envelope - used) + " €");
        }
    }

    /** The small baskets of the month, delivered (dated today or before) or still to come. */
    private int count(YearMonth month, boolean delivered) {
        return (int) smallDates(false).stream().filter(date -> YearMonth.from(date).equals(month))
                .filter(date -> delivered != date.isAfter(today)).count();
    }

    /**
     * Mme Martin's small baskets: weekly from the start, without D + 14 (closed) and, once her subscription is
     * stopped, without D + 21. Her pause (D + 1 to D + 3) holds no date.
     */
    private List<LocalDate> smallDates(boolean beforeStop) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = start; !date.isAfter(d.plusWeeks(3)); date = date.plusWeeks(1)) {
            if (!date.equals(d.plusWeeks(2)) && (beforeStop || !date.equals(d.plusWeeks(3)))) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** The Durands' large baskets: every two weeks from the start, without D − 14 (paused), then D + 14 (stopped). */
    private List<LocalDate> largeDates(boolean beforeStop) {
        List<LocalDate> dates = new ArrayList<>(List.of(start, d));
        if (beforeStop) {
            dates.add(d.plusWeeks(2));
        }
        return dates;
    }

    // ---- helpers ----

    private long deliveryId(long offerId, LocalDate date) {
        coordinator.open("/paniers/offres/" + offerId).follow(label(date));
        return coordinator.idAfter("/paniers/livraisons/");
    }

    private long groupId() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).queryParam("antennaId", antennaId).get("/api/groups")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.name == '" + group + "' }.id");
    }

    private long createAccount(String login, String displayName, String role) {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType("application/json")
                .body(Map.of("login", login, "password", PASSWORD, "displayName", displayName, "roles", List.of(role)))
                .post("/api/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String label(LocalDate date) {
        return day(date);
    }

    /** "5,23": cents as typed in a French form (the pages add " €"). */
    private static String euros(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + String.format(Locale.FRANCE, "%d,%02d", abs / 100, abs % 100);
    }

    /** This class's own split: floor of each share, then the cents left to the largest remainders, ties to the first. */
    static List<Long> split(long value, int... percents) {
        List<Long> parts = new ArrayList<>();
        TreeMap<Long, List<Integer>> byRemainder = new TreeMap<>(java.util.Comparator.reverseOrder());
        long given = 0;
        for (int i = 0; i < percents.length; i++) {
            parts.add(value * percents[i] / 100);
            given += value * percents[i] / 100;
            byRemainder.computeIfAbsent(value * percents[i] % 100, k -> new ArrayList<>()).add(i);
        }
        long left = value - given;
        for (List<Integer> payers : byRemainder.values()) {
            for (int i : payers) {
                if (left-- > 0) {
                    parts.set(i, parts.get(i) + 1);
                }
            }
        }
        return parts;
    }

    /**
     * The PDF behind the page's "PDF" link, fetched with the person's session (Chromium shows an inline PDF rather
     * than downloading it).
     */
    private static byte[] pdf(Person person) {
        String href = person.page.getAttribute("main a:text-is('PDF')", "href");
        com.microsoft.playwright.APIResponse response = person.page.request().get(person.url(href));
        assertTrue(response.ok(), href + " answered " + response.status());
        assertEquals("application/pdf", response.headers().get("content-type"), href);
        return response.body();
    }

    /** A PDF's text with its line breaks made spaces (a long line of the page may wrap). */
    private static String pdfText(PDDocument document) throws java.io.IOException {
        return JourneyBrowser.plain(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
    }

    private static byte[] attachment(Mail mail) {
        List<Byte> data = io.smallrye.mutiny.Multi.createFrom().publisher(mail.getAttachments().get(0).getData()).collect().asList()
                .await().indefinitely();
        byte[] bytes = new byte[data.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data.get(i);
        }
        return bytes;
    }
}
