package org.paniercommun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Media;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.ordering.Order;
import org.paniercommun.round.ClosedRounds;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundFixtures.Setup;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.kernel.Quantities;

/**
 * The pages in a real browser (Debian's Chromium, driven by Playwright): a household orders on a small phone with
 * the quantity buttons, and a volunteer prints a pickup list on A4. What REST Assured cannot see is checked here:
 * the script, the layout at 360 px, the size of what a thumb taps, and the print style sheet.
 */
@QuarkusTest
class PhoneBrowserTest {

    /** A cheap phone's screen, in CSS pixels. */
    private static final int PHONE_WIDTH = 360;
    /** Apple's and Google's guidance for a finger: 44 to 48 CSS px; below 44 people tap the wrong thing. */
    private static final int SMALLEST_TAP = 44;
    /** A4 (210 mm) less the print style sheet's 12 mm margins, in CSS px (96 per inch). */
    private static final int A4_PRINTABLE_WIDTH = (int) Math.floor((210 - 2 * 12) / 25.4 * 96);

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @Inject
    RoundFixtures rounds;

    @Inject
    ClosedRounds closedRounds;

    @Inject
    Fixtures fixtures;

    @Inject
    HouseholdService households;

    @Inject
    TestAccounts accounts;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startBrowser() {
        // The README's test command needs only Java: without Chromium these tests are skipped (CI installs it).
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + ": browser tests skipped");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void phone() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 640)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("fr-FR"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aHouseholdOrdersWithTheQuantityButtonsOnASmallPhone() {
        Setup setup = rounds.openRound(null);
        long lentils = rounds.offerId(setup, 0);
        String login = "phone-" + System.nanoTime() + "@example.org";
        households.registerWithAccount(new HouseholdCommand(Fixtures.unique("Foyer"), 2, null, null,
                setup.place().group().id, setup.place().relayPoint().id, 3), login, TestAccounts.PASSWORD);

        logIn(login);
        page.navigate(url("commandes/" + setup.round().id));
        assertFitsTheScreen();
        assertEveryTapTargetIsBigEnough(".order-form .stepper button, .order-form .stepper input, "
                + ".order-form .order-bar button:not([hidden]), .order-form .quick button, .order-form label.choice");

        String quantity = "#q-" + lentils;
        String plus = "li:has(" + quantity + ") [data-step-up]";
        String minus = "li:has(" + quantity + ") [data-step-down]";
        page.tap(plus);
        assertEquals("1", page.inputValue(quantity), "the first tap goes straight to the minimum of 1 kg");
        page.tap(minus);
        assertEquals("", page.inputValue(quantity), "below the minimum means none");
        page.tap(plus);
        page.tap(plus);
        page.tap(plus);
        page.tap(minus);
        assertEquals("1,5", page.inputValue(quantity), "then steps of 0,5 kg: 1, 1,5, 2, back to 1,5");
        // 1.5 kg at the tier-3 price of 2.73 €: 4.095 €, rounded half up like the server does.
        String liveTotal = normalised(page.textContent("[data-total]"));
        assertEquals("4,10 €", liveTotal);

        assertEquals(liveTotal, normalised(page.textContent("[data-to-pay]")), "without the fund, the total is what is paid");
        page.click(".order-form button[data-send]");
        page.waitForURL(url -> !url.matches(".*/commandes/\\d+$"));
        assertTrue(normalised(page.textContent("main")).contains("Commande envoyée"));
        assertEquals(liveTotal, normalised(page.textContent("main .notice .to-pay")),
                "the total the page showed while typing is the one the server kept");
        long total = QuarkusTransaction.requiringNew().call(() -> Order.<Order>find("round.id", setup.round().id)
                .singleResult().totalCents);
        assertEquals(410, total);
    }

    /**
     * The volunteer follows the page's hint, "tapez la quantité puis Tab": {@code 1 Tab 2 Tab 3} fills the first three
     * products, never a tolerance in between (tolerances come after the list), and the product of number 3 on the
     * paper form, or of a name, is reached from the jump field without a Tab through the others.
     */
    @Test
    void aVolunteerTypesAPaperFormWithTheKeyboardAlone() {
        Setup setup = rounds.openRoundOfThree();
        long lentils = rounds.offerId(setup, 0);
        long flour = rounds.offerId(setup, 1);
        long chickpeas = rounds.offerId(setup, 2);
        long householdId = fixtures.household(setup.place(), "Mme Papier", 1).id;
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale("fr-FR"));
        page = context.newPage();
        logIn(fixtures.volunteerOf(setup.place()));

        page.navigate(url("tournees/" + setup.round().id + "/saisie/" + householdId));
        assertEquals("q-" + flour, page.evaluate("() => document.querySelector('.order-form input:not([type=hidden])').id"),
                "the first field of the form is the first product's quantity");
        page.focus("#q-" + flour);
        page.keyboard().type("1");
        page.keyboard().press("Tab");
        page.keyboard().type("2");
        page.keyboard().press("Tab");
        page.keyboard().type("3");
        assertEquals("q-" + chickpeas, page.evaluate("() => document.activeElement.id"),
                "Tab goes from quantity to quantity, over the + and − buttons and the tolerances");

        // Jump by the number printed on the paper form, then by a part of the name (accents and case ignored).
        page.focus("#aller");
        page.keyboard().type("2");
        page.keyboard().press("Enter");
        assertEquals("q-" + lentils, page.evaluate("() => document.activeElement.id"), "n° 2 is the lentils");
        assertEquals("2", page.inputValue("#q-" + lentils), "jumping reloads nothing: what was typed stays");
        page.focus("#aller");
        page.keyboard().type("POIS");
        page.keyboard().press("Enter");
        assertEquals("q-" + chickpeas, page.evaluate("() => document.activeElement.id"));

        // The tolerances stay reachable with the keyboard, after the quantities.
        page.focus("details.tolerances summary");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertEquals("t-" + flour, page.evaluate("() => document.activeElement.id"),
                "the fold opens, and its first field is the first product's tolerance");
        page.keyboard().type("1");

        page.focus("#q-" + chickpeas);
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("saisie?ok="));
        Map<Long, String> saved = QuarkusTransaction.requiringNew().call(() -> {
            Order order = Order.<Order>find("round.id = ?1 and household.id = ?2", setup.round().id, householdId)
                    .singleResult();
            Map<Long, String> lines = new java.util.TreeMap<>();
            order.lines.forEach(l -> lines.put(l.offer.id, Quantities.format(l.quantity)
                    + (l.tolerance == null || l.tolerance.signum() == 0 ? "" : " +" + Quantities.format(l.tolerance))));
            return lines;
        });
        assertEquals(Map.of(flour, "1 +1", lentils, "2", chickpeas, "3"), saved);
    }

    @Test
    void aPickupListPrintsOnA4WithoutTheMenus() {
        ClosedRounds.Closed closed = closedRounds.closedRound();
        long slotId = QuarkusTransaction.requiringNew().call(() -> RoundSlot.<RoundSlot>find("round.id", closed.roundId())
                .singleResult().id);
        logIn(accounts.create(Role.COORDINATOR));

        page.navigate(url("tournees/" + closed.roundId() + "/listes/" + slotId + "/emargement"));
        assertFitsTheScreen();
        page.setViewportSize(A4_PRINTABLE_WIDTH, 1000);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertEquals(Boolean.TRUE, page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "the list is no wider than an A4 page");
        assertEquals("none", page.evaluate("() => getComputedStyle(document.querySelector('.site-header')).display"),
                "the site's menu is not printed");
        assertTrue((Boolean) page.evaluate("() => document.querySelectorAll('main table tbody tr').length >= 2"),
                "both households are on the list");
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5).equals("%PDF-"), "the browser prints it");
    }

    /**
     * The case decisions ("Colis et réception") on a 1366 px laptop: no table is cut (the Réception column was), the
     * products to decide come before the others, which are folded.
     */
    @Test
    void theCaseDecisionPageFitsALaptopScreen() {
        ClosedRounds.Closed closed = closedRounds.closedRound();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("fr-FR"));
        page = context.newPage();
        logIn(accounts.create(Role.COORDINATOR));
        page.navigate(url("tournees/" + closed.roundId() + "/cloture"));
        assertFitsTheScreen();
        Object cut = page.evaluate("() => Array.from(document.querySelectorAll('main .table-wrap'))"
                + ".filter(w => w.offsetParent !== null && w.scrollWidth > w.clientWidth + 1).length");
        assertEquals(0, ((Number) cut).intValue(), "a table of the closing page scrolls sideways at 1366 px");
        assertEquals(Boolean.FALSE, page.evaluate("() => document.querySelector('#autres-produits').open"),
                "the products without a decision are folded");
    }

    /**
     * Every page a coordinator reaches from the menu, and the pages those link to, fits a 360 px screen: a wide
     * table scrolls inside its own box, the page never scrolls sideways.
     */
    @Test
    void everyPageACoordinatorOpensFitsASmallPhone() {
        ClosedRounds.Closed closed = closedRounds.closedRound();
        logIn(accounts.create(Role.COORDINATOR));
        assertTrue(assertEveryPageFits(60, "", "tournees/" + closed.roundId()) > 40, "the crawl reached the coordinator's pages");
    }

    /** The same for a household (its orders, its household page) and a volunteer (paper forms, lists). */
    @Test
    void everyPageAHouseholdOrAVolunteerOpensFitsASmallPhone() {
        Setup setup = rounds.openRound(null);
        String login = "crawl-" + System.nanoTime() + "@example.org";
        households.registerWithAccount(new HouseholdCommand(Fixtures.unique("Foyer"), 2, null, null,
                setup.place().group().id, setup.place().relayPoint().id, 2), login, TestAccounts.PASSWORD);
        logIn(login);
        assertTrue(assertEveryPageFits(20, "", "commandes/" + setup.round().id) >= 3, "the household's pages");
        context.clearCookies();
        logIn(fixtures.volunteerOf(setup.place()));
        assertTrue(assertEveryPageFits(30, "", "tournees/" + setup.round().id + "/saisie") >= 3, "the volunteer's pages");
    }

    /**
     * Visits the pages linked from the menu and the page content, from {@code starts}, up to {@code limit}, checks
     * that each fits the screen, and answers how many it visited.
     */
    private int assertEveryPageFits(int limit, String... starts) {
        Deque<String> toVisit = new ArrayDeque<>(List.of(starts));
        Set<String> seen = new HashSet<>(toVisit);
        List<String> tooWide = new ArrayList<>();
        int visited = 0;
        while (!toVisit.isEmpty() && visited < limit) {
            String path = toVisit.poll();
            page.navigate(url(path));
            visited++;
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (((Number) overflow).intValue() > 0) {
                tooWide.add("/" + path + " (" + overflow + " px, " + widest() + ")");
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('main a[href], nav a[href]'))"
                    + ".filter(a => !a.hasAttribute('download')).map(a => a.getAttribute('href')).filter(h => h.startsWith('/'))");
            for (String link : links) {
                String next = link.substring(1).replaceAll("#.*", "");
                if (!next.matches("(api|q)/.*|.*(\\.pdf|\\.csv|logout|deconnexion).*") && seen.add(next)) {
                    toVisit.add(next);
                }
            }
        }
        assertEquals(List.of(), tooWide, "pages wider than a 360 px screen");
        return visited;
    }

    private void logIn(String login) {
        page.navigate(url("login"));
        assertFitsTheScreen();
        page.fill("#j_username", login);
        page.fill("#j_password", TestAccounts.PASSWORD);
        page.click("form[action='/j_security_check'] button[type=submit]");
        page.waitForURL(url -> !url.endsWith("/login"));
    }

    private String url(String path) {
        return root.toString() + path;
    }

    /** Nothing sticks out sideways: on a phone that means scrolling left and right to read a line. */
    private void assertFitsTheScreen() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, ((Number) overflow).intValue(), "the page is wider than the screen: " + page.url());
    }

    /** The last element (in document order) that sticks out to the right, outside any scrolling box: the one to fix. */
    private String widest() {
        return (String) page.evaluate("() => { const w = document.documentElement.clientWidth; let found = '';"
                + " const scrolled = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)"
                + " { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };"
                + " document.querySelectorAll('main *').forEach(e => { if (e.getBoundingClientRect().right > w + 1"
                + " && !scrolled(e)) found = e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''); });"
                + " return found; }");
    }

    private void assertEveryTapTargetIsBigEnough(String selector) {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate("([selector, min]) => Array.from(document.querySelectorAll(selector))"
                + ".filter(e => { const r = e.getBoundingClientRect(); return r.height < min || r.width < min; })"
                + ".map(e => e.outerHTML.slice(0, 80) + ' ' + Math.round(e.getBoundingClientRect().width) + 'x'"
                + " + Math.round(e.getBoundingClientRect().height))", List.of(selector, SMALLEST_TAP));
        assertTrue(small.isEmpty(), "too small to tap: " + small);
    }

    /** The browser writes "4,10 €" with a narrow or plain no-break space; the page with a no-break space. */
    private static String normalised(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}
