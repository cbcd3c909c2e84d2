package org.paniercommun.csv;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table to export, written both as CSV ({@link CsvWriter}) and as an Excel workbook ({@link XlsxWriter}) with the
 * same columns. A cell is a {@link String} (text), {@link Euros} (an amount in cents), a {@link BigDecimal}
 * (a quantity), an {@link Integer} or {@link Long} (a count), a {@link java.time.LocalDate} (ISO in CSV, a date in
 * the workbook), or null (empty). CSV writes numbers in French
 * ("12,50"); the workbook keeps them as numbers, amounts with a two-decimal euro format.
 *
 * @param sheet the workbook's sheet name (31 characters at most, cut if longer)
 */
public record Table(String sheet, List<String> headers, List<? extends List<?>> rows) {

    /** An amount of money in euro cents. */
    public record Euros(long cents) {
    }

    public static Euros euros(long cents) {
        return new Euros(cents);
    }

    /**
     * Text a spreadsheet would read as a formula (starting with {@code = + - @}, or a tab or carriage return that
     * some spreadsheets skip) gets a leading apostrophe, so it stays text (CSV / formula injection). Used for every
     * text cell of both formats, so both files hold the same value.
     */
    public static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
