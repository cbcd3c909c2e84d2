package org.paniercommun.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces every document embeds: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence, see
 * {@code fonts/LICENSE-DejaVu.txt}), as subsets holding only the glyphs a document uses. The font files are read once
 * per JVM; each document parses its own copy (a fontbox {@link TrueTypeFont} reads its tables lazily and is not made
 * to be shared between threads), which costs about a millisecond. Widths are cached per document and character.
 */
final class PrintFonts {

    private static final byte[] REGULAR = withoutSubstitutions(read("/fonts/DejaVuSans.ttf"));
    private static final byte[] BOLD = withoutSubstitutions(read("/fonts/DejaVuSans-Bold.ttf"));

    private final Face regular;
    private final Face bold;

    PrintFonts(PDDocument document) throws IOException {
        regular = new Face(document, REGULAR);
        bold = new Face(document, BOLD);
    }

    Face face(Style style) {
        return style.bold() ? bold : regular;
    }

    /** Width in points of {@code text} (already {@link Face#printable printable}) in {@code style}. */
    float width(String text, Style style) {
        return face(style).width(text) * style.size() / 1000f;
    }

    void close() throws IOException {
        regular.ttf.close();
        bold.ttf.close();
    }

    /** One embedded face, with the characters it can draw and their widths. */
    static final class Face {
        final PDType0Font font;
        private final TrueTypeFont ttf;
        private final CmapLookup cmap;
        /** Width in 1/1000 em of each character of the Basic Multilingual Plane, NaN until first asked. */
        private final float[] widths = new float[0x10000];

        Face(PDDocument document, byte[] file) throws IOException {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
            cmap = ttf.getUnicodeCmapLookup();
            font = PDType0Font.load(document, ttf, true);
            java.util.Arrays.fill(widths, Float.NaN);
        }

        /**
         * The text with what the font cannot draw replaced: control characters (tab, line breaks) by a space, any
         * character without a glyph by '?', so that an odd character in a name never fails a printout.
         */
        String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char replacement = c;
                if (Character.isISOControl(c)) {
                    replacement = ' ';
                } else if (Character.isSurrogate(c) || cmap.getGlyphId(c) == 0) {
                    replacement = '?';
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        if (out == null) {
                            out = new StringBuilder(text.length()).append(text, 0, i);
                        }
                        out.append('?');
                        i++;
                        continue;
                    }
                }
                if (replacement != c && out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (out != null) {
                    out.append(replacement);
                }
            }
            return out == null ? text : out.toString();
        }

        /** Width in 1/1000 em of printable text. */
        float width(String text) {
            float sum = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                float w = widths[c];
                if (Float.isNaN(w)) {
                    try {
                        w = font.getStringWidth(String.valueOf(c));
                    } catch (IOException | IllegalArgumentException e) {
                        w = 500;
                    }
                    widths[c] = w;
                }
                sum += w;
            }
            return sum;
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden: PDFBox 3 runs every {@code showText} of a font that
     * has one through its GSUB worker, which compiles regular expressions per call; that was 90 % of the time and
     * most of the allocation of a 500-household list. Printouts of names, products and amounts need no
     * substitution (ligatures, contextual forms), and the embedded subset never holds a GSUB table anyway. The
     * table's tag in the font's table directory is renamed in the copy read into memory; the file is unchanged.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                font[entry] = 'x'; // "xSUB": a table no reader knows
            }
        }
        return font;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PrintFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
