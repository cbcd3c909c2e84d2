package org.paniercommun.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerCommand;
import org.paniercommun.catalogue.ProductCategory;
import org.paniercommun.catalogue.ProductCommand;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.distribution.DistributionService;
import org.paniercommun.distribution.DistributionService.HandOutCommand;
import org.paniercommun.distribution.DistributionService.LineUpdate;
import org.paniercommun.distribution.DistributionService.PaymentCommand;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.distribution.PickupLists;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.AbsenceDecision;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.settlement.RoundAmount;
import org.paniercommun.settlement.SettlementService;

/**
 * The funders' report on one small distributed round whose every figure is computed by hand below.
 * <p>
 * Tiers 50 / 90 / 115 % of the cost price. Lentils (near farm, 12 km; organic, local): purchase 1,80 + logistics
 * 0,20 → 1,00 / 1,80 / 2,30 €/kg, sacks of 25 kg. Coffee (far cooperative, 400 km; organic, fair trade): 9,00 + 1,00 →
 * 5,00 / 9,00 / 11,50 €/kg, bags of 5 kg. Oil (same cooperative; neither): 4,50 + 0,50 → 2,50 / 4,50 / 5,75 €/L,
 * cartons of 6 L.
 * <ul>
 * <li>H1 (tier 1, draws 10 %): lentils 10 kg, weighed 9,8 → 9,80 €; coffee 2 kg → 10,00 €: 19,80 €, reduction 1,98 €.</li>
 * <li>H2 (tier 2, 2 coupons): lentils 15 kg → 27,00 €; oil 3 L → 13,50 €: 40,50 €.</li>
 * <li>H3 (tier 3): coffee 3 kg → 34,50 €; oil 3 L → 17,25 €: 51,75 €.</li>
 * <li>H4 (tier 1): coffee 5 kg, absent (goods donated): not served.</li>
 * </ul>
 * Served: 3 households of 3 people, 3 orders, goods 112,05 €, average basket 37,35 €. Volumes: dry goods
 * 9,8 + 15 + 2 + 3 = 29,8 kg; liquids 6 L. Delivered by producers at purchase prices: lentils 1 sack = 45,00 €,
 * coffee 2 bags = 90,00 €, oil 1 carton = 27,00 €: 162,00 €; organic 135 / 162 = 83,3 %, local 45 / 162 = 27,8 %,
 * fair trade 90 / 162 = 55,6 %. Producers: farm 45,00 € (paid), cooperative 117,00 − 5,00 adjustment = 112,00 €;
 * due 157,00 €, paid 45,00 €; 1 local producer of 2 (50,0 %), 45 / 157 = 28,7 % of purchases. Fund: grant 100,00 €,
 * coupons 2,00 €, one household drew (hidden), net change 100,00 + 2,00 − 1,98 = 100,02 €. Subsidy 30,00 €.
 */
@QuarkusTest
class FunderReportTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueService catalogue;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    DistributionService distribution;

    @Inject
    PickupLists lists;

    @Inject
    FundService fund;

    @Inject
    SettlementService settlement;

    @Inject
    ReportService reports;

    @Inject
    TestAccounts accounts;

    record Dataset(Place place, long roundId) {
    }

    private long product(long producerId, String name, ProductCategory category, SaleUnit unit, String caseSize,
            long purchase, long logistics, boolean organic, boolean local, boolean fairTrade, long groupId) {
        return catalogue.createProduct(new ProductCommand(producerId, name, null, category, unit, new BigDecimal("0.5"),
                new BigDecimal("1"), new BigDecimal(caseSize), purchase, logistics, new BigDecimal("5.5"), organic, local,
                fairTrade, false, "France", Set.of(groupId), null)).id();
    }

    private Dataset dataset() {
        return dataset(false);
    }

    /** With {@code threeDraw}, H2 also draws 10 % (4,05 €) and H3 20 % (10,35 €). */
    private Dataset dataset(boolean threeDraw) {
        Place place = fixtures.place();
        long group = place.group().id;
        long farm = catalogue.createProducer(new ProducerCommand(place.antenna().id, Fixtures.unique("Ferme proche"),
                null, null, null, null, 12, true, "Ecocert", null, null)).id();
        long coop = catalogue.createProducer(new ProducerCommand(place.antenna().id, Fixtures.unique("Coopérative"),
                null, null, null, null, 400, true, "Ecocert", null, null)).id();
        long lentils = product(farm, "Lentilles", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "25", 180, 20, true, true,
                false, group);
        long coffee = product(coop, "Café", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "5", 900, 100, true, false,
                true, group);
        long oil = product(coop, "Huile", ProductCategory.LIQUIDES, SaleUnit.LITRE, "6", 450, 50, false, false, false,
                group);
        Instant now = Instant.now();
        long roundId = rounds.create(new RoundCommand(place.antenna().id, Fixtures.unique("Tournée"),
                now.minus(1, ChronoUnit.HOURS), now.plus(7, ChronoUnit.DAYS), List.of(group))).id;
        rounds.setOffer(roundId, List.of(new OfferCommand(lentils, null), new OfferCommand(coffee, null),
                new OfferCommand(oil, null)));
        rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now(), "14 h")));
        rounds.open(roundId, now);
        fund.record(place.antenna().id, new FundService.EntryCommand(EntryKind.GRANT, 10_000L, "Fondation", null, null),
                "test");
        var offers = rounds.offers(roundId);
        long lentilsOffer = offers.stream().filter(o -> o.product.id == lentils).findFirst().orElseThrow().id;
        long coffeeOffer = offers.stream().filter(o -> o.product.id == coffee).findFirst().orElseThrow().id;
        long oilOffer = offers.stream().filter(o -> o.product.id == oil).findFirst().orElseThrow().id;
        Household h1 = fixtures.household(place, Fixtures.unique("Un"), 1);
        Household h2 = fixtures.household(place, Fixtures.unique("Deux"), 2);
        Household h3 = fixtures.household(place, Fixtures.unique("Trois"), 3);
        Household h4 = fixtures.household(place, Fixtures.unique("Quatre"), 1);
        orders.place(roundId, h1.id, List.of(new LineCommand(lentilsOffer, new BigDecimal("10")),
                new LineCommand(coffeeOffer, new BigDecimal("2"))), 10, null, null, now);
        orders.place(roundId, h2.id, List.of(new LineCommand(lentilsOffer, new BigDecimal("15")),
                new LineCommand(oilOffer, new BigDecimal("3"))), threeDraw ? 10 : null, 2, null, now);
        orders.place(roundId, h3.id, List.of(new LineCommand(coffeeOffer, new BigDecimal("3")),
                new LineCommand(oilOffer, new BigDecimal("3"))), threeDraw ? 20 : null, null, null, now);
        orders.place(roundId, h4.id, List.of(new LineCommand(coffeeOffer, new BigDecimal("5"))), null, null, null, now);
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        long slotId = rounds.slots(roundId).get(0).id;
        for (var row : lists.of(roundId, slotId, PickupLists.Sort.NAME).households()) {
            if (row.householdId() == h4.id) {
                distribution.markAbsent(roundId, slotId, row.orderId(), row.version(), "benevole");
                distribution.decideAbsence(roundId, row.orderId(), new DistributionService.AbsenceCommand(
                        AbsenceDecision.DONATED, null), "coordination");
                continue;
            }
            List<LineUpdate> weighed = row.householdId() == h1.id
                    ? row.lines().stream().filter(l -> l.product().equals("Lentilles"))
                            .map(l -> new LineUpdate(l.lineId(), new BigDecimal("9.8"), false)).toList()
                    : List.of();
            distribution.handOut(roundId, slotId, row.orderId(), new HandOutCommand(row.version(), weighed, 0, 0L,
                    new PaymentCommand(PaymentMethod.CASH, 1000L), true, true), "benevole", Instant.now());
        }
        distribution.closeDay(roundId, slotId, "benevole", Instant.now());
        settlement.adjust(roundId, coop, new SettlementService.AdjustmentCommand(-500L, "café abîmé"), "coordination");
        settlement.send(roundId, farm, true, "coordination", Instant.now());
        settlement.markPaid(roundId, farm, new SettlementService.PaymentCommand(LocalDate.now(), "VIR-1"), "coordination");
        settlement.add(roundId, RoundAmount.Kind.SUBSIDY, new SettlementService.AmountCommand("Ville de Lens", 3000L),
                "coordination");
        return new Dataset(place, roundId);
    }

    private ReportPeriod around(LocalDate day) {
        return ReportPeriod.custom(day.minusDays(1), day.plusDays(1));
    }

    @Test
    void everyFigureMatchesTheHandComputation() {
        Dataset d = dataset();
        FunderReport r = reports.funders(d.place().antenna().id, around(LocalDate.now()), null);
        assertEquals(1, r.rounds().size());
        assertEquals(3, r.households().served());
        assertEquals(9, r.households().people());
        assertEquals(List.of(1L, 1L, 1L), r.households().byTier().stream().map(FunderReport.Count::count).toList());
        assertEquals(List.of(new FunderReport.Count(d.place().group().name, 3)), r.households().byGroup());
        assertEquals(new FunderReport.Orders(3, 11_205, 3_735), r.orders());
        assertEquals(List.of(new FunderReport.Volume("Épicerie sèche", "kg", new BigDecimal("29.800")),
                new FunderReport.Volume("Liquides", "L", new BigDecimal("6.000"))), r.volumes());
        assertEquals(new FunderReport.ValueShares(16_200, 13_500, new BigDecimal("83.3"), 4_500, new BigDecimal("27.8"),
                9_000, new BigDecimal("55.6")), r.value());
        assertEquals(15_700, r.producers().dueCents());
        assertEquals(4_500, r.producers().paidCents());
        assertEquals(List.of(11_200L, 4_500L), r.producers().producers().stream()
                .map(FunderReport.ProducerPaid::dueCents).toList());
        assertEquals(List.of(false, true), r.producers().producers().stream().map(FunderReport.ProducerPaid::local).toList());
        assertEquals(1, r.producers().localCount());
        assertEquals(new BigDecimal("50.0"), r.producers().localCountPercent());
        assertEquals(4_500, r.producers().localDueCents());
        assertEquals(List.of(new FunderReport.Amount("Coupons de 1 €", 200),
                new FunderReport.Amount("Subventions", 10_000)), r.fund().inflows());
        assertEquals(null, r.fund().reductionsCents(), "one household drew: hidden");
        assertEquals(null, r.fund().householdsHelped());
        assertEquals(10_002, r.fund().netChangeCents());
        assertEquals(List.of(new FunderReport.Amount("Ville de Lens", 3_000)), r.subsidies());
        assertEquals(3_000, r.subsidiesCents());

        // A period that ends before the distribution day has no round in it.
        FunderReport before = reports.funders(d.place().antenna().id, ReportPeriod.custom(LocalDate.now().minusDays(40),
                LocalDate.now().minusDays(1)), null);
        assertEquals(0, before.rounds().size());
        assertEquals(0, before.orders().served());
        // The local distance is the coordinator's: at 500 km both producers are local.
        assertEquals(2, reports.funders(d.place().antenna().id, around(LocalDate.now()), 500).producers().localCount());
    }

    @Test
    void reductionsAndHouseholdsHelpedShowFromThreeHouseholds() {
        Dataset d = dataset(true);
        FunderReport r = reports.funders(d.place().antenna().id, around(LocalDate.now()), null);
        assertEquals(3L, r.fund().householdsHelped());
        assertEquals(198 + 405 + 1_035, r.fund().reductionsCents());
        assertEquals(10_000 + 200 - 1_638, r.fund().netChangeCents());
    }

    @Test
    void apiPageCsvAndPdfShowTheSameFigures() throws IOException {
        Dataset d = dataset();
        String coordinator = accounts.create(Role.COORDINATOR);
        long antenna = d.place().antenna().id;
        LocalDate today = LocalDate.now();
        String range = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/reports/funders?antennaId=" + antenna + "&" + range).then().statusCode(200)
                .body("households.served", equalTo(3)).body("orders.averageBasketCents", equalTo(3735))
                .body("value.organicPercent", equalTo(83.3f)).body("fund.reductionsCents", nullValue())
                .body("producers.dueCents", equalTo(15700));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/api/reports/funders?antennaId=" + antenna + "&from=" + today + "&to=" + today.minusDays(3))
                .then().statusCode(400).contentType("application/problem+json")
                .body(containsString("La date de fin doit suivre la date de début."));

        String query = "antenne=" + antenna + "&periode=libre&du=" + today.minusDays(1) + "&au=" + today.plusDays(1);
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get("/rapports/financeurs?" + query)
                .then().statusCode(200).body(containsString("Panier moyen")).body(containsString("37,35"))
                .body(containsString("83,3 %")).body(containsString("non affiché : moins de 3 foyers"))
                .body(containsString("chart-tiers")).body(containsString("/webjars/chart.js/"));
        given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs?antenne=" + antenna + "&periode=annee&annee=deux-mille")
                .then().statusCode(400).body(containsString("Nombre entier attendu"));

        String csv = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs.csv?" + query).then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertEquals("3", value(rows, "Foyers servis"));
        assertEquals("37,35", value(rows, "Panier moyen"));
        assertEquals("29,8", value(rows, "Épicerie sèche"));
        assertEquals("157,00", value(rows, "Dû aux producteurs"));
        assertEquals("100,02", value(rows, "Variation du solde"));
        assertEquals("moins de 3", value(rows, "Foyers aidés"));

        // The .xlsx beside the CSV: same rows, amounts and counts as numbers (issue 20).
        byte[] xlsx = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs.xlsx?" + query).then().statusCode(200)
                .contentType(org.paniercommun.csv.XlsxWriter.MEDIA_TYPE).extract().asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheetRows = workbook.getFirstSheet().read();
            assertEquals(rows.size() + 1, sheetRows.size(), "the CSV's rows and its header");
            assertEquals("valeur", sheetRows.get(0).getCellText(2));
            var average = sheetRows.stream().filter(r -> r.getCellText(1).equals("Panier moyen")).findFirst().orElseThrow();
            assertEquals(0, new java.math.BigDecimal("37.35").compareTo(average.getCell(2).asNumber()));
            var served = sheetRows.stream().filter(r -> r.getCellText(1).equals("Foyers servis")).findFirst().orElseThrow();
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, served.getCell(2).getType());
        }

        byte[] pdf = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs.pdf?" + query).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Foyers servis"), text);
            assertTrue(text.contains("37,35"), text);
            assertTrue(text.contains("157,00"), text);
        }

        String volunteer = accounts.create(Role.VOLUNTEER);
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD)
                .get("/api/reports/funders?antennaId=" + antenna).then().statusCode(403);
        given().auth().preemptive().basic(volunteer, TestAccounts.PASSWORD).get("/rapports/financeurs").then()
                .statusCode(403);
    }

    /**
     * The local share of purchases is one figure (45,00 of 162,00 € delivered = 27,8 %): the page, the PDF and the CSV
     * never give another one (before, the producers' sentence gave 45 / 157 = 28,7 % "des achats", on the amounts due
     * after the coffee adjustment).
     */
    @Test
    void theLocalShareIsOneFigureEverywhere() throws IOException {
        Dataset d = dataset();
        String coordinator = accounts.create(Role.COORDINATOR);
        LocalDate today = LocalDate.now();
        String query = "antenne=" + d.place().antenna().id + "&periode=libre&du=" + today.minusDays(1) + "&au="
                + today.plusDays(1);
        String page = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs?" + query).then().statusCode(200).extract().asString();
        assertTrue(page.contains("27,8 %"), page);
        assertFalse(page.contains("28,7"), page);
        assertTrue(page.contains("\"values\":[83.3,27.8,55.6]"), page);

        String csv = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs.csv?" + query).then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertEquals("27,8", value(rows, "Local"));
        assertEquals(List.of("27,8"), rows.stream().filter(r -> r.get("unite").equals("%")
                && r.get("libelle").toLowerCase(java.util.Locale.ROOT).contains("local")).map(r -> r.get("valeur")).toList());

        byte[] pdf = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs.pdf?" + query).then().statusCode(200).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("27,8 %"), text);
            assertFalse(text.contains("28,7"), text);
        }
    }

    /** The PDF draws the page's four charts (SVG) and writes each chart's figures as text. */
    @Test
    void thePdfHasThePageChartsWithTheirFigures() throws IOException {
        Dataset d = dataset();
        String coordinator = accounts.create(Role.COORDINATOR);
        LocalDate today = LocalDate.now();
        String query = "antenne=" + d.place().antenna().id + "&periode=libre&du=" + today.minusDays(1) + "&au="
                + today.plusDays(1);
        byte[] pdf = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs.pdf?" + query).then().statusCode(200).extract().asByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "funders-report.pdf"), pdf); // to look at
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            for (String expected : List.of("Graphiques", "Foyers servis par tarif", "1 foyer",
                    "Kilos distribués par catégorie", "Épicerie sèche : 29,8 kg",
                    "Part du bio, du local et de l'équitable (%)", "Bio : 83,3 %", "Local : 27,8 %",
                    "Équitable : 55,6 %", "Dû à chaque producteur (€)", "112,00 €", "45,00 €")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
        // The page's chart.js draws the same data.
        String page = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD)
                .get("/rapports/financeurs?" + query).then().statusCode(200).extract().asString();
        assertTrue(page.contains("\"values\":[29.800]"), page);
        assertTrue(page.contains("\"values\":[112.00,45.00]"), page);
        assertTrue(page.contains("aria-label=\"Kilos distribués par catégorie : Épicerie sèche : 29,8"), page);
    }

    private static String value(List<CSVRecord> rows, String label) {
        return rows.stream().filter(r -> r.get("libelle").equals(label)).findFirst().orElseThrow().get("valeur");
    }
}
