package org.paniercommun.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One chart of the funders' report: the same data drawn by chart.js on the page and as SVG in the PDF.
 *
 * @param id the chart's name in the page's data ({@code tiers}, {@code kilos}, {@code quality}, {@code producers})
 * @param title what the chart shows, written above it
 * @param emptyText written instead of bars when there is no data
 * @param bars one bar per label, in order
 * @param scaleMax the value of a full-length bar (100 for percentages), or null for the largest value
 */
record Chart(String id, String title, String emptyText, List<Bar> bars, BigDecimal scaleMax) {

    /**
     * One bar: its label, its value and the value as people read it ("27,8 %", "29,8 kg", "112,00 €"), so that the
     * figure is written next to the bar.
     */
    public record Bar(String label, BigDecimal value, String text) {
    }

    public Chart {
        bars = List.copyOf(bars);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** The chart's figures as one line of text ("Bio : 83,3 % ; Local : 27,8 %"), or its empty text. */
    public String figures() {
        return bars.isEmpty() ? emptyText
                : String.join(" ; ", bars.stream().map(b -> b.label() + " : " + b.text()).toList());
    }
}
