package org.paniercommun.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.IntBinaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A printed document drawn page by page with PDFBox: A4 portrait or landscape, margins, elements ({@link Paragraph},
 * {@link Table}, {@link Block}, {@link BarChart}) stacked from the top of each page, a new page when the next one
 * does not fit, and an optional footer ("Page 3 / 12") stamped on every page once the number of pages is known.
 *
 * <p>Each page's drawing goes into its own content stream, compressed and closed as soon as the page is full; no
 * layout tree is kept, so memory grows with the compressed pages (a few kilobytes each), not with the rows of a
 * list. Fonts are embedded once per document as subsets ({@link PrintFonts}).
 *
 * <p>No business logic here: each printout is a small class of its feature that feeds its view's rows to this kit.
 */
public final class PrintDocument implements AutoCloseable {

    /** Millimetres to PDF points. */
    public static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    /** Writes the footer of page {@code page} of {@code pages}. */
    @FunctionalInterface
    public interface Footer {
        String text(int page, int pages);
    }

    private final PDDocument pdf = new PDDocument();
    private final PrintFonts fonts;
    private final PDRectangle size;
    private final float margin;
    private Footer footer;
    private boolean closed;

    private PDPageContentStream content;
    private int pageNumber;
    private float y;
    // Graphics state of the current content stream, to skip repeating it on every text.
    private PDType0Font currentFont;
    private float currentSize;
    private float currentGray = -1;

    private PrintDocument(String title, PDRectangle size, float marginMm) {
        this.size = size;
        this.margin = mm(marginMm);
        try {
            this.fonts = new PrintFonts(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.getDocumentInformation().setTitle(title);
        pdf.getDocumentInformation().setCreator("Panier Commun");
    }

    /** An A4 portrait document with the same margin on every side. */
    public static PrintDocument a4(String title, float marginMm) {
        return new PrintDocument(title, PDRectangle.A4, marginMm);
    }

    public static PrintDocument a4Landscape(String title, float marginMm) {
        return new PrintDocument(title, new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), marginMm);
    }

    /** A footer centred in the bottom margin of every page, in {@link Style#NOTE} black. */
    public PrintDocument footer(Footer value) {
        this.footer = value;
        return this;
    }

    /** "Page 2 / 7" with the word given (from the document's message bundle). */
    public PrintDocument pageNumbers(String word) {
        return footer((page, pages) -> word + " " + page + " / " + pages);
    }

    /** Puts an element on the pages from the current position. */
    public PrintDocument add(Element element) {
        element.flow(this);
        return this;
    }

    /** Starts a table fed row by row: see {@link TableWriter}. */
    public TableWriter table(Table table) {
        return new TableWriter(this, table);
    }

    /** Vertical space in points; none at the top of a page. */
    public PrintDocument space(float points) {
        if (content != null) {
            y = Math.max(bottom(), y - points);
        }
        return this;
    }

    /** Ends the current page: the next element starts on a new one. */
    public void newPage() {
        try {
            closePage();
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            currentFont = null;
            currentGray = -1;
            pageNumber++;
            y = size.getHeight() - margin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as PDF bytes; closes it. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    /** Stamps the footers, subsets the fonts and writes the document; closes it. */
    public void writeTo(OutputStream out) {
        try {
            if (pageNumber == 0) {
                newPage();
            }
            closePage();
            if (footer != null) {
                stampFooters();
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closePage();
            fonts.close();
            pdf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- for the elements: where to draw, and how ----

    /** Left edge of the text area. */
    float left() {
        return margin;
    }

    /** Width of the text area. */
    float width() {
        return size.getWidth() - 2 * margin;
    }

    /** Bottom of the text area. */
    float bottom() {
        return margin;
    }

    /** Height of the whole text area of a page. */
    float pageHeight() {
        return size.getHeight() - 2 * margin;
    }

    /** The current position: top of the next element. */
    float y() {
        ensurePage();
        return y;
    }

    int pageNumber() {
        return pageNumber;
    }

    /** A new page unless {@code height} points fit below the current position (or the page is still empty). */
    void ensureRoom(float height) {
        ensurePage();
        boolean pageEmpty = y >= size.getHeight() - margin;
        if (!pageEmpty && y - height < bottom()) {
            newPage();
        }
    }

    void advance(float height) {
        y -= height;
    }

    String printable(String text, Style style) {
        return fonts.face(style).printable(text);
    }

    float width(String printableText, Style style) {
        return fonts.width(printableText, style);
    }

    /** Text (already {@link #printable}) with its baseline at {@code baseline}. */
    void text(float x, float baseline, String printableText, Style style) {
        if (printableText.isEmpty()) {
            return;
        }
        try {
            gray(style.gray());
            content.beginText();
            PDType0Font font = fonts.face(style).font;
            if (font != currentFont || style.size() != currentSize) {
                content.setFont(font, style.size());
                currentFont = font;
                currentSize = style.size();
            }
            content.newLineAtOffset(x, baseline);
            content.showText(printableText);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty box to tick or write in: thin black border, bottom-left corner at (x, y). */
    void box(float x, float y, float w, float h) {
        stroke(x, y, w, h, 0.75f, 0);
    }

    /** The frame of a {@link Block}. */
    void frame(float x, float y, float w, float h) {
        stroke(x, y, w, h, 0.75f, 0.25f);
    }

    /** The thin grey rule under a table row. */
    void rule(float x, float y, float w) {
        try {
            content.setLineWidth(0.75f);
            content.setStrokingColor(0.6f);
            content.moveTo(x, y);
            content.lineTo(x + w, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle (a bar of a chart), bottom-left corner at (x, y), in an RGB colour (0-1 each). */
    void fill(float x, float y, float w, float h, float r, float g, float b) {
        try {
            content.setNonStrokingColor(r, g, b);
            currentGray = -1;
            content.addRect(x, y, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stroke(float x, float y, float w, float h, float lineWidth, float gray) {
        try {
            content.setLineWidth(lineWidth);
            content.setStrokingColor(gray);
            content.addRect(x, y, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void gray(float gray) throws IOException {
        if (gray != currentGray) {
            content.setNonStrokingColor(gray);
            currentGray = gray;
        }
    }

    private void ensurePage() {
        if (content == null) {
            newPage();
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private void stampFooters() throws IOException {
        int pages = pdf.getNumberOfPages();
        Style black = new Style(9, false, 0);
        for (int i = 0; i < pages; i++) {
            PDPage page = pdf.getPage(i);
            content = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true);
            currentFont = null;
            currentGray = -1;
            String text = printable(footer.text(i + 1, pages), black);
            float w = width(text, black);
            text((size.getWidth() - w) / 2, margin / 2 - 3, text, black);
            closePage();
        }
    }
}
