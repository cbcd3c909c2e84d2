package org.paniercommun.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.household.Household;
import org.paniercommun.round.RoundTestData;

@QuarkusTest
class SimulationResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundTestData rounds;

    @Inject
    TestAccounts accounts;

    final Instant deadline = Instant.now().plus(Duration.ofDays(300));

    @Test
    void withoutPreviousOrdersTheTypicalBasketIsUsed() {
        Place place = fixtures.place();
        // Cost 4,00 €, purchase 3,00 €; minimum 1 kg: tiers 2,00 / 3,60 / 4,60.
        long lentils = rounds.product(place, "Lentilles", 300, 100);
        long roundId = rounds.round(place, Fixtures.unique("Brouillon"), false, deadline.minus(Duration.ofDays(7)),
                deadline, List.of(lentils));
        rounds.household(place, "Foyer 1", 1, null);
        rounds.household(place, "Foyer 2", 2, null);
        rounds.household(place, "Foyer 3", 3, null);
        Household inactive = rounds.household(place, "Foyer parti", 3, null);
        rounds.update(inactive.id, null, false, null);

        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/simulation")
                .then().statusCode(200)
                .body("basis", startsWith("Panier type"))
                .body("basisRoundId", nullValue())
                .body("tiers[0].tier", equalTo(1)).body("tiers[0].households", equalTo(1))
                .body("tiers[0].paidCents", equalTo(200)).body("tiers[0].costCents", equalTo(400))
                .body("tiers[0].producersCents", equalTo(300)).body("tiers[0].gapCents", equalTo(200))
                .body("tiers[1].paidCents", equalTo(360)).body("tiers[1].gapCents", equalTo(40))
                .body("tiers[2].paidCents", equalTo(460)).body("tiers[2].gapCents", equalTo(-60))
                .body("total.households", equalTo(3)).body("total.paidCents", equalTo(1020))
                .body("total.costCents", equalTo(1200)).body("total.producersCents", equalTo(900))
                .body("total.gapCents", equalTo(180));
    }

    @Test
    void previousRoundGivesTheAverageBasketPerOrderingHousehold() {
        Place place = fixtures.place();
        long lentils = rounds.product(place, "Lentilles", 300, 100);
        Instant previousDeadline = deadline.minus(Duration.ofDays(30));
        String previousName = Fixtures.unique("Tournée d'avant");
        long previous = rounds.round(place, previousName, true, previousDeadline.minus(Duration.ofDays(7)),
                previousDeadline, List.of(lentils));
        Household one = rounds.household(place, "Foyer 1", 1, null);
        Household two = rounds.household(place, "Foyer 2", 2, null);
        rounds.household(place, "Foyer 3", 3, null);
        rounds.order(previous, one.id, Map.of(lentils, "2"));
        rounds.order(previous, two.id, Map.of(lentils, "1"));
        long roundId = rounds.round(place, Fixtures.unique("Suivante"), false, deadline.minus(Duration.ofDays(7)),
                deadline, List.of(lentils));

        // 3 kg / 2 ordering households = 1,5 kg each, for each of the 3 households.
        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/simulation")
                .then().statusCode(200)
                .body("basis", startsWith("Tournée précédente : « " + previousName + " »"))
                .body("basisRoundId", equalTo((int) previous))
                .body("tiers[0].paidCents", equalTo(300)).body("tiers[0].costCents", equalTo(600))
                .body("tiers[0].producersCents", equalTo(450)).body("tiers[0].gapCents", equalTo(300))
                .body("tiers[1].paidCents", equalTo(540)).body("tiers[2].paidCents", equalTo(690))
                .body("total.gapCents", equalTo(300 + 60 - 90));

        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/simulation")
                .then().statusCode(200)
                .body(containsString("Tournée précédente"))
                .body(containsString("Tarif 3"))
                .body(containsString("5,40\u00a0€"));
    }

    @Test
    void onlyCoordinatorsSimulate() {
        given().auth().preemptive().basic(accounts.create(Role.VOLUNTEER), TestAccounts.PASSWORD)
                .get("/api/rounds/1/simulation")
                .then().statusCode(403);
        given().auth().preemptive().basic(accounts.create(Role.COORDINATOR), TestAccounts.PASSWORD)
                .get("/api/rounds/999999999/simulation")
                .then().statusCode(404);
    }
}
