package org.paniercommun.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as people bring it: UTF-8 with or without BOM, comma-separated or Excel's French
 * semicolon-separated, or Windows-1252 when an old Excel saved it. Header names are matched without
 * case or accents.
 */
public final class CsvTable {

    private final List<String> headers;
    private final Map<String, Integer> columnIndex;
    private final List<Row> rows;

    private CsvTable(List<String> headers, List<Row> rows) {
        this.headers = headers;
        this.rows = rows;
        this.columnIndex = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            columnIndex.putIfAbsent(normalize(headers.get(i)), i);
        }
    }

    /** One data row; {@code line} is the line number a person sees in a spreadsheet (header = 1). */
    public record Row(int line, List<String> cells) {
    }

    public static CsvTable parse(InputStream input) throws IOException {
        return parse(decode(input.readAllBytes()));
    }

    public static CsvTable parse(String text) throws IOException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<String> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers.isEmpty()) {
                    headers.addAll(cells);
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(lineAt(text, record.getCharacterPosition()), cells));
                }
            }
        }
        return new CsvTable(List.copyOf(headers), List.copyOf(rows));
    }

    /** The text-editor line on which a record starts, right even after quoted multi-line cells. */
    private static int lineAt(String text, long position) {
        int line = 1;
        int i = 0;
        // The parser may place a record after skipped empty lines at the start of those lines.
        for (; i < text.length() && (i < position || text.charAt(i) == '\r' || text.charAt(i) == '\n'); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public List<String> headers() {
        return headers;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String name) {
        return columnIndex.containsKey(normalize(name));
    }

    /**
     * The cell of a row in the named column; empty when the column or the cell is missing. The apostrophe our exports
     * put before text a spreadsheet would take for a formula ({@link Table#guard}) is taken off again, so an exported
     * file imports back as it was ("+33 6…" stays a phone number).
     */
    public Optional<String> cell(Row row, String column) {
        Integer index = columnIndex.get(normalize(column));
        if (index == null || index >= row.cells().size()) {
            return Optional.empty();
        }
        String value = unguard(row.cells().get(index).trim());
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    static String unguard(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    static String normalize(String header) {
        String lower = java.text.Normalizer.normalize(header.trim().toLowerCase(Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return lower.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
