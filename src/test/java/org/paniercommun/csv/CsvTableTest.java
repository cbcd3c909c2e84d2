package org.paniercommun.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsExcelFrenchSemicolonFileWithBomAndAccentsInHeaders() throws Exception {
        CsvTable table = CsvTable.parse("\uFEFFNom;Prix d'achat;Adhésion payée\r\nHuile d'olive;10,50;oui\r\n");
        assertEquals(1, table.rows().size());
        CsvTable.Row row = table.rows().get(0);
        assertEquals(2, row.line());
        assertEquals("Huile d'olive", table.cell(row, "nom").orElseThrow());
        assertEquals("10,50", table.cell(row, "prix_d_achat").orElseThrow());
        assertEquals("oui", table.cell(row, "adhesion_payee").orElseThrow());
    }

    @Test
    void readsCommaFileWithQuotedCellsAndKeepsSpreadsheetLineNumbers() throws Exception {
        CsvTable table = CsvTable.parse("nom,description\n\"Lentilles\",\"vertes, du Nord\"\n\nRiz,\"long\ngrain\"\nPâtes,\n");
        assertEquals(List.of(2, 4, 6), table.rows().stream().map(CsvTable.Row::line).toList());
        assertEquals("vertes, du Nord", table.cell(table.rows().get(0), "description").orElseThrow());
        assertTrue(table.cell(table.rows().get(2), "description").isEmpty());
        assertTrue(table.cell(table.rows().get(0), "absente").isEmpty());
    }

    @Test
    void fallsBackToWindows1252WhenTheFileIsNotUtf8() throws Exception {
        byte[] bytes = "nom;ville\nCafé;Liévin\n".getBytes(Charset.forName("windows-1252"));
        CsvTable table = CsvTable.parse(new ByteArrayInputStream(bytes));
        assertEquals("Café", table.cell(table.rows().get(0), "nom").orElseThrow());
        assertEquals("Liévin", table.cell(table.rows().get(0), "ville").orElseThrow());
    }

    @Test
    void writerProducesWhatTheReaderReads() throws Exception {
        String csv = CsvWriter.write(List.of("nom", "prix"), List.of(List.of("Huile; 5 L", "52,50")));
        assertTrue(csv.startsWith("\uFEFFnom;prix\r\n"));
        CsvTable table = CsvTable.parse(csv);
        assertEquals("Huile; 5 L", table.cell(table.rows().get(0), "nom").orElseThrow());
    }
}
