package org.paniercommun.fund;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

/** Reading a fund that never moved shows a balance of 0 and does not make its balance row. */
@QuarkusTest
class FundBalanceReadTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Test
    void readingAFundThatNeverMovedWritesNothing() {
        long antennaId = fixtures.place().antenna().id;
        assertEquals(0, balanceRows(antennaId));
        String coordinator = accounts.create(Role.COORDINATOR);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/api/fund/" + antennaId).then()
                .statusCode(200).body("balanceCents", equalTo(0));
        given().get("/api/fund/" + antennaId + "/public").then().statusCode(200).body("balanceCents", equalTo(0));
        given().get("/caisse-solidaire").then().statusCode(200);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/caisse-solidaire/" + antennaId)
                .then().statusCode(200);
        assertEquals(0, balanceRows(antennaId));
    }

    private long balanceRows(long antennaId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from fund_balances where antenna_id = :a").setParameter("a", antennaId)
                .getSingleResult()).longValue());
    }
}
