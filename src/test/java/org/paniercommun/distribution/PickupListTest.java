package org.paniercommun.distribution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.OrganisationService.RelayPointCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.SlotCommand;

/** The printed lists: pickup list (émargement) and pick list (préparation) of a relay point. */
@QuarkusTest
class PickupListTest {

    private static final Logger LOG = Logger.getLogger(PickupListTest.class);

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    OrganisationService organisation;

    @Inject
    FundService fund;

    @Inject
    EntityManager em;

    @Test
    void theListsOfTwoRelayPointsShowWhatEachHouseholdGetsAndPaysInPrintAndCsv() throws Exception {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        var place = setup.place();
        long roundId = setup.round().id;
        long other = organisation.createRelayPoint(new RelayPointCommand(place.group().id, Fixtures.unique("Épicerie"),
                "3 place Jean Jaurès, Lens", null, null)).id;
        rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now().plusDays(2), "14 h – 17 h"),
                new SlotCommand(other, LocalDate.now().plusDays(3), "10 h – 12 h")));
        fund.record(place.antenna().id, new FundService.EntryCommand(EntryKind.GRANT, 10_000L, "Don", null, null), "t");
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        long flour = roundFixtures.offerId(setup, 1);
        String coordinator = accounts.create(Role.COORDINATOR);
        // Before closing there is nothing to print.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/tournees/" + roundId + "/listes")
                .then().statusCode(409);

        Household zoe = fixtures.household(place, "Zoé" + Fixtures.unique(""), 1);
        Household adam = fixtures.household(place, "Adam" + Fixtures.unique(""), 2);
        Household far = registerAt(place, other);
        Instant now = Instant.now();
        // Zoé draws 30 % from the fund: nothing on the lists may show it.
        orders.place(roundId, zoe.id, List.of(new LineCommand(lentils, new BigDecimal("10")),
                new LineCommand(flour, new BigDecimal("5"))), 30, null, null, now);
        orders.place(roundId, adam.id, List.of(new LineCommand(lentils, new BigDecimal("10"))), null, now);
        orders.place(roundId, far.id, List.of(new LineCommand(lentils, new BigDecimal("5")),
                new LineCommand(flour, new BigDecimal("20"))), null, now);
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        var slots = rounds.slots(roundId);
        long slotHere = slots.stream().filter(s -> s.relayPoint.id.equals(place.relayPoint().id)).findFirst().orElseThrow().id;
        long slotThere = slots.stream().filter(s -> s.relayPoint.id.equals(other)).findFirst().orElseThrow().id;
        Order zoeOrder = QuarkusTransaction.requiringNew().call(() -> orders.find(roundId, zoe.id).orElseThrow());

        String byName = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/listes/" + slotHere + "/emargement").then().statusCode(200)
                .body(containsString("Liste d&#39;émargement")).body(containsString("Initiales")).extract().asString();
        assertTrue(byName.indexOf(adam.displayName) < byName.indexOf(zoe.displayName), "sorted by name");
        assertFalse(byName.contains(far.displayName), "only this relay point's households");
        // Zoé pays her order less the fund's part, shown only as an amount to pay.
        String zoePays = org.paniercommun.kernel.Money.format(zoeOrder.amountToPayCents());
        assertTrue(byName.contains(zoePays), byName);
        String sheetOnly = byName.substring(byName.indexOf("Liste d&#39;émargement"), byName.indexOf("Total à encaisser"));
        assertFalse(sheetOnly.toLowerCase().contains("réduction") || sheetOnly.toLowerCase().contains("caisse solidaire")
                || sheetOnly.contains(org.paniercommun.kernel.Money.format(zoeOrder.fundReductionCents)), sheetOnly);
        String byNumber = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/listes/" + slotHere + "/emargement?tri=numero").then().statusCode(200)
                .extract().asString();
        boolean zoeFirst = zoe.id < adam.id;
        assertEquals(zoeFirst, byNumber.indexOf(zoe.displayName) < byNumber.indexOf(adam.displayName));

        String csv = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/listes/" + slotHere + "/emargement.csv").then().statusCode(200)
                .extract().asString();
        List<CSVRecord> records = parse(csv);
        assertEquals(3, records.size(), "one row per line: Zoé 2, Adam 1");
        CSVRecord zoeFlour = records.stream().filter(r -> r.get(1).equals(zoe.displayName) && r.get(2).equals("Farine T80"))
                .findFirst().orElseThrow();
        assertEquals("5", zoeFlour.get(3));
        assertEquals(org.paniercommun.kernel.Money.decimal(zoeOrder.amountToPayCents()), zoeFlour.get(6));

        byte[] pdf = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/listes/" + slotHere + "/emargement.pdf").then().statusCode(200)
                .extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(zoe.displayName) && text.contains("À payer") && text.contains("Initiales"), text);
        }

        // Pick lists: 20 kg of lentils and 5 kg of flour here; 5 kg and 20 kg there.
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/distribution/" + slotHere + "/pick-list").then().statusCode(200)
                .body("items.find { it.product == 'Lentilles vertes' }.quantity", org.hamcrest.Matchers.equalTo(20.0f))
                .body("items.find { it.product == 'Lentilles vertes' }.households", org.hamcrest.Matchers.equalTo(2))
                .body("items.find { it.product == 'Farine T80' }.quantity", org.hamcrest.Matchers.equalTo(5.0f));
        String pickCsv = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/listes/" + slotThere + "/preparation.csv").then().statusCode(200)
                .extract().asString();
        List<CSVRecord> pick = parse(pickCsv);
        assertEquals("20", pick.stream().filter(r -> r.get(0).equals("Farine T80")).findFirst().orElseThrow().get(2));
        assertEquals("5", pick.stream().filter(r -> r.get(0).equals("Lentilles vertes")).findFirst().orElseThrow().get(2));
        byte[] pickPdf = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/listes/" + slotThere + "/preparation.pdf").then().statusCode(200)
                .extract().asByteArray();
        try (var document = Loader.loadPDF(pickPdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Farine T80"));
        }

        // A volunteer of another group cannot print them.
        String stranger = fixtures.volunteerOf(fixtures.place());
        given().auth().preemptive().basic(stranger, TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/listes/" + slotHere + "/emargement").then().statusCode(404);
        given().auth().preemptive().basic(fixtures.volunteerOf(place), TestAccounts.PASSWORD)
                .get("/tournees/" + roundId + "/listes/" + slotHere + "/emargement.pdf").then().statusCode(200);
    }

    /**
     * Issue 20: the printed list has a "payé" box and the payment-method boxes per household, no line with nothing
     * to hand over; the CSV has French headers and the amount to pay once per household (the column adds up to the
     * total to collect); the .xlsx beside it holds the same table with numbers as numbers; a name that a spreadsheet
     * would take for a formula stays text in both.
     */
    @Test
    void thePrintedListHasPaymentBoxesAndTheSpreadsheetsCountEachHouseholdOnce() throws Exception {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        var place = setup.place();
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now().plusDays(2), "14 h")));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        long flour = roundFixtures.offerId(setup, 1);
        Household bea = fixtures.household(place, "Béa" + Fixtures.unique(""), 1);
        Household formula = fixtures.household(place, "=HYPERLINK(\"http://x\")" + Fixtures.unique(""), 2);
        Instant now = Instant.now();
        orders.place(roundId, bea.id, List.of(new LineCommand(lentils, new BigDecimal("10")),
                new LineCommand(flour, new BigDecimal("5"))), null, now);
        // Whole cases (as in the test above), so closing keeps every quantity.
        orders.place(roundId, formula.id, List.of(new LineCommand(lentils, new BigDecimal("15")),
                new LineCommand(flour, new BigDecimal("20"))), null, now);
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        // Béa's flour was trimmed to nothing: nothing to hand over on that line.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update order_lines set allocated_quantity = 0, final_amount_cents = 0, handed_out_quantity = 0
                where offer_id = :flour and order_id = (select id from orders where round_id = :r and household_id = :h)""")
                .setParameter("flour", flour).setParameter("r", roundId).setParameter("h", bea.id).executeUpdate());
        long slotId = rounds.slots(roundId).get(0).id;
        String coordinator = accounts.create(Role.COORDINATOR);
        String base = "/tournees/" + roundId + "/listes/" + slotId + "/emargement";
        long total = ((Number) given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/distribution/" + slotId).then().statusCode(200).extract()
                .path("totalToCollectCents")).longValue();

        String html = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(base).then()
                .statusCode(200).extract().asString();
        String beaBlock = html.substring(html.indexOf(bea.displayName), html.indexOf("Total à encaisser"));
        beaBlock = beaBlock.substring(0, beaBlock.indexOf("household-block") > 0 ? beaBlock.indexOf("household-block")
                : beaBlock.length());
        assertFalse(beaBlock.contains("Farine T80"), "a line with nothing to hand over is left out: " + beaBlock);
        assertTrue(beaBlock.contains("Lentilles vertes"), beaBlock);
        assertEquals(2, html.split("class=\"paid\"").length - 1, "one paid box per household");
        assertEquals(2 * 7, html.split("class=\"cb\"").length - 1, "a paid box and six payment-method boxes each");
        assertTrue(html.contains("Payé") && html.contains("Espèces") && html.contains("Chèque")
                && html.contains("Carte bancaire") && html.contains("Monnaie locale"), html);
        assertTrue(html.contains(base + ".xlsx"), "an Excel link beside the CSV one");
        byte[] pdf = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(base + ".pdf").then()
                .statusCode(200).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Payé") && text.contains("Espèces") && text.contains("Virement"), text);
        }

        String csv = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(base + ".csv").then()
                .statusCode(200).extract().asString();
        String header = csv.replace("\uFEFF", "").lines().findFirst().orElseThrow();
        // Quantities and one amount per household: no price beside it (it would show who paid less, issue 23).
        assertEquals("N° foyer;Foyer;Produit;Commandé;À remettre;Unité;À payer par le foyer (€);État", header);
        List<CSVRecord> records = parse(csv);
        assertEquals(3, records.size(), "Béa 1 line (flour left out), the other household 2");
        long summed = records.stream().map(r -> r.get("À payer par le foyer (€)")).filter(v -> !v.isEmpty())
                .mapToLong(org.paniercommun.kernel.Money::parse).sum();
        assertEquals(total, summed, "the amount to pay counts once per household");
        CSVRecord formulaRow = records.stream().filter(r -> r.get("Foyer").contains("HYPERLINK")).findFirst().orElseThrow();
        assertEquals("'" + formula.displayName, formulaRow.get("Foyer"), "a formula-like name stays text");
        assertEquals("20", formulaRow.get("Commandé"), "its first line, the flour");

        byte[] xlsx = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(base + ".xlsx").then()
                .statusCode(200).contentType(org.paniercommun.csv.XlsxWriter.MEDIA_TYPE).extract().asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertEquals(4, rows.size(), "headers and the same 3 rows as the CSV");
            assertEquals("Foyer", rows.get(0).getCellText(1));
            assertEquals("À payer par le foyer (€)", rows.get(0).getCellText(6));
            BigDecimal xlsxTotal = BigDecimal.ZERO;
            for (var row : rows.subList(1, rows.size())) {
                var toPay = row.getOptionalCell(6).orElse(null);
                if (toPay != null && toPay.getType() != org.dhatim.fastexcel.reader.CellType.EMPTY) {
                    assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, toPay.getType());
                    assertTrue(toPay.getDataFormatString().contains("0.00"), toPay.getDataFormatString());
                    xlsxTotal = xlsxTotal.add(toPay.asNumber());
                }
                assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, row.getCell(0).getType(), "household number");
                assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, row.getCell(4).getType(), "quantity");
            }
            assertEquals(0, BigDecimal.valueOf(total, 2).compareTo(xlsxTotal), xlsxTotal.toString());
            var formulaCell = rows.stream().filter(r -> r.getCellText(1).contains("HYPERLINK")).findFirst().orElseThrow()
                    .getCell(1);
            assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, formulaCell.getType());
            assertEquals("'" + formula.displayName, formulaCell.asString());
        }
        String pickXlsxUrl = "/tournees/" + roundId + "/listes/" + slotId + "/preparation.xlsx";
        byte[] pick = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(pickXlsxUrl).then()
                .statusCode(200).extract().asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(pick))) {
            var rows = workbook.getFirstSheet().read();
            assertEquals("Produit", rows.get(0).getCellText(0));
            var lentilRow = rows.stream().filter(r -> r.getCellText(0).equals("Lentilles vertes")).findFirst().orElseThrow();
            assertEquals(0, new BigDecimal("25").compareTo(lentilRow.getCell(2).asNumber()));
        }
    }

    private Household registerAt(Fixtures.Place place, long relayPointId) {
        return moveTo(place, relayPointId);
    }

    private Household moveTo(Fixtures.Place place, long relayPointId) {
        Household h = fixtures.household(place, "Loin" + Fixtures.unique(""), 3);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update households set relay_point_id = :p where id = :h").setParameter("p", relayPointId)
                .setParameter("h", h.id).executeUpdate());
        return QuarkusTransaction.requiringNew().call(() -> Household.<Household>findById(h.id));
    }

    @Test
    void aFiveHundredHouseholdRelayPointsListRenders() {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        var place = setup.place();
        long roundId = setup.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now().plusDays(2), "14 h")));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        long flour = roundFixtures.offerId(setup, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into households (id, group_id, relay_point_id, display_name, people_count, "
                    + "price_tier) select nextval('households_seq'), :g, :p, 'Foyer ' || lpad(i::text, 3, '0'), 2, "
                    + "1 + i % 3 from generate_series(1, 500) i").setParameter("g", place.group().id)
                    .setParameter("p", place.relayPoint().id).executeUpdate();
            em.createNativeQuery("insert into orders (id, round_id, household_id, status, price_tier, total_cents, "
                    + "submitted_at, updated_at) select nextval('orders_seq'), :r, h.id, 'SUBMITTED', h.price_tier, 450, "
                    + "now(), now() from households h where h.relay_point_id = :p").setParameter("r", roundId)
                    .setParameter("p", place.relayPoint().id).executeUpdate();
            for (long offer : List.of(lentils, flour)) {
                em.createNativeQuery("insert into order_lines (id, order_id, offer_id, quantity, unit_price_cents, "
                        + "amount_cents, handed_out_quantity) select nextval('order_lines_seq'), o.id, :offer, 2.5, 90, "
                        + "225, 2.5 from orders o "
                        + "where o.round_id = :r").setParameter("offer", offer).setParameter("r", roundId).executeUpdate();
            }
        });
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        long slotId = rounds.slots(roundId).get(0).id;
        String coordinator = accounts.create(Role.COORDINATOR);
        String url = "/tournees/" + roundId + "/listes/" + slotId + "/emargement";
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(url).then().statusCode(200);
        long start = System.nanoTime();
        String html = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(url).then()
                .statusCode(200).extract().asString();
        long htmlMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(500, html.split("class=\"household-block\"").length - 1);
        start = System.nanoTime();
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(url + ".pdf").then().statusCode(200);
        long pdfMillis = (System.nanoTime() - start) / 1_000_000;
        // Measured, not asserted: timings belong to the benchmark.
        LOG.infof("Pickup list of 500 households: HTML %d ms, PDF %d ms", htmlMillis, pdfMillis);
    }

    private static List<CSVRecord> parse(String csv) throws java.io.IOException {
        String text = csv.replace("\uFEFF", "");
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
    }
}
