package org.paniercommun.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The guard installed for every {@code @QuarkusTest} does fail a request holding two connections, and only that. */
@QuarkusTest
class OneConnectionPerRequestTest {

    @Test
    void aRequestHoldingOneConnectionAtATimePasses() {
        given().get("/test-only/connections/1").then().statusCode(200).body(equalTo("1"));
    }

    @Test
    void aRequestTakingASecondConnectionWhileItHoldsOneFails() {
        given().get("/test-only/connections/2").then().statusCode(200).body(startsWith(
                "refused: This request takes a second database connection while it holds one"));
        // The connections went back to the pool: the next request is not blamed for them.
        given().get("/test-only/connections/1").then().statusCode(200);
    }
}
