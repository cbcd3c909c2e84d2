package org.paniercommun.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that wraps to the width it is given, made of runs of several styles and of boxes drawn inline (the tick box
 * before "Payé", the box to write initials in). Words wrap at spaces (a no-break space holds its neighbours
 * together); a word wider than the line is cut. Built by chaining: {@code Paragraph.of(Style.BODY).text("À payer :
 * ").bold(amount).box(5, 5)}.
 */
public final class Paragraph implements Element {

    /** How the lines sit in their width. */
    public enum Align {
        LEFT, RIGHT, CENTER
    }

    private sealed interface Run permits Text, Box {
    }

    private record Text(String text, Style style) implements Run {
    }

    /** An empty box of {@code width} × {@code height} points, drawn with a thin black border. */
    private record Box(float width, float height) implements Run {
    }

    /** A laid-out piece of a line: text or box at an offset. */
    private record Piece(Run run, String text, float x, float width) {
    }

    private record Line(List<Piece> pieces, float width, float height) {
    }

    private final Style style;
    private final List<Run> runs = new ArrayList<>(4);
    private Align align = Align.LEFT;
    private float spaceBefore;
    private float spaceAfter;
    private float indent;
    /** The last layout and its width: a block measures its paragraphs, then draws them at the same width. */
    private float laidOutWidth = -1;
    private List<Line> laidOut;

    private Paragraph(Style style) {
        this.style = style;
    }

    /** An empty paragraph whose text runs default to {@code style}. */
    public static Paragraph of(Style style) {
        return new Paragraph(style);
    }

    /** A paragraph of one run. */
    public static Paragraph of(Style style, String text) {
        return new Paragraph(style).text(text);
    }

    public Paragraph text(String text) {
        return text(text, style);
    }

    public Paragraph text(String text, Style runStyle) {
        if (text != null && !text.isEmpty()) {
            runs.add(new Text(text, runStyle));
        }
        return this;
    }

    public Paragraph bold(String text) {
        return text(text, style.inBold());
    }

    /** An empty box, {@code widthMm} × {@code heightMm}, to tick or write in. */
    public Paragraph box(float widthMm, float heightMm) {
        runs.add(new Box(PrintDocument.mm(widthMm), PrintDocument.mm(heightMm)));
        return this;
    }

    public Paragraph align(Align value) {
        this.align = value;
        return this;
    }

    /** A left indent of the whole paragraph, in millimetres. */
    public Paragraph indent(float mm) {
        this.indent = PrintDocument.mm(mm);
        return this;
    }

    /** Space above and below, in points. */
    public Paragraph spacing(float before, float after) {
        this.spaceBefore = before;
        this.spaceAfter = after;
        return this;
    }

    @Override
    public float height(PrintDocument document, float width) {
        float h = spaceBefore + spaceAfter;
        for (Line line : lines(document, width)) {
            h += line.height;
        }
        return h;
    }

    @Override
    public void draw(PrintDocument document, float x, float top, float width) {
        float y = top - spaceBefore;
        for (Line line : lines(document, width)) {
            drawLine(document, line, x, y, width);
            y -= line.height;
        }
    }

    /** Line by line, breaking pages between lines (a paragraph longer than the space left). */
    @Override
    public void flow(PrintDocument document) {
        List<Line> lines = lines(document, document.width());
        document.ensureRoom(spaceBefore + (lines.isEmpty() ? 0 : lines.get(0).height));
        document.advance(spaceBefore);
        for (Line line : lines) {
            document.ensureRoom(line.height);
            drawLine(document, line, document.left(), document.y(), document.width());
            document.advance(line.height);
        }
        document.advance(Math.min(spaceAfter, document.y() - document.bottom()));
    }

    private void drawLine(PrintDocument document, Line line, float x, float top, float width) {
        float offset = switch (align) {
            case LEFT -> indent;
            case RIGHT -> width - line.width;
            case CENTER -> indent + (width - indent - line.width) / 2;
        };
        for (Piece piece : line.pieces) {
            if (piece.run instanceof Box box) {
                document.box(x + offset + piece.x, top - (line.height - box.height) / 2 - box.height, box.width, box.height);
            } else {
                Style s = ((Text) piece.run).style;
                // Text centred on the line: its middle (about 0.35 em above the baseline) at the line's middle.
                document.text(x + offset + piece.x, top - line.height / 2 - 0.35f * s.size(), piece.text, s);
            }
        }
    }

    private List<Line> lines(PrintDocument document, float width) {
        if (width != laidOutWidth) {
            laidOut = breakLines(document, width - indent);
            laidOutWidth = width;
        }
        return laidOut;
    }

    /**
     * Greedy line breaking at spaces, across runs. The words of one run that end up on one line make one piece (one
     * text operator in the page); a single run that fits, most table cells, is measured once and kept whole.
     */
    private List<Line> breakLines(PrintDocument document, float width) {
        if (runs.size() == 1 && runs.get(0) instanceof Text only) {
            String printable = document.printable(only.text, only.style);
            float w = document.width(printable, only.style);
            if (w <= width) {
                return List.of(new Line(List.of(new Piece(only, printable, 0, w)), w, only.style.lineHeight()));
            }
        }
        LineBuilder line = new LineBuilder(style.lineHeight());
        for (Run run : runs) {
            if (run instanceof Box box) {
                // No space of its own: the texts around a box carry theirs ("Payé" → " Payé").
                if (line.x > 0 && line.x + box.width > width) {
                    line.wrap(style.lineHeight());
                }
                line.pieces.add(new Piece(box, null, line.x, box.width));
                line.x += box.width;
                line.height = Math.max(line.height, box.height + 3);
                continue;
            }
            Text text = (Text) run;
            String printable = document.printable(text.text, text.style);
            float space = document.width(" ", text.style);
            line.height = Math.max(line.height, text.style.lineHeight());
            int pieceStart = -1; // where the current piece of this run starts in printable, on the current line
            float pieceX = 0;
            int pieceEnd = 0;
            int start = 0;
            while (start <= printable.length()) {
                int end = printable.indexOf(' ', start);
                if (end < 0) {
                    end = printable.length();
                }
                float gap = start > 0 && line.x > 0 ? space : 0;
                float w = document.width(printable.substring(start, end), text.style);
                if (line.x > 0 && end > start && line.x + gap + w > width) {
                    if (pieceStart >= 0) {
                        line.add(text, printable.substring(pieceStart, pieceEnd), pieceX);
                        pieceStart = -1;
                    }
                    line.wrap(text.style.lineHeight());
                    gap = 0;
                }
                int wordStart = start;
                while (w > width && end - wordStart > 1) {
                    // A word wider than the whole line: cut it where it fills the line.
                    int cut = end - 1;
                    while (cut > wordStart + 1 && document.width(printable.substring(wordStart, cut), text.style) > width) {
                        cut--;
                    }
                    String head = printable.substring(wordStart, cut);
                    float at = line.x;
                    line.x += document.width(head, text.style);
                    line.add(text, head, at);
                    line.wrap(text.style.lineHeight());
                    wordStart = cut;
                    w = document.width(printable.substring(wordStart, end), text.style);
                }
                if (pieceStart < 0) {
                    pieceStart = line.x == 0 ? wordStart : (gap > 0 ? wordStart - 1 : wordStart);
                    pieceX = line.x;
                }
                line.x += gap + w;
                pieceEnd = end;
                start = end + 1;
            }
            if (pieceStart >= 0 && pieceEnd > pieceStart) {
                line.add(text, printable.substring(pieceStart, pieceEnd), pieceX);
            }
        }
        line.wrap(0);
        return line.lines;
    }

    /** The lines made so far and the one being filled. */
    private final class LineBuilder {
        final List<Line> lines = new ArrayList<>(2);
        List<Piece> pieces = new ArrayList<>(4);
        float x;
        float height;
        private float pieceEndX;

        LineBuilder(float height) {
            this.height = height;
        }

        void add(Text text, String piece, float at) {
            pieces.add(new Piece(text, piece, at, x - at));
            pieceEndX = x;
        }

        void wrap(float nextHeight) {
            if (!pieces.isEmpty() || lines.isEmpty()) {
                lines.add(new Line(pieces, Math.max(x, pieceEndX), height));
            }
            pieces = new ArrayList<>(4);
            x = 0;
            pieceEndX = 0;
            height = nextHeight;
        }
    }
}
