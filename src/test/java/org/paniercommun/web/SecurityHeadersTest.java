package org.paniercommun.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.round.RoundFixtures;

/** Every response carries the security headers; pages hold no inline script; production hides the API's map. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    RoundFixtures rounds;

    @Inject
    TestAccounts accounts;

    @Test
    void pagesCarryAPolicyWithoutInlineScriptAndAreNeverStored() {
        Response home = given().get("/");
        home.then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .header("Strict-Transport-Security", nullValue());
        String policy = home.header("Content-Security-Policy");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'")
                && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
    }

    @Test
    void apiAnswersAndErrorsToo() {
        given().get("/api/me").then().statusCode(401).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        given().get("/page-qui-n-existe-pas").then().statusCode(404).header("Content-Security-Policy",
                containsString("default-src 'self'"));
    }

    @Test
    void staticFilesMayBeCached() {
        given().get("/css/app.css").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")))
                .header("X-Content-Type-Options", "nosniff");
        given().get("/js/app.js").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void httpsThroughTheProxyAddsHsts() {
        given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }

    @Test
    void aPrintablePageStylesItselfWithTheNonceOfItsOwnPolicy() {
        RoundFixtures.Setup setup = rounds.openRound(null);
        String coordinator = accounts.create(Role.COORDINATOR);
        Response page = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + setup.round().id + "/bon-de-commande?groupId=" + setup.place().group().id);
        page.then().statusCode(200);
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.header("Content-Security-Policy"));
        assertTrue(nonce.find(), page.header("Content-Security-Policy"));
        assertTrue(page.asString().contains("<style nonce=\"" + nonce.group(1) + "\">"), "the page's styles carry it");
        // Another request, another nonce.
        String again = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + setup.round().id + "/bon-de-commande?groupId=" + setup.place().group().id)
                .header("Content-Security-Policy");
        assertFalse(again.contains(nonce.group(1)));
    }

    /** The policy allows no inline script: none in the templates, and no inline event handler. */
    @Test
    void noTemplateHoldsAnInlineScriptOrHandler() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");
        Pattern handler = Pattern.compile("<[^>]+\\son[a-z]+=\"|javascript:", Pattern.CASE_INSENSITIVE);
        Pattern styleAttribute = Pattern.compile("<[^>]+\\sstyle=\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = Path.of("src/main/resources/templates").relativize(file).toString();
                // E-mails and PDFs are not shown by a browser under the policy.
                boolean servedAsPage = !name.startsWith("mail") && !name.startsWith("BasketMail")
                        && !name.endsWith("Pdf.html") && !name.equals("pdf.html");
                String text = Files.readString(file);
                if (inlineScript.matcher(text).find() || handler.matcher(text).find()) {
                    found.add(name + " (script)");
                }
                if (servedAsPage && styleAttribute.matcher(text).find()) {
                    found.add(name + " (style attribute)");
                }
                if (servedAsPage && text.contains("<style>")) {
                    found.add(name + " (<style> without the nonce)");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void productionHidesTheApiDocumentationUnlessAsked() throws IOException {
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod").withSources(
                new PropertiesConfigSource(getClass().getResource("/application.properties"), 250)).build();
        assertEquals(Boolean.FALSE, prod.getValue("quarkus.swagger-ui.enabled", Boolean.class));
        assertEquals(Boolean.FALSE, prod.getValue("quarkus.smallrye-openapi.enabled", Boolean.class));
    }
}
