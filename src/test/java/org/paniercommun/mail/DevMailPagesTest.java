package org.paniercommun.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

/**
 * The dev-mode page of e-mails (/dev/courriels), built here with the switch the dev profile sets
 * ({@code %dev.panier.dev-mails.enabled=true}); {@link DevMailPagesAbsentTest} checks a build without it has no page.
 */
@QuarkusTest
@TestProfile(DevMailPagesTest.DevMails.class)
class DevMailPagesTest {

    public static class DevMails implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("panier.dev-mails.enabled", "true", "panier.outbox.interval", "off");
        }
    }

    @Inject
    OutboxTestSupport support;

    @Inject
    TestAccounts accounts;

    @Test
    void aCoordinatorSeesTheEmailsTheAppWouldHaveSent() {
        String subject = Fixtures.unique("Votre commande de janvier");
        support.enqueue("zoe@test.paniercommun.org", subject);
        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .get("/dev/courriels").then().statusCode(200)
                .body(containsString("E-mails envoyés (mode dev)"))
                .body(containsString(subject))
                .body(containsString("zoe@test.paniercommun.org"));
        given().auth().preemptive().basic(accounts.create(Role.HOUSEHOLD), TestAccounts.PASSWORD)
                .get("/dev/courriels").then().statusCode(403);
    }
}
