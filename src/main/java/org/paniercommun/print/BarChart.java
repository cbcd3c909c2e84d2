package org.paniercommun.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars drawn as filled rectangles: each row has its label on the left, a bar whose length is the share
 * of the full length the caller gives (0 to 1), and its value written after the bar, so the chart reads in black and
 * white and by text extraction. A chart with no bar writes its empty text. A chart longer than a page goes on over
 * the next.
 */
public final class BarChart implements Element {

    private static final float ROW = 15;
    private static final float BAR = 10;
    /** At most this wide (about the 480 px of the report page's charts), whatever the page. */
    private static final float MAX_WIDTH = 360;

    private record Row(String label, float share, String value) {
    }

    private final Style style;
    private final String emptyText;
    private final List<Row> rows = new ArrayList<>();

    private BarChart(Style style, String emptyText) {
        this.style = style;
        this.emptyText = emptyText;
    }

    public static BarChart of(Style style, String emptyText) {
        return new BarChart(style, emptyText);
    }

    /** A bar of {@code share} (0 to 1, clipped) of the full length. */
    public BarChart bar(String label, float share, String value) {
        rows.add(new Row(label, Math.max(0, Math.min(1, share)), value));
        return this;
    }

    @Override
    public float height(PrintDocument document, float width) {
        return Math.max(1, rows.size()) * ROW + 4;
    }

    @Override
    public void draw(PrintDocument document, float x, float top, float width) {
        if (rows.isEmpty()) {
            document.text(x, top - 11, document.printable(emptyText, style), style);
        }
        float y = top;
        for (Row row : rows) {
            drawRow(document, row, x, y, width);
            y -= ROW;
        }
    }

    /** Bar by bar, on as many pages as it takes (a chart of every producer of a year). */
    @Override
    public void flow(PrintDocument document) {
        if (rows.isEmpty()) {
            Element.super.flow(document);
            return;
        }
        for (Row row : rows) {
            document.ensureRoom(ROW);
            drawRow(document, row, document.left(), document.y(), document.width());
            document.advance(ROW);
        }
        document.space(4);
    }

    private void drawRow(PrintDocument document, Row row, float x, float top, float width) {
        float w = Math.min(width, MAX_WIDTH);
        float labelWidth = w * 0.31f;
        float maxBar = w * 0.50f;
        float baseline = top - 11;
        document.text(x, baseline, fit(document, row.label, labelWidth - 4), style);
        float length = row.share * maxBar;
        if (length > 0) {
            document.fill(x + labelWidth, top - 3 - BAR, length, BAR, 0.114f, 0.42f, 0.227f);
        }
        document.text(x + labelWidth + length + 4, baseline, document.printable(row.value, style), style);
    }

    /** The label, shortened with "…" to fit. */
    private String fit(PrintDocument document, String label, float width) {
        String text = document.printable(label, style);
        if (document.width(text, style) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && document.width(text.substring(0, end) + "…", style) > width) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
