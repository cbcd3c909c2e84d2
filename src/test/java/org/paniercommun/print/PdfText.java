package org.paniercommun.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A printed document read back as text, whole or page by page, with runs of spaces and tabs folded to one space. */
public record PdfText(int pages, String all, String[] byPage) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = fold(stripper.getText(document));
            int pages = document.getNumberOfPages();
            String[] byPage = new String[pages];
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                byPage[page - 1] = fold(stripper.getText(document));
            }
            return new PdfText(pages, all, byPage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text on one line: every run of white space (line breaks of wrapped cells too) as one space. */
    public String flat() {
        return all.replaceAll("\\s+", " ");
    }

    /** The text of page {@code page} on one line, as {@link #flat}. */
    public String flatPage(int page) {
        return byPage[page - 1].replaceAll("\\s+", " ");
    }

    /** The text of page {@code page} (from 1). */
    public String page(int page) {
        return byPage[page - 1];
    }

    private static String fold(String text) {
        return text.replaceAll("[ \\t]+", " ");
    }
}
