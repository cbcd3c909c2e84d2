package org.paniercommun.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV the way French spreadsheets open it directly: UTF-8 with a BOM, semicolon-separated,
 * decimals with a comma (callers format numbers with Money.decimal / Quantities.format).
 */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvWriter() {
    }

    public static String write(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
