package org.paniercommun.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A real browser (Debian's Chromium, driven by Playwright) shared by the journey tests, and the people who use it.
 * Each person has a browser context of their own (cookies, screen size); every page they open is checked by axe-core
 * once per kind of page, every field they fill and button they press on a phone must lie inside the screen, and
 * every form they send is written down for {@link FormCoverageTest}.
 */
final class JourneyBrowser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** A cheap phone's screen, in CSS pixels. */
    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;

    /** Forms sent by any journey in this JVM: "POST /tournees/12/cloture/valider". */
    static final Set<String> SUBMITTED = ConcurrentHashMap.newKeySet();
    /** Pages checked by axe, by kind of page (numbers replaced), with the moderate and minor findings. */
    static final Map<String, List<String>> AXE_CHECKED = new ConcurrentHashMap<>();
    /** axe impacts that fail a journey: a person using a screen reader or a keyboard cannot get through. */
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static Playwright playwright;
    private static Browser browser;

    private JourneyBrowser() {
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
        return browser;
    }

    /** What the journeys did, printed at the end of each journey class. */
    static String summary() {
        Map<String, Integer> byImpact = new TreeMap<>();
        AXE_CHECKED.values().forEach(findings -> findings.forEach(f -> byImpact.merge(f.substring(0, f.indexOf(':')), 1, Integer::sum)));
        return "pages axe-checked: " + AXE_CHECKED.size() + ", findings below 'serious' by impact: " + byImpact
                + ", forms submitted: " + SUBMITTED.size();
    }

    /** One person at one screen: a phone (360×740, touch) or a desk computer (1366×768). */
    static final class Person {

        final String name;
        final boolean phone;
        final BrowserContext context;
        final Page page;
        private final String root;

        private final List<String> browserErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

        private Person(String name, String root, boolean phone) {
            this.name = name;
            this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
            this.phone = phone;
            Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("fr-FR").setAcceptDownloads(true);
            if (phone) {
                options.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true);
            } else {
                options.setViewportSize(1366, 768);
            }
            this.context = browser().newContext(options);
            this.page = context.newPage();
            page.setDefaultTimeout(15_000);
            // What the Content-Security-Policy blocks, and any script error, fails the step that caused it.
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy") || message.text().startsWith("Refused to")) {
                    browserErrors.add(message.text());
                }
            });
            page.onPageError(error -> browserErrors.add("script error: " + error));
            // A form is counted when the page sends it (the submit event), not when an address merely looks like its target.
            context.exposeBinding("journeyFormSent", (source, args) -> {
                SUBMITTED.add(args[0] + " " + args[1]);
                return null;
            });
            context.addInitScript("document.addEventListener('submit', e => { const f = e.target;"
                    + " window.journeyFormSent((f.getAttribute('method') || 'get').toUpperCase(),"
                    + " new URL(f.getAttribute('action') || location.href, location.href).pathname); }, true);");
        }

        static Person onPhone(String name, String root) {
            return new Person(name, root, true);
        }

        static Person atDesk(String name, String root) {
            return new Person(name, root, false);
        }

        void close() {
            context.close();
        }

        String url(String path) {
            return root + (path.startsWith("/") ? path : "/" + path);
        }

        /** Opens a page by its address, as a bookmark or a link in an e-mail would. */
        Person open(String path) {
            Response response = page.navigate(url(path));
            assertTrue(response.ok(), name + ": " + path + " answered " + response.status() + "\n" + text());
            checkAccessibility();
            return this;
        }

        Person logIn(String login, String password) {
            open("/login");
            fill("#j_username", login);
            fill("#j_password", password);
            press("form[action='/j_security_check'] button[type=submit]");
            assertTrue(!page.url().contains("/login"), name + " could not log in: " + text());
            return this;
        }

        void logOut() {
            openMenuFor(page.locator("form[action='/logout'] button").first());
            press("form[action='/logout'] button");
        }

        /** Follows a link whose text is given, inside the page's main part or the menu. */
        Person follow(String linkText) {
            Locator links = page.locator("main a, nav a, header a").filter(new Locator.FilterOptions().setHasText(linkText));
            assertTrue(links.count() > 0, name + " finds no link \"" + linkText + "\" on " + page.url() + "\n" + text());
            Locator link = links.first();
            for (int i = 0; i < links.count(); i++) {
                if (links.nth(i).isVisible()) {
                    link = links.nth(i);
                    break;
                }
            }
            openMenuFor(link);
            usable(link, "link \"" + linkText + "\"");
            link.click();
            page.waitForLoadState();
            checkAccessibility();
            return this;
        }

        Person fill(String selector, String value) {
            Locator field = page.locator(selector).first();
            usable(field, selector);
            if ("select".equals(field.evaluate("e => e.tagName.toLowerCase()"))) {
                // By value, or by the option whose label holds the text (labels often add the antenna or the town).
                Object option = field.evaluate("(select, wanted) => { const o = Array.from(select.options).find(o => o.value === wanted)"
                        + " || Array.from(select.options).find(o => o.textContent.trim() === wanted)"
                        + " || Array.from(select.options).find(o => o.textContent.includes(wanted)); return o ? o.value : null; }", value);
                assertTrue(option != null, name + " finds no choice \"" + value + "\" in " + selector + " on " + page.url());
                field.selectOption(String.valueOf(option));
            } else {
                field.fill(value);
            }
            return this;
        }

        /** Fills the fields of the form that holds {@code within}, by their names. */
        Person fillByName(String within, Map<String, String> values) {
            values.forEach((name, value) -> fill(within + " [name='" + name + "']", value));
            return this;
        }

        Person check(String selector) {
            Locator box = page.locator(selector).first();
            usable(box, selector);
            box.check();
            return this;
        }

        /** Presses a button (or anything clickable) and waits for the page it leads to. */
        Person press(String selector) {
            Locator button = page.locator(selector).first();
            usable(button, selector);
            button.click();
            page.waitForLoadState();
            checkAccessibility();
            return this;
        }

        /** Presses the submit button whose text is given. */
        Person pressButton(String text) {
            Locator button = page.locator("button, input[type=submit]").filter(new Locator.FilterOptions().setHasText(text)).first();
            assertTrue(button.count() > 0, name + " finds no button \"" + text + "\" on " + page.url() + "\n" + text());
            usable(button, "button \"" + text + "\"");
            button.click();
            page.waitForLoadState();
            checkAccessibility();
            return this;
        }

        /** Presses a button inside the element matching {@code within} (a form, a row). */
        Person pressButtonIn(String within, String text) {
            return press(within + " button:has-text(\"" + text + "\")");
        }

        Download download(String linkText) {
            Locator link = page.locator("main a").filter(new Locator.FilterOptions().setHasText(linkText)).first();
            assertTrue(link.count() > 0, name + " finds no link \"" + linkText + "\" on " + page.url());
            return page.waitForDownload(link::click);
        }

        /** On a phone the menu is folded under its "Menu" button: a person taps it first (layout.html). */
        private void openMenuFor(Locator element) {
            if (!element.isVisible() && ((Boolean) element.evaluate("e => !!e.closest('details.menu:not([open])')"))) {
                Locator toggle = page.locator("details.menu > summary").first();
                usable(toggle, "menu button");
                toggle.click();
            }
        }

        /** The readable text of the page's main part, spaces made plain. */
        String text() {
            Locator main = page.locator("main");
            return plain(main.count() > 0 ? main.first().innerText() : page.locator("body").innerText());
        }

        Person sees(String... texts) {
            String text = text();
            for (String expected : texts) {
                assertTrue(text.contains(expected), name + " expected \"" + expected + "\" on " + page.url() + "\n" + text);
            }
            return this;
        }

        Person doesNotSee(String... texts) {
            String text = text();
            for (String unexpected : texts) {
                assertTrue(!text.contains(unexpected), name + " did not expect \"" + unexpected + "\" on " + page.url() + "\n" + text);
            }
            return this;
        }

        String path() {
            return URI.create(page.url()).getPath();
        }

        /** The number in the address after {@code prefix}: "/tournees/12/..." and "/tournees/" give 12. */
        long idAfter(String prefix) {
            String path = path();
            int at = path.indexOf(prefix);
            assertTrue(at >= 0, "no " + prefix + " in " + path);
            String rest = path.substring(at + prefix.length());
            return Long.parseLong(rest.replaceAll("^(\\d+).*$", "$1"));
        }

        Person with(Consumer<Page> action) {
            action.accept(page);
            return this;
        }

        /**
         * What a person touches must be on the screen: on a phone, a field or button lying right of the screen's edge
         * (a table wider than the phone, a fixed-width box) is one they never find.
         */
        private void usable(Locator element, String what) {
            try {
                element.waitFor();
            } catch (com.microsoft.playwright.TimeoutError e) {
                fail(name + " finds no " + what + " on " + page.url() + "\n" + text());
            }
            if (!phone) {
                return;
            }
            element.scrollIntoViewIfNeeded();
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) element.evaluate("e => { const r = e.getBoundingClientRect();"
                    + " let left = r.left, right = r.right; for (let p = e.parentElement; p; p = p.parentElement)"
                    + " { left += p.scrollLeft; right += p.scrollLeft; }"
                    + " const cell = e.closest('td, th'); const c = cell ? cell.getBoundingClientRect() : r;"
                    + " let cl = c.left, cr = c.right; for (let p = cell ? cell.parentElement : null; p; p = p.parentElement)"
                    + " { cl += p.scrollLeft; cr += p.scrollLeft; }"
                    + " return { left: Math.min(left, cl), right: Math.max(right, cr), width: document.documentElement.clientWidth }; }");
            double left = ((Number) box.get("left")).doubleValue();
            double right = ((Number) box.get("right")).doubleValue();
            double width = ((Number) box.get("width")).doubleValue();
            if (left < -1 || right > width + 1) {
                fail(name + ": " + what + " lies outside the " + PHONE_WIDTH + " px screen (" + Math.round(left) + " to "
                        + Math.round(right) + " px) on " + page.url());
            }
        }

        /** axe-core on each kind of page once: serious and critical violations fail, the others are printed. */
        private void checkAccessibility() {
            assertEquals(List.of(), List.copyOf(browserErrors), name + " on " + page.url()
                    + ": the browser refused or failed something");
            String contentType = String.valueOf(page.evaluate("() => document.contentType"));
            if (!contentType.equals("text/html")) {
                return;
            }
            String kind = (phone ? "phone " : "desk ") + URI.create(page.url()).getPath().replaceAll("/\\d+", "/{id}");
            if (AXE_CHECKED.containsKey(kind)) {
                return;
            }
            AxeResults results = new AxeBuilder(page).analyze();
            List<String> blocking = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (Rule rule : results.getViolations()) {
                String line = rule.getImpact() + ": " + rule.getId() + " (" + rule.getHelp() + ") × " + rule.getNodes().size()
                        + ", first: " + rule.getNodes().get(0).getHtml();
                (BLOCKING_IMPACTS.contains(rule.getImpact()) ? blocking : others).add(line);
            }
            AXE_CHECKED.put(kind, others);
            others.forEach(line -> System.out.println("[axe] " + kind + " " + line));
            assertEquals(List.of(), blocking, "axe-core: serious or critical violations on " + page.url());
        }
    }

    /** Spaces the browser writes in amounts ("4,10 €" with a narrow no-break space) made plain. */
    static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
    }

    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
