package org.paniercommun.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The CSV and the .xlsx of one table: same columns, numbers as numbers in the workbook, formulas kept out of both. */
class SpreadsheetWritersTest {

    private static final Table TABLE = new Table("Relevé", List.of("Produit", "Quantité", "Montant (€)", "Date", "Foyers"),
            List.of(Arrays.asList("Lentilles", new BigDecimal("2.500"), Table.euros(1250), LocalDate.of(2026, 12, 4), 3),
                    Arrays.asList("=HYPERLINK(\"http://x\";\"clic\")", null, Table.euros(-350), null, null),
                    Arrays.asList("+33 6 12 34 56 78", BigDecimal.TEN, Table.euros(0), null, 0L),
                    Arrays.asList("@SUM(A1)", null, null, null, null),
                    Arrays.asList("-2+3", null, null, null, null)));

    @Test
    void csvWritesFrenchNumbersAndGuardsFormulas() {
        List<String> lines = CsvWriter.write(TABLE).replace("\uFEFF", "").lines().toList();
        assertEquals("Produit;Quantité;Montant (€);Date;Foyers", lines.get(0));
        assertEquals("Lentilles;2,5;12,50;2026-12-04;3", lines.get(1));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";;-3,50;;", lines.get(2), "a negative amount stays a number");
        assertEquals("'+33 6 12 34 56 78;10;0,00;;0", lines.get(3));
        assertEquals("'@SUM(A1);;;;", lines.get(4));
        assertEquals("'-2+3;;;;", lines.get(5));
    }

    @Test
    void anImportedCsvLosesTheGuardAgain() {
        assertEquals("+33 6 12 34 56 78", CsvTable.unguard("'+33 6 12 34 56 78"));
        assertEquals("'quote", CsvTable.unguard("'quote"));
    }

    @Test
    void xlsxHasTheSameColumnsWithNumbersAsNumbers() throws IOException {
        byte[] xlsx = XlsxWriter.write(TABLE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            assertEquals("Relevé", workbook.getFirstSheet().getName());
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(6, rows.size());
            assertEquals("Montant (€)", rows.get(0).getCellText(2));
            Row lentils = rows.get(1);
            assertEquals(CellType.NUMBER, lentils.getCell(1).getType());
            assertEquals(0, new BigDecimal("2.5").compareTo(lentils.getCell(1).asNumber()));
            assertEquals(CellType.NUMBER, lentils.getCell(2).getType());
            assertEquals(0, new BigDecimal("12.50").compareTo(lentils.getCell(2).asNumber()));
            assertTrue(lentils.getCell(2).getDataFormatString().contains("#,##0.00"), lentils.getCell(2).getDataFormatString());
            assertTrue(lentils.getCell(2).getDataFormatString().contains("€"), lentils.getCell(2).getDataFormatString());
            assertEquals(LocalDate.of(2026, 12, 4), lentils.getCell(3).asDate().toLocalDate());
            assertEquals(0, BigDecimal.valueOf(3).compareTo(lentils.getCell(4).asNumber()));
            assertEquals(0, new BigDecimal("-3.50").compareTo(rows.get(2).getCell(2).asNumber()));
            for (int r = 2; r <= 5; r++) {
                var text = rows.get(r).getCell(0);
                assertEquals(CellType.STRING, text.getType(), "never a formula");
                assertTrue(text.asString().startsWith("'"), text.asString());
            }
        }
    }

    @Test
    void sheetNamesFitExcelsRules() {
        assertEquals("Relevé 2026 12", XlsxWriter.sheetName("Relevé 2026/12"));
        assertEquals(31, XlsxWriter.sheetName("Un nom de feuille beaucoup trop long pour Excel").length());
    }
}
