package org.paniercommun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain Java: the scale of the PDF's bar charts. */
class ChartBarsTest {

    private static List<Float> shares(Chart chart) {
        BigDecimal max = ChartBars.scaleMax(chart);
        return chart.bars().stream().map(b -> ChartBars.share(b.value(), max)).toList();
    }

    @Test
    void barsAreProportionalToTheirValues() {
        Chart chart = new Chart("kilos", "Kilos distribués par catégorie", "Aucune donnée", List.of(
                new Chart.Bar("Épicerie sèche", new BigDecimal("40"), "40 kg"),
                new Chart.Bar("Fruits & légumes", new BigDecimal("20"), "20 kg"),
                new Chart.Bar("Liquides", new BigDecimal("10"), "10 L")), null);
        assertEquals(List.of(1f, 0.5f, 0.25f), shares(chart));
    }

    @Test
    void aScaleMaximumDrawsPercentagesOnAHundredAndNegativeValuesDrawNoBar() {
        Chart quality = new Chart("quality", "Part du bio", "Aucune donnée", List.of(
                new Chart.Bar("Bio", new BigDecimal("50.0"), "50,0 %"),
                new Chart.Bar("Local", new BigDecimal("27.8"), "27,8 %"),
                new Chart.Bar("Avoir", new BigDecimal("-5"), "-5,00 €")), new BigDecimal("100"));
        assertEquals(List.of(0.5f, 0.278f, 0f), shares(quality));
        assertEquals(1f, ChartBars.share(new BigDecimal("120"), new BigDecimal("100")));
    }

    @Test
    void aChartsFiguresReadAsOneLine() {
        assertEquals("Bio : 83,3 % ; Local : 27,8 %", new Chart("quality", "Part", "Aucune", List.of(
                new Chart.Bar("Bio", new BigDecimal("83.3"), "83,3 %"),
                new Chart.Bar("Local", new BigDecimal("27.8"), "27,8 %")), null).figures());
        assertEquals("Aucune donnée", new Chart("tiers", "Foyers", "Aucune donnée", List.of(), null).figures());
    }

    @Test
    void anEmptyOrZeroChartDrawsNoBar() {
        assertEquals(List.of(), shares(new Chart("tiers", "Foyers servis par tarif", "Aucune donnée sur la période",
                List.of(), null)));
        assertEquals(List.of(0f), shares(new Chart("tiers", "Foyers", "Aucune", List.of(
                new Chart.Bar("Tarif 1", BigDecimal.ZERO, "0 foyer")), null)));
    }
}
