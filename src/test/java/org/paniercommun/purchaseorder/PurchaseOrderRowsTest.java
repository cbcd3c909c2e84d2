package org.paniercommun.purchaseorder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.round.ClosedRounds;
import org.paniercommun.round.ClosedRounds.Closed;

/** Purchase order rows are made when the round closes; reading them, on any page or API, writes nothing. */
@QuarkusTest
class PurchaseOrderRowsTest {

    @Inject
    ClosedRounds closedRounds;

    @Inject
    TestAccounts accounts;

    @Inject
    CatalogueService catalogue;

    @Inject
    ClosingService closing;

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    EntityManager em;

    @Test
    void closingMakesOnePurchaseOrderPerProducerWithTheFirstDistributionDay() {
        Closed s = closedRounds.closedRound();
        // Nothing read yet: the rows are there, one per producer of the offer.
        assertEquals(2, closedRounds.rows("purchase_orders", s.roundId()));
        List<?> dates = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct cast(delivery_date as text) from purchase_orders where round_id = :r")
                .setParameter("r", s.roundId()).getResultList());
        assertEquals(List.of(s.distributionDay().toString()), dates);
    }

    @Test
    void readingPurchaseOrdersWritesNothingAndShowsTheDefaults() {
        Closed s = closedRounds.closedRound();
        // The farm's order gets an address; the beekeeper's row is missing, as for a round closed before the rows
        // were made at closing: its order reads the defaults, the first distribution day and the last address.
        purchaseOrders.setDelivery(s.roundId(), s.farmId(),
                new PurchaseOrderService.DeliveryCommand(s.distributionDay(), "Salle Coluche, Lens", null));
        closedRounds.deleteRows("purchase_orders", s.roundId(), s.beekeeperId());
        assertEquals(1, closedRounds.rows("purchase_orders", s.roundId()));

        String coordinator = accounts.create(Role.COORDINATOR);
        String api = "/api/rounds/" + s.roundId() + "/purchase-orders";
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(api).then().statusCode(200)
                .body("$", hasSize(2))
                .body("find { it.producerId == " + s.beekeeperId() + " }.id", nullValue())
                .body("find { it.producerId == " + s.beekeeperId() + " }.deliveryAddress", equalTo("Salle Coluche, Lens"))
                .body("find { it.producerId == " + s.beekeeperId() + " }.deliveryDate",
                        equalTo(s.distributionDay().toString()))
                .body("find { it.producerId == " + s.beekeeperId() + " }.sent", equalTo(false))
                .body("find { it.producerId == " + s.farmId() + " }.id", notNullValue());
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(api + "/" + s.beekeeperId()).then()
                .statusCode(200).body("totalCents", equalTo(20000)).body("sendings", hasSize(0))
                .body("changedSinceSent", equalTo(false));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(api + "/" + s.beekeeperId() + "/csv")
                .then().statusCode(200).body(containsString("Miel"));
        String page = "/tournees/" + s.roundId() + "/bons-de-commande";
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page).then().statusCode(200)
                .body(containsString("Rucher"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page + "/" + s.beekeeperId()).then()
                .statusCode(200).body(containsString("Salle Coluche, Lens")).body(containsString("200,00"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page + "/" + s.beekeeperId() + ".pdf")
                .then().statusCode(200).contentType("application/pdf");
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page + "/" + s.beekeeperId() + ".csv")
                .then().statusCode(200).body(containsString("Miel"));

        String beekeeper = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(s.beekeeperId(), beekeeper);
        given().auth().preemptive().basic(beekeeper, TestAccounts.PASSWORD).get("/api/purchase-orders/mine").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].deliveryAddress", equalTo("Salle Coluche, Lens"));
        given().auth().preemptive().basic(beekeeper, TestAccounts.PASSWORD).get("/producteur/commandes").then()
                .statusCode(200).body(containsString("/producteur/commandes/" + s.roundId()));
        String mine = "/producteur/commandes/" + s.roundId();
        given().auth().preemptive().basic(beekeeper, TestAccounts.PASSWORD).get(mine).then().statusCode(200)
                .body(containsString("Miel"));
        given().auth().preemptive().basic(beekeeper, TestAccounts.PASSWORD).get(mine + ".pdf").then().statusCode(200);
        given().auth().preemptive().basic(beekeeper, TestAccounts.PASSWORD).get(mine + ".csv").then().statusCode(200);

        // Still the farm's row alone, untouched.
        assertEquals(1, closedRounds.rows("purchase_orders", s.roundId()));
        // The change that needs the row makes it: handing the order over records a sending on a real row.
        closing.confirm(s.roundId(), Instant.now());
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .post(api + "/" + s.beekeeperId() + "/send?handDelivered=true").then().statusCode(200)
                .body("id", notNullValue()).body("deliveryAddress", equalTo("Salle Coluche, Lens"))
                .body("sendings", hasSize(1)).body("sendings[0].sentTo", equalTo("remis en main propre"));
        assertEquals(2, closedRounds.rows("purchase_orders", s.roundId()));
    }
}
