package org.paniercommun.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Table} as an Excel workbook (.xlsx, one sheet) with the same columns as its CSV: headers in bold
 * on a frozen first row, amounts as numbers in euros with two decimals, quantities and counts as numbers, text as
 * text (never a formula, guarded like the CSV).
 */
public final class XlsxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Two decimals, thousands grouped, the euro sign after the number (no quotes: fastexcel does not escape them). */
    public static final String EUROS = "#,##0.00\\ \\€";

    private XlsxWriter() {
    }

    public static byte[] write(Table table) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Panier Commun", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.sheet()));
            List<String> headers = table.headers();
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, Table.guard(headers.get(c)));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (List<?> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    write(sheet, r, c, row.get(c));
                }
                r++;
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Worksheet sheet, int r, int c, Object cell) {
        if (cell == null) {
            return;
        }
        if (cell instanceof Table.Euros euros) {
            sheet.value(r, c, BigDecimal.valueOf(euros.cents(), 2));
            sheet.style(r, c).format(EUROS).set();
        } else if (cell instanceof BigDecimal quantity) {
            sheet.value(r, c, quantity.stripTrailingZeros());
        } else if (cell instanceof Number number) {
            sheet.value(r, c, number);
        } else if (cell instanceof java.time.LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd/mm/yyyy").set();
        } else {
            sheet.value(r, c, Table.guard(cell.toString()));
        }
    }

    /** Excel refuses sheet names longer than 31 characters or holding one of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String clean = name == null || name.isBlank() ? "Feuille 1" : name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
