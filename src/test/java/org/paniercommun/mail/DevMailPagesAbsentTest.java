package org.paniercommun.mail;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;

/** Outside dev mode (here the test profile, like production) the page of e-mails does not exist. */
@QuarkusTest
class DevMailPagesAbsentTest {

    @jakarta.inject.Inject
    TestAccounts accounts;

    @Test
    void thePageOfEmailsIsNotPartOfATestOrProductionBuild() {
        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .get("/dev/courriels").then().statusCode(404);
    }
}
