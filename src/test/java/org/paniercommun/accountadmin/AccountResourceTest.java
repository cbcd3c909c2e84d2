package org.paniercommun.accountadmin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

@QuarkusTest
class AccountResourceTest {

    @Inject
    TestAccounts accounts;

    private RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    @Test
    void coordinatorCreatesAVolunteerWhoCanThenLogIn() {
        String coordinator = accounts.create(Role.COORDINATOR);
        String login = "Benevole-" + UUID.randomUUID() + "@Example.org";
        as(coordinator).body(Map.of("login", login, "password", "un-mot-de-passe",
                        "displayName", "Nadia", "roles", List.of(Role.VOLUNTEER)))
                .post("/api/accounts").then().statusCode(201)
                .header("Location", containsString("/api/accounts/"))
                .body("login", equalTo(login.toLowerCase()))
                .body("roles", containsInAnyOrder(Role.VOLUNTEER))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));

        given().auth().preemptive().basic(login.toLowerCase(), "un-mot-de-passe")
                .get("/api/me").then().statusCode(200).body("roles", hasItem(Role.VOLUNTEER));
    }

    @Test
    void volunteerIsForbiddenToCreateAccounts() {
        String volunteer = accounts.create(Role.VOLUNTEER);
        as(volunteer).body(Map.of("login", "x@example.org", "password", "un-mot-de-passe",
                        "roles", List.of(Role.COORDINATOR)))
                .post("/api/accounts").then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Accès refusé"));
    }

    @Test
    void anonymousCannotListAccounts() {
        given().get("/api/accounts").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsA400Problem() {
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).body("{\"login\": \"a@b.c\", \"password\": ")
                .post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Requête illisible"))
                .body("detail", containsString("JSON"));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).body("{\"login\": \"a@b.c\", \"password\": \"12345678\", \"roles\": {\"x\": 1}}")
                .post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("roles"));
    }

    @Test
    void invalidFieldsAreListedWithFrenchMessages() {
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).body(Map.of("login", "", "password", "court", "roles", List.of()))
                .post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Données invalides"))
                .body("violations.field", containsInAnyOrder("login", "password", "roles"))
                .body("violations.find { it.field == 'password' }.message",
                        equalTo("Le mot de passe doit faire entre 8 et 200 caractères."))
                .body("violations.find { it.field == 'roles' }.message", equalTo("Choisissez au moins un rôle."));
    }

    @Test
    void unknownRoleIsRefusedByTheService() {
        String coordinator = accounts.create(Role.COORDINATOR);
        as(coordinator).body(Map.of("login", "r-" + UUID.randomUUID(), "password", "un-mot-de-passe",
                        "roles", List.of("ADMIN")))
                .post("/api/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("roles"))
                .body("violations[0].message", startsWith("Rôle inconnu"));
    }

    @Test
    void duplicateLoginIsAConflict() {
        String coordinator = accounts.create(Role.COORDINATOR);
        String login = "dup-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> body = Map.of("login", login, "password", "un-mot-de-passe",
                "roles", List.of(Role.HOUSEHOLD));
        as(coordinator).body(body).post("/api/accounts").then().statusCode(201);
        as(coordinator).body(body).post("/api/accounts").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("existe déjà"));
    }
}
