package org.paniercommun.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scale of a {@link Chart}'s bars in the PDF (drawn by {@code print/BarChart}): a bar's length is its value over
 * the chart's scale maximum (100 for percentages), or over its largest value; a value ≤ 0 draws no bar.
 */
final class ChartBars {

    private ChartBars() {
    }

    /** The largest value drawn at full length: the chart's scale maximum, or its largest value (at least 0). */
    static BigDecimal scaleMax(Chart chart) {
        if (chart.scaleMax() != null) {
            return chart.scaleMax();
        }
        return chart.bars().stream().map(Chart.Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** {@code value / max}, to 4 decimals half-up, between 0 (a value ≤ 0 or an empty scale) and 1. */
    static float share(BigDecimal value, BigDecimal max) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return Math.min(1f, value.divide(max, 4, RoundingMode.HALF_UP).floatValue());
    }
}
