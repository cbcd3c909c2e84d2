package org.paniercommun.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;

/** Issue 21, point 3: the password rules, on account creation through the API. */
@QuarkusTest
class PasswordRulesTest {

    @Inject
    TestAccounts accounts;

    private RequestSpecification asCoordinator() {
        return given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .contentType(ContentType.JSON);
    }

    private static Map<String, Object> account(String password, String role) {
        return Map.of("login", "r-" + UUID.randomUUID() + "@example.org", "password", password, "roles", List.of(role));
    }

    @Test
    void aCommonPasswordIsRefusedForACoordinator() {
        asCoordinator().body(account("12345678", Role.COORDINATOR)).post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("password"))
                .body("violations[0].message", containsString("au moins 12 caractères"));
        asCoordinator().body(account("123456789012", Role.COORDINATOR)).post("/api/accounts").then().statusCode(400)
                .body("violations[0].message", containsString("fait partie des plus courants"));
        asCoordinator().body(account("Password1234", Role.VOLUNTEER)).post("/api/accounts").then().statusCode(400)
                .body("violations[0].message", containsString("fait partie des plus courants"));
        asCoordinator().body(account("trois-poireaux-bleus", Role.COORDINATOR)).post("/api/accounts").then()
                .statusCode(201);
    }

    @Test
    void householdsNeedEightCharactersAndNoCommonOne() {
        asCoordinator().body(account("iloveyou", Role.HOUSEHOLD)).post("/api/accounts").then().statusCode(400)
                .body("violations[0].message", containsString("fait partie des plus courants"));
        asCoordinator().body(account("blettes7", Role.HOUSEHOLD)).post("/api/accounts").then().statusCode(201);
        asCoordinator().body(account("blettes7", Role.VOLUNTEER)).post("/api/accounts").then().statusCode(400)
                .body("violations[0].message", containsString("au moins 12 caractères pour un compte de l'équipe"));
    }

    @Test
    void aPasswordLongerThanBcryptCanHoldIsRefusedNotCut() {
        String seventyThreeBytes = "a".repeat(71) + "é"; // 71 + 2 bytes
        asCoordinator().body(account(seventyThreeBytes, Role.COORDINATOR)).post("/api/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("password"))
                .body("violations[0].message", containsString("au plus 72 octets"));
    }
}
