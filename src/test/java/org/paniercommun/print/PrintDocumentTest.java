package org.paniercommun.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paniercommun.print.Table.Cell;
import org.paniercommun.print.Table.Column;

/** Plain Java: the printing kit on its own (no message bundle, no database). */
class PrintDocumentTest {

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndNumbersThePages() {
        PrintDocument document = PrintDocument.a4("Essai", 15).pageNumbers("Page");
        document.add(Paragraph.of(Style.TITLE, "Liste « spéciale » : é è à ç œ € · 1\u202f234,50\u00a0€"));
        TableWriter table = document.table(Table.of(Style.TABLE, Column.left(0.6f), Column.right(0.2f),
                Column.left(0.2f)).header("Produit", "Quantité", "Prêt"));
        for (int i = 1; i <= 200; i++) {
            table.row("Produit n° " + i + " au nom assez long pour passer à la ligne dans sa colonne étroite", i + " kg",
                    Cell.box(5, 5));
        }
        table.end();
        PdfText text = PdfText.of(document.toBytes());
        assertTrue(text.pages() >= 3, "200 rows of two lines: " + text.pages());
        assertTrue(text.all().contains("Liste « spéciale » : é è à ç œ € · 1\u202f234,50\u00a0€"), text.all());
        for (int page = 1; page <= text.pages(); page++) {
            assertTrue(text.page(page).contains("Produit Quantité Prêt"), "header on page " + page);
            assertTrue(text.page(page).contains("Page " + page + " / " + text.pages()), text.page(page));
        }
        assertTrue(text.page(2).startsWith("Produit Quantité Prêt"), text.page(2));
        for (int i = 1; i <= 200; i++) {
            assertTrue(text.all().contains("Produit n° " + i + " au nom"), "row " + i);
        }
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksAndAHugeWordIsCut() {
        PrintDocument document = PrintDocument.a4("Essai", 15);
        document.add(Paragraph.of(Style.BODY, "Pomme 🍎 et 漢字\tfin"));
        document.add(Table.of(Style.TABLE, Column.left(0.1f), Column.left(0.9f)).row("x".repeat(80), "à côté"));
        PdfText text = PdfText.of(document.toBytes());
        assertTrue(text.all().contains("Pomme ? et ?? fin"), text.all());
        assertEquals(80, text.all().chars().filter(c -> c == 'x').count(), "every character of the cut word: " + text.all());
    }
}
