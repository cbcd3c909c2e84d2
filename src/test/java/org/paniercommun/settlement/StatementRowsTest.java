package org.paniercommun.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.round.ClosedRounds;
import org.paniercommun.round.ClosedRounds.Closed;

/** Producer statements are made as drafts when the round closes; reading them, on any page or API, writes nothing. */
@QuarkusTest
class StatementRowsTest {

    @Inject
    ClosedRounds closedRounds;

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueService catalogue;

    @Inject
    EntityManager em;

    @Test
    void closingMakesADraftStatementPerProducer() {
        Closed s = closedRounds.closedRound();
        // Nothing read yet: one draft per producer of the offer.
        List<?> statuses = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select status from producer_statements where round_id = :r").setParameter("r", s.roundId())
                .getResultList());
        assertEquals(List.of("DRAFT", "DRAFT"), statuses);
    }

    @Test
    void readingStatementsAndBooksWritesNothing() {
        Closed s = closedRounds.closedRound();
        // As for a round closed before the statements were made at closing.
        closedRounds.deleteRows("producer_statements", s.roundId(), null);
        assertEquals(0, closedRounds.rows("producer_statements", s.roundId()));

        String coordinator = accounts.create(Role.COORDINATOR);
        String api = "/api/rounds/" + s.roundId() + "/settlement";
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(api + "/statements").then()
                .statusCode(200).body("$", hasSize(2)).body("id", everyItem(nullValue()))
                .body("status", everyItem(equalTo("DRAFT"))).body("statusLabel", everyItem(equalTo("Brouillon")));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(api + "/statements/" + s.farmId())
                .then().statusCode(200).body("producerId", equalTo((int) s.farmId())).body("adjustments", hasSize(0))
                .body("version", equalTo(0));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(api + "/balance-sheet").then()
                .statusCode(200).body("statementsNotPaid", equalTo(2));
        String page = "/tournees/" + s.roundId() + "/bilan";
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page).then().statusCode(200)
                .body(containsString("Rucher"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page + "/releves/" + s.farmId())
                .then().statusCode(200).body(containsString("Brouillon"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page + "/releves/" + s.farmId() + ".pdf")
                .then().statusCode(200).contentType("application/pdf");
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page + "/releves/" + s.farmId() + ".csv")
                .then().statusCode(200);

        String farmer = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(s.farmId(), farmer);
        // A draft (even one without its row yet) is never shown to the producer (issue 20).
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/api/statements/mine").then()
                .statusCode(200).body("$", hasSize(0));
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/releves").then()
                .statusCode(200).body(org.hamcrest.Matchers.not(containsString("/producteur/releves/" + s.roundId())));
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/releves/" + s.roundId())
                .then().statusCode(404);
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/releves/" + s.roundId() + ".pdf")
                .then().statusCode(404);

        assertEquals(0, closedRounds.rows("producer_statements", s.roundId()));
        // The change that needs a row makes it: an adjustment is kept on a real draft.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("amountCents", -500, "reason", "cagette abîmée"))
                .post(api + "/statements/" + s.farmId() + "/adjustments").then().statusCode(200)
                .body("id", notNullValue()).body("adjustments", hasSize(1)).body("status", equalTo("DRAFT"));
        assertEquals(2, closedRounds.rows("producer_statements", s.roundId()));
    }
}
