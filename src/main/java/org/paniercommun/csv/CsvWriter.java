package org.paniercommun.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;

/**
 * Writes CSV the way French spreadsheets open it directly: UTF-8 with a BOM, semicolon-separated, decimals with a
 * comma. Text that a spreadsheet would take for a formula is written as text ({@link Table#guard}).
 */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvWriter() {
    }

    public static String write(Table table) {
        return write(table.headers(), table.rows());
    }

    /**
     * @param rows cells as described in {@link Table}; a String cell is text (guarded against formulas), so callers
     *        pass amounts as {@link Table.Euros} and quantities as BigDecimal rather than already formatted text
     */
    public static String write(List<String> headers, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(headers.stream().map(Table::guard).toList());
            for (List<?> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(text(cell));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Table.Euros euros) {
            return Money.decimal(euros.cents());
        }
        if (cell instanceof BigDecimal quantity) {
            return Quantities.format(quantity);
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        return Table.guard(cell.toString());
    }
}
