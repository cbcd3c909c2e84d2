package org.paniercommun.purchaseorder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerCommand;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.household.Household;
import org.paniercommun.mail.MailAssertions;
import org.paniercommun.mail.OutboxSender;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.SlotCommand;

/** One purchase order per producer: whole cases at frozen purchase prices, sent with its CSV, resent, logged. */
@QuarkusTest
class PurchaseOrderTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    CatalogueFixtures catalogueFixtures;

    @Inject
    CatalogueService catalogue;

    @Inject
    TestAccounts accounts;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    record Setup(long roundId, long farmId, long beekeeperId, LocalDate distributionDay) {
    }

    /**
     * Lentils (cases of 25 kg, 2,00 €/kg to the farm): 30 + 20 kg ordered → 2 cases. Flour: 10 kg, rounded down
     * → nothing ordered. Honey from a beekeeper without e-mail (8,00 €/kg): 25 kg → 1 case.
     */
    private Setup closedRound() {
        RoundFixtures.Setup base = roundFixtures.draftRound(null);
        long roundId = base.round().id;
        var place = base.place();
        long beekeeper = catalogue.createProducer(new ProducerCommand(place.antenna().id, Fixtures.unique("Rucher"),
                null, null, null, null, 40, false, null, null, null)).id();
        long honey = catalogueFixtures.product(beekeeper, "Miel", 800, 50, Set.of(place.group().id)).id();
        rounds.setOffer(roundId, List.of(new OfferCommand(base.products().get(0).id(), null),
                new OfferCommand(base.products().get(1).id(), null), new OfferCommand(honey, null)));
        LocalDate day = LocalDate.now().plusDays(3);
        rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, day, "14 h")));
        rounds.open(roundId, Instant.now());
        var offers = rounds.offers(roundId);
        long lentils = offer(offers, "Lentilles vertes");
        long flour = offer(offers, "Farine T80");
        long honeyOffer = offer(offers, "Miel");
        Household h1 = fixtures.household(place, Fixtures.unique("Un"), 1);
        Household h2 = fixtures.household(place, Fixtures.unique("Deux"), 3);
        Instant now = Instant.now();
        orders.place(roundId, h1.id, List.of(new LineCommand(lentils, new BigDecimal("30")),
                new LineCommand(flour, new BigDecimal("10"))), null, null, null, now);
        orders.place(roundId, h2.id, List.of(new LineCommand(lentils, new BigDecimal("20")),
                new LineCommand(honeyOffer, new BigDecimal("25"))), null, null, null, now);
        rounds.close(roundId, Instant.now());
        return new Setup(roundId, base.products().get(0).producerId(), beekeeper, day);
    }

    private static long offer(List<org.paniercommun.round.RoundOffer> offers, String name) {
        return offers.stream().filter(o -> o.product.name.equals(name)).findFirst().orElseThrow().id;
    }

    private static String coordinator(TestAccounts accounts) {
        return accounts.create(Role.COORDINATOR);
    }

    @Test
    void oneOrderPerProducerWithWholeCasesAtPurchasePrices() {
        Setup s = closedRound();
        String coordinator = coordinator(accounts);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + s.roundId() + "/purchase-orders").then().statusCode(200)
                .body("$", hasSize(2))
                .body("find { it.producerId == " + s.farmId() + " }.lines", hasSize(1))
                .body("find { it.producerId == " + s.farmId() + " }.lines[0].product", equalTo("Lentilles vertes"))
                .body("find { it.producerId == " + s.farmId() + " }.lines[0].cases", equalTo(2))
                .body("find { it.producerId == " + s.farmId() + " }.lines[0].quantity", equalTo(50.0f))
                .body("find { it.producerId == " + s.farmId() + " }.lines[0].unitPriceCents", equalTo(200))
                .body("find { it.producerId == " + s.farmId() + " }.totalCents", equalTo(10000))
                .body("find { it.producerId == " + s.beekeeperId() + " }.totalCents", equalTo(20000))
                // Delivery defaults to the round's first distribution day; the address is for the coordinator.
                .body("find { it.producerId == " + s.farmId() + " }.deliveryDate", equalTo(s.distributionDay().toString()))
                .body("find { it.producerId == " + s.farmId() + " }.sent", equalTo(false));
    }

    @Test
    void sendingNeedsConfirmedQuantitiesAndADeliveryAddressThenMailsTheCsvAndLogsEveryResend() throws IOException {
        Setup s = closedRound();
        String coordinator = coordinator(accounts);
        String base = "/api/rounds/" + s.roundId() + "/purchase-orders";
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post(base + "/" + s.farmId() + "/send")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Confirmez d'abord les quantités"));
        closing.confirm(s.roundId(), Instant.now());
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post(base + "/" + s.farmId() + "/send")
                .then().statusCode(400).contentType("application/problem+json")
                .body(containsString("Indiquez l'adresse de livraison"));

        // A delivery date before the end of ordering is refused in plain French; nothing changes.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("deliveryDate", LocalDate.now().minusDays(30).toString(), "deliveryAddress", "Dépôt"))
                .put(base + "/delivery").then().statusCode(400).body(containsString("avant la fin des commandes"));
        LocalDate delivery = s.distributionDay().minusDays(1);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("deliveryDate", delivery.toString(), "deliveryAddress", "12 rue des Halles, Lens",
                        "note", "Sonner au local"))
                .put(base + "/delivery").then().statusCode(200)
                .body("deliveryAddress", org.hamcrest.Matchers.everyItem(equalTo("12 rue des Halles, Lens")));

        mailbox.clear();
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post(base + "/" + s.farmId() + "/send")
                .then().statusCode(200).body("sent", equalTo(true)).body("sendings", hasSize(1));
        sender.sendDue();
        String roundName = QuarkusTransaction.requiringNew().call(() -> rounds.round(s.roundId()).name);
        Mail mail = MailAssertions.awaitMails(mailbox, "contact@ferme.test", 1).stream()
                .filter(m -> m.getSubject().contains(roundName)).findFirst().orElseThrow();
        assertTrue(mail.getSubject().startsWith("Bon de commande « "), mail.getSubject());
        assertTrue(mail.getHtml().contains("12 rue des Halles, Lens"), mail.getHtml());
        assertTrue(mail.getHtml().contains("Lentilles vertes"));
        assertTrue(mail.getText().contains("2 × 25 kg = 50 kg"), mail.getText());
        assertEquals(1, mail.getAttachments().size());
        var attachment = mail.getAttachments().get(0);
        assertEquals("bon-de-commande-" + s.roundId() + "-" + s.farmId() + ".csv", attachment.getName());
        List<Byte> data = io.smallrye.mutiny.Multi.createFrom().publisher(attachment.getData()).collect().asList()
                .await().indefinitely();
        byte[] bytes = new byte[data.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data.get(i);
        }
        List<CSVRecord> rows = csv(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(List.of("Lentilles vertes", "2", "25", "50", "kg", "2,00", "100,00"), rows.get(0).toList());
        assertEquals("100,00", rows.get(1).get("montant"));

        // Resending is possible and logged as a resend, in the sendings and in the audit log.
        int orderId = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .post(base + "/" + s.farmId() + "/send")
                .then().statusCode(200).body("sendings", hasSize(2)).body("sendings[1].resend", equalTo(true))
                .body("sendings[1].sentBy", equalTo(coordinator)).body("sendings[1].totalCents", equalTo(10000))
                .extract().path("id");
        Number audited = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from audit_entries where action = 'PURCHASE_ORDER_RESENT' and subject = :s")
                .setParameter("s", "bon de commande " + orderId).getSingleResult());
        assertEquals(1, audited.intValue());

        // Without an e-mail address: refused until the coordinator says it was handed over.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).post(base + "/" + s.beekeeperId() + "/send")
                .then().statusCode(409).body("detail", containsString("pas d'adresse e-mail"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .post(base + "/" + s.beekeeperId() + "/send?handDelivered=true").then().statusCode(200)
                .body("sendings[0].sentTo", equalTo("remis en main propre"));
    }

    @Test
    void sendingsCannotBeRewritten() {
        Setup s = closedRound();
        closing.confirm(s.roundId(), Instant.now());
        PurchaseOrderService service = io.quarkus.arc.Arc.container().instance(PurchaseOrderService.class).get();
        service.setDelivery(s.roundId(), null, new PurchaseOrderService.DeliveryCommand(s.distributionDay(), "Dépôt", null));
        service.send(s.roundId(), s.farmId(), false, "coordination", Instant.now());
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update purchase_order_sendings set total_cents = 0").executeUpdate()));
    }

    @Test
    void sendAllMailsEveryProducerWithAnAddressAndNamesTheOthers() {
        Setup s = closedRound();
        closing.confirm(s.roundId(), Instant.now());
        String coordinator = coordinator(accounts);
        String page = "/tournees/" + s.roundId() + "/bons-de-commande";
        // The page form: a bad date comes back with the French error next to the field.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("deliveryDate", "15/12").formParam("deliveryAddress", "Dépôt")
                .post(page + "/livraison").then().statusCode(400).body(containsString("Date invalide"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .formParam("deliveryDate", s.distributionDay().toString()).formParam("deliveryAddress", "Salle Coluche")
                .post(page + "/livraison").then().statusCode(303);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).redirects().follow(false)
                .post(page + "/envoyer-tout").then().statusCode(303)
                .header("Location", containsString(java.net.URLEncoder.encode("1 bon envoyé.",
                        StandardCharsets.UTF_8)));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page).then().statusCode(200)
                .body(containsString("Salle Coluche")).body(containsString("Envoyé")).body(containsString("Pas envoyé"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + s.roundId() + "/purchase-orders/" + s.farmId()).then()
                .body("sendings", hasSize(1));
    }

    @Test
    void printableAsPdfAndCsv() throws IOException {
        Setup s = closedRound();
        String coordinator = coordinator(accounts);
        String page = "/tournees/" + s.roundId() + "/bons-de-commande/" + s.beekeeperId();
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page).then().statusCode(200)
                .body(containsString("Miel")).body(containsString("200,00"));
        byte[] pdf = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page + ".pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Bon de commande"), text);
            assertTrue(text.contains("Miel"), text);
            assertTrue(text.contains("200,00"), text);
        }
        String csv = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(page + ".csv").then()
                .statusCode(200).extract().asString();
        List<CSVRecord> rows = csv(csv);
        assertEquals("Miel", rows.get(0).get("produit"));
        assertEquals("1", rows.get(0).get("colis"));
        assertEquals("8,00", rows.get(0).get("prix_achat"));
        assertEquals("200,00", rows.get(1).get("montant"));
    }

    @Test
    void producersSeeOnlyTheirOwnPurchaseOrders() {
        Setup s = closedRound();
        String farmer = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(s.farmId(), farmer);
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/api/purchase-orders/mine").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].producerId", equalTo((int) s.farmId()))
                .body("[0].totalCents", equalTo(10000));
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/commandes").then()
                .statusCode(200).body(containsString("/producteur/commandes/" + s.roundId()));
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/commandes/" + s.roundId())
                .then().statusCode(200).body(containsString("Lentilles vertes")).body(not(containsString("Miel")));
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD).get("/producteur/commandes/" + s.roundId()
                + ".csv").then().statusCode(200).body(containsString("Lentilles vertes"));
        // Another producer's order, the coordinators' API and pages: closed to producers.
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD)
                .get("/api/rounds/" + s.roundId() + "/purchase-orders/" + s.beekeeperId()).then().statusCode(403);
        given().auth().preemptive().basic(farmer, TestAccounts.PASSWORD)
                .get("/tournees/" + s.roundId() + "/bons-de-commande").then().statusCode(403);
        String otherProducer = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(catalogueFixtures.producer(catalogueFixtures.antenna().antennaId(), Fixtures.unique("Autre")).id(),
                otherProducer);
        given().auth().preemptive().basic(otherProducer, TestAccounts.PASSWORD)
                .get("/producteur/commandes/" + s.roundId()).then().statusCode(404);
        String volunteer = accounts.create(Role.VOLUNTEER);
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .get("/api/rounds/" + s.roundId() + "/purchase-orders").then().statusCode(403);
    }

    @Test
    void noPurchaseOrderWhileTheRoundIsOpen() {
        RoundFixtures.Setup open = roundFixtures.openRound(null);
        given().auth().preemptive().basic(coordinator(accounts), TestAccounts.PASSWORD)
                .get("/api/rounds/" + open.round().id + "/purchase-orders").then().statusCode(409)
                .body("detail", containsString("une fois les commandes de la tournée clôturées"));
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.replace("\uFEFF", ""))).getRecords();
    }
}
