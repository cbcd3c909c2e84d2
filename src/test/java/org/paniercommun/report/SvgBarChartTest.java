package org.paniercommun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Plain Java: the PDF's bar charts. */
class SvgBarChartTest {

    private static final Pattern RECT_WIDTH = Pattern.compile("<rect [^>]*width=\"(\\d+)\"");

    private static List<Integer> barLengths(String svg) {
        Matcher m = RECT_WIDTH.matcher(svg);
        List<Integer> lengths = new java.util.ArrayList<>();
        while (m.find()) {
            lengths.add(Integer.parseInt(m.group(1)));
        }
        return lengths;
    }

    @Test
    void barsAreProportionalToTheirValuesAndCarryTheirLabelsAndFigures() {
        Chart chart = new Chart("kilos", "Kilos distribués par catégorie", "Aucune donnée", List.of(
                new Chart.Bar("Épicerie sèche", new BigDecimal("40"), "40 kg"),
                new Chart.Bar("Fruits & légumes", new BigDecimal("20"), "20 kg"),
                new Chart.Bar("Liquides", new BigDecimal("10"), "10 L")), null);
        String svg = SvgBarChart.svg(chart);
        assertEquals(List.of(SvgBarChart.MAX_BAR, SvgBarChart.MAX_BAR / 2, SvgBarChart.MAX_BAR / 4), barLengths(svg));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("<title>Kilos distribués par catégorie</title>"), svg);
        assertTrue(svg.contains(">Épicerie sèche</text>"), svg);
        assertTrue(svg.contains(">Fruits &amp; légumes</text>"), "labels are escaped: " + svg);
        assertTrue(svg.contains(">40 kg</text>") && svg.contains(">20 kg</text>") && svg.contains(">10 L</text>"), svg);
        assertFalse(svg.contains("Aucune donnée"), svg);
    }

    @Test
    void aScaleMaximumDrawsPercentagesOnAHundredAndNegativeValuesDrawNoBar() {
        Chart quality = new Chart("quality", "Part du bio", "Aucune donnée", List.of(
                new Chart.Bar("Bio", new BigDecimal("50.0"), "50,0 %"),
                new Chart.Bar("Local", new BigDecimal("27.8"), "27,8 %"),
                new Chart.Bar("Avoir", new BigDecimal("-5"), "-5,00 €")), new BigDecimal("100"));
        assertEquals(List.of(SvgBarChart.MAX_BAR / 2, Math.round(SvgBarChart.MAX_BAR * 0.278f), 0),
                barLengths(SvgBarChart.svg(quality)));
        assertEquals(SvgBarChart.MAX_BAR, SvgBarChart.barLength(new BigDecimal("120"), new BigDecimal("100")));
    }

    @Test
    void aChartsFiguresReadAsOneLine() {
        assertEquals("Bio : 83,3 % ; Local : 27,8 %", new Chart("quality", "Part", "Aucune", List.of(
                new Chart.Bar("Bio", new BigDecimal("83.3"), "83,3 %"),
                new Chart.Bar("Local", new BigDecimal("27.8"), "27,8 %")), null).figures());
        assertEquals("Aucune donnée", new Chart("tiers", "Foyers", "Aucune donnée", List.of(), null).figures());
    }

    @Test
    void anEmptyChartSaysSoAndDrawsNoBar() {
        String svg = SvgBarChart.svg(new Chart("tiers", "Foyers servis par tarif", "Aucune donnée sur la période",
                List.of(), null));
        assertEquals(List.of(), barLengths(svg));
        assertTrue(svg.contains(">Aucune donnée sur la période</text>"), svg);
        String zeros = SvgBarChart.svg(new Chart("tiers", "Foyers", "Aucune", List.of(
                new Chart.Bar("Tarif 1", BigDecimal.ZERO, "0 foyer")), null));
        assertEquals(List.of(0), barLengths(zeros));
        assertTrue(zeros.contains(">0 foyer</text>"), zeros);
    }
}
