package org.paniercommun.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.paniercommun.distribution.PickupLists.PickList;
import org.paniercommun.distribution.PickupLists.PickItem;
import org.paniercommun.distribution.PickupLists.PickupHousehold;
import org.paniercommun.distribution.PickupLists.PickupLine;
import org.paniercommun.distribution.PickupLists.PickupList;
import org.paniercommun.ordering.PickupStatus;
import org.paniercommun.kernel.Money;

/**
 * The pickup and pick lists drawn as PDF (issue 25): built from views made in memory, read back as text. The
 * 500-household list of the benchmark (15 lines each, 7,500 lines) renders whole, household blocks never split.
 */
@QuarkusTest
class PickupListPdfTest {

    private static final String[] PRODUCTS = { "Lentilles vertes", "Farine T80", "Huile d'olive vierge extra",
            "Pâtes complètes", "Café moulu équitable", "Chocolat noir 70 %", "Riz basmati", "Pois chiches",
            "Sucre de canne", "Miel de fleurs", "Savon de Marseille", "Œufs plein air", "Pommes Boskoop",
            "Jus de pomme", "Flocons d'avoine" };

    @Test
    void pickupListShowsEachHouseholdWithItsBoxesAndTheTotal() throws IOException {
        PickupList list = list(3, 2, 20);
        try (PDDocument document = Loader.loadPDF(PickupListDocument.pdf(list))) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \t]+", " ");
            assertTrue(text.contains("Liste d'émargement — Centre social Léo-Lagrange"), text);
            assertTrue(text.contains("Décembre · distribution le "), text);
            assertTrue(text.contains("n° 1 — Foyer Zoé Ça-Œuvre"), text);
            assertTrue(text.contains("n° 2 — Foyer n°2 (Absent)"), "a status other than waiting is named: " + text);
            assertTrue(text.contains("Produit Commandé À remettre Pesé Remis"), text);
            assertTrue(text.contains("Lentilles vertes 2 kg 2 kg"), text);
            assertTrue(text.contains("À payer : 12,50\u00a0€"), text);
            assertTrue(text.contains("Payé") && text.contains("Initiales :"), text);
            assertTrue(text.contains("Bons acceptés : jusqu'à 6"), text);
            assertTrue(text.contains("Moyen de paiement : Espèces Carte bancaire Chèque Virement Monnaie locale Autre"),
                    text);
            assertTrue(text.contains("Total à encaisser : 37,50\u00a0€"), text);
            assertTrue(text.contains("Bons solidaires dans la boîte : 20"), text);
            assertTrue(text.contains("Page 1 / 1"), text);
            assertTrue(!text.contains("Tarif") && !text.contains("cagnotte"), "no tier, no fund use: " + text);
        }
    }

    @Test
    void aHouseholdWithNothingToHandOverAndOddCharactersStillPrint() throws IOException {
        PickupHousehold nothing = new PickupHousehold(9, 9, "Ĳsbrand 🍎 Tab\there", "9",
                List.of(new PickupLine(1, 1, "Farine T80", "kg", true, BigDecimal.ONE, BigDecimal.ZERO, null, true)),
                0, 0, PickupStatus.WAITING, "En attente", null, 0, false);
        PickupList list = new PickupList(1, "Décembre", 2, 3, "Point", "1 rue du Marché", LocalDate.of(2026, 12, 12),
                "14 h – 17 h", false, List.of(nothing), 0, 0, 0, 0, 0);
        try (PDDocument document = Loader.loadPDF(PickupListDocument.pdf(list))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Rien à remettre."), text);
            assertTrue(text.contains("n° 9 — Ĳsbrand ? Tab here"), "a character the font lacks becomes '?': " + text);
            assertTrue(!text.contains("Bons acceptés"), "no bons line when the relay point takes none: " + text);
        }
    }

    /** The benchmark's list: 500 households of 15 lines; every household and line is there, pages are numbered. */
    @Test
    void fiveHundredHouseholdsSpanManyPagesWithNoBlockSplit() throws IOException {
        PickupList list = list(500, 15, 0);
        byte[] pdf = PickupListDocument.pdf(list);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 250, "a household of 15 lines fills most of a page: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document);
            assertEquals(500, all.split("Moyen de paiement :", -1).length - 1, "one block per household");
            assertEquals(7500, all.split(" kg ", -1).length - 1 - 0, "every line, with ordered and handed-out");
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("Page " + page + " / " + pages), text);
                int blocks = text.split("Moyen de paiement :", -1).length - 1;
                int headings = text.split("\nn° ", -1).length - 1 + (text.startsWith("n° ") ? 1 : 0);
                assertEquals(headings, blocks, "a household's block is never split over two pages (page " + page + ")");
                if (page > 1) {
                    assertTrue(text.startsWith("n° "), "each page starts with a household: " + text);
                }
            }
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertTrue(stripper.getText(document).contains("Total à encaisser : " + Money.format(500 * 1250L)));
        }
    }

    @Test
    void pickListHasItsRowsAndRepeatsItsHeaderOnEveryPage() throws IOException {
        List<PickItem> items = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            items.add(new PickItem(PRODUCTS[i % PRODUCTS.length] + " " + i, "Ferme du Marais", "kg",
                    BigDecimal.valueOf(i + 1), i % 7 + 1));
        }
        PickList list = new PickList(1, "Décembre", "Centre social", "1 rue du Marché", LocalDate.of(2026, 12, 12),
                "14 h – 17 h", items);
        try (PDDocument document = Loader.loadPDF(PickListDocument.pdf(list))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "120 products take several pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document);
            assertTrue(all.contains("Préparation — Centre social"), all);
            assertTrue(all.contains("Lentilles vertes 0 Ferme du Marais 1 kg 1"), all);
            assertTrue(all.contains("Pâtes complètes 3 Ferme du Marais 4 kg 4"), all);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertTrue(second.startsWith("Produit Producteur Quantité Foyers Prêt"), "header repeated: " + second);
            assertTrue(second.contains("Page 2 / " + pages), second);
        }
        PickList empty = new PickList(1, "Décembre", "Centre social", "", LocalDate.of(2026, 12, 12), "", List.of());
        try (PDDocument document = Loader.loadPDF(PickListDocument.pdf(empty))) {
            assertTrue(new PDFTextStripper().getText(document).contains("Rien pour ce point relais."));
        }
    }

    /**
     * Timing of the 500-household list, printed, not asserted (run with {@code -Dprint.timing=true}): first render,
     * p50 of 10, bytes allocated by one render.
     */
    @Test
    @EnabledIfSystemProperty(named = "print.timing", matches = "true")
    void timing() throws IOException {
        PickupList list = list(500, 15, 0);
        long start = System.nanoTime();
        byte[] pdf = PickupListDocument.pdf(list);
        int size = pdf.length;
        double first = (System.nanoTime() - start) / 1e6;
        double[] runs = new double[Integer.getInteger("print.runs", 10)];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (int i = 0; i < runs.length; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long t = System.nanoTime();
            PickupListDocument.pdf(list);
            runs[i] = (System.nanoTime() - t) / 1e6;
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        Arrays.sort(runs);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        System.out.printf("500-household pickup list PDF: %d pages, %d bytes, first %.0f ms, p50 %.0f ms, min %.0f ms, max %.0f ms,"
                + " %.1f MB allocated per render%n", pages, size, first, runs[runs.length / 2], runs[0], runs[runs.length - 1], allocated / 1e6);
    }

    /** {@code households} households of {@code lines} lines each, 12,50 € to collect each. */
    static PickupList list(int households, int lines, int bonsInBox) {
        List<PickupHousehold> list = new ArrayList<>(households);
        for (int h = 1; h <= households; h++) {
            List<PickupLine> pickup = new ArrayList<>(lines);
            for (int l = 0; l < lines; l++) {
                BigDecimal q = BigDecimal.valueOf(l % 3 + 1 + (h == 1 && l == 0 ? 1 : 0));
                pickup.add(new PickupLine(h * 100L + l, l, PRODUCTS[l % PRODUCTS.length], "kg", l % 2 == 0, q, q, null,
                        false));
            }
            String name = h == 1 ? "Foyer Zoé Ça-Œuvre" : "Foyer n°" + h;
            PickupStatus status = h == 2 && households < 10 ? PickupStatus.ABSENT : PickupStatus.WAITING;
            list.add(new PickupHousehold(h, h, name, String.valueOf(h), pickup, 1250, 0, status,
                    status == PickupStatus.ABSENT ? "Absent" : "En attente", null, 0, false));
        }
        return new PickupList(1, "Décembre", 2, 3, "Centre social Léo-Lagrange", "1 rue du Marché, Lens",
                LocalDate.of(2026, 12, 12), "14 h – 17 h", false, list, households * 1250L, 0, 0,
                bonsInBox > 0 ? 50 : 0, bonsInBox);
    }
}
