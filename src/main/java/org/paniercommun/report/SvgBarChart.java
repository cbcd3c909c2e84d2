package org.paniercommun.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Draws a {@link Chart} as an inline SVG of horizontal bars, for the PDF (openhtmltopdf with its SVG support). Each
 * bar carries its label and its value as text, so the chart reads in black and white print and by text extraction;
 * bar lengths are proportional to the values (negative values draw no bar). No external library: plain strings.
 */
public final class SvgBarChart {

    static final int WIDTH = 480;
    static final int LABEL_WIDTH = 150;
    static final int VALUE_WIDTH = 90;
    /** The length of a bar whose value is the chart's scale maximum. */
    static final int MAX_BAR = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    static final int ROW = 20;
    static final int BAR_HEIGHT = 13;
    static final int MAX_LABEL_CHARS = 26;

    private SvgBarChart() {
    }

    public static String svg(Chart chart) {
        int rows = Math.max(1, chart.bars().size());
        int height = rows * ROW + 4;
        StringBuilder out = new StringBuilder(256 + 256 * rows);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(chart.title())).append("\">");
        out.append("<title>").append(escape(chart.title())).append("</title>");
        if (chart.isEmpty()) {
            out.append("<text x=\"0\" y=\"15\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">")
                    .append(escape(chart.emptyText())).append("</text>");
        }
        BigDecimal max = scaleMax(chart);
        int y = 0;
        for (Chart.Bar bar : chart.bars()) {
            int length = barLength(bar.value(), max);
            out.append("<text x=\"0\" y=\"").append(y + 14)
                    .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">")
                    .append(escape(shorten(bar.label()))).append("</text>");
            out.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(length).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"#1d6b3a\" stroke=\"#000000\" stroke-width=\"0.5\"/>");
            out.append("<text x=\"").append(LABEL_WIDTH + length + 4).append("\" y=\"").append(y + 14)
                    .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">")
                    .append(escape(bar.text())).append("</text>");
            y += ROW;
        }
        return out.append("</svg>").toString();
    }

    /** The largest value drawn at full length: the chart's scale maximum, or its largest value (at least 0). */
    static BigDecimal scaleMax(Chart chart) {
        if (chart.scaleMax() != null) {
            return chart.scaleMax();
        }
        return chart.bars().stream().map(Chart.Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** {@code value / max} of the full length, in whole units rounded half-up; 0 for a value ≤ 0 or an empty scale. */
    static int barLength(BigDecimal value, BigDecimal max) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        BigDecimal length = value.multiply(BigDecimal.valueOf(MAX_BAR)).divide(max, 0, RoundingMode.HALF_UP);
        return Math.min(MAX_BAR, length.intValue());
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
