package org.paniercommun.kernel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

/** A NUL byte or half a surrogate pair is refused with a 400 before the database sees it, and nothing is stored. */
@QuarkusTest
class TextInputTest {

    @Inject
    TestAccounts accounts;

    @Inject
    Fixtures fixtures;

    @Test
    void theRule() {
        assertTrue(TextInput.forbidden("a\u0000b"));
        assertTrue(TextInput.forbidden("a\ud800b"), "a high surrogate alone");
        assertTrue(TextInput.forbidden("\udc00"), "a low surrogate alone");
        assertTrue(TextInput.forbidden("fin\ud83c"), "cut in the middle of an emoji");
        assertFalse(TextInput.forbidden("Épicerie 🍏 « solidaire »"), "accents and emoji are text");
        assertFalse(TextInput.forbidden(null));
        assertTrue(TextInput.invisible("\uFEFF"), "a byte-order mark alone");
        assertTrue(TextInput.invisible("\u200B \u200E"), "zero-width space and a direction mark");
        assertFalse(TextInput.invisible("‮rtl‬"), "letters, even turned around");
    }

    @Test
    void aNameNobodyCanSeeIsRefused() {
        // The fuzz suite made an antenna named "\uFEFF": an empty link on the organisation page.
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body("{\"name\":\"\\uFEFF\"}").post("/api/antennas").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("caractères invisibles"));
    }

    @Test
    void aJsonStringWithANulByteIsAProblemNamingTheField() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = fixtures.place().antenna().id;
        long before = groups();
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body("{\"antennaId\":" + antennaId + ",\"name\":\"a\\u0000b\"}").post("/api/groups").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("« name »")).body("detail", containsString("caractère invalide"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body("{\"antennaId\":" + antennaId + ",\"name\":\"a\\ud800b\"}").post("/api/groups").then()
                .statusCode(400).contentType("application/problem+json");
        assertEquals(before, groups(), "nothing stored");
    }

    @Test
    void aFormFieldOrASearchWithANulByteIsRefused() {
        String coordinator = accounts.create(Role.COORDINATOR);
        long before = groups();
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .formParam("name", "a\u0000b").formParam("town", "Lens").post("/organisation/groupements/nouveau").then().statusCode(400)
                .body(containsString("caractère invalide"));
        assertEquals(before, groups(), "nothing stored");
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).urlEncodingEnabled(false)
                .get("/foyers?q=a%00b").then().statusCode(400).body(containsString("caractère invalide"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).accept(ContentType.JSON)
                .urlEncodingEnabled(false).get("/api/households?q=a%00b").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static long groups() {
        return QuarkusTransaction.requiringNew().call(() -> org.paniercommun.organisation.PurchasingGroup.count());
    }
}
