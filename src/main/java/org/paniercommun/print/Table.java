package org.paniercommun.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table with declared column widths (fractions of the width, summing to 1), a bold header row, cells that wrap,
 * a thin grey rule under each row. A table given to {@link PrintDocument#add} flows over pages with its header
 * repeated on each and no row split; a long list is better fed row by row through {@link PrintDocument#table},
 * which holds no rows. Inside a {@link Block} the table stays whole.
 */
public final class Table implements Element {

    private float padX = 3;
    private float padY = 2;
    private boolean grid;
    private boolean alignTop;
    private float minRowHeight;

    /** A column: its share of the width and how its cells (and header) are aligned. */
    public record Column(float fraction, Paragraph.Align align) {
        public static Column left(float fraction) {
            return new Column(fraction, Paragraph.Align.LEFT);
        }

        /** For numbers and amounts. */
        public static Column right(float fraction) {
            return new Column(fraction, Paragraph.Align.RIGHT);
        }

        public static Column center(float fraction) {
            return new Column(fraction, Paragraph.Align.CENTER);
        }
    }

    /**
     * A cell: text (plain or bold), an empty box to tick or write in, or any paragraph; it may span several columns.
     * A cell's alignment is its column's unless it is a paragraph of its own.
     */
    public record Cell(String text, boolean bold, float boxWidthMm, float boxHeightMm, Paragraph paragraph, int span,
            Paragraph.Align align) {
        public static Cell text(String text) {
            return new Cell(text, false, 0, 0, null, 1, null);
        }

        public static Cell bold(String text) {
            return new Cell(text, true, 0, 0, null, 1, null);
        }

        /** An empty square or write-in box of {@code widthMm} × {@code heightMm}. */
        public static Cell box(float widthMm, float heightMm) {
            return new Cell(null, false, widthMm, heightMm, null, 1, null);
        }

        public static Cell empty() {
            return text("");
        }

        public static Cell of(Paragraph paragraph) {
            return new Cell(null, false, 0, 0, paragraph, 1, null);
        }

        /** The same cell over {@code columns} columns. */
        public Cell span(int columns) {
            return new Cell(text, bold, boxWidthMm, boxHeightMm, paragraph, columns, align);
        }

        /** The same cell aligned to the right whatever its column (a total's label under a text column). */
        public Cell right() {
            return new Cell(text, bold, boxWidthMm, boxHeightMm, paragraph, span, Paragraph.Align.RIGHT);
        }

        Paragraph paragraph(Style style, Paragraph.Align columnAlign) {
            if (paragraph != null) {
                return paragraph;
            }
            Paragraph.Align a = align == null ? columnAlign : align;
            if (boxWidthMm > 0) {
                return Paragraph.of(style).box(boxWidthMm, boxHeightMm).align(a);
            }
            return Paragraph.of(bold ? style.inBold() : style, text).align(a);
        }
    }

    private final Style style;
    private final Column[] columns;
    private List<Cell> header = List.of();
    private final List<List<Cell>> rows = new ArrayList<>();
    private float spaceAfter = 6;
    private float headerWidth = -1;
    private LaidOutRow laidOutHeader;
    private float rowsWidth = -1;
    private List<LaidOutRow> laidOutRows;

    private Table(Style style, Column[] columns) {
        this.style = style;
        this.columns = columns;
    }

    public static Table of(Style style, Column... columns) {
        return new Table(style, columns);
    }

    public Table header(String... titles) {
        this.header = Arrays.stream(titles).map(Cell::bold).toList();
        return this;
    }

    /** Cells given as strings (plain text) or {@link Cell}s. */
    public Table row(Object... cells) {
        rows.add(cells(cells));
        rowsWidth = -1;
        return this;
    }

    /** Cell padding in millimetres (default about 1 × 0.7 mm). */
    public Table padding(float xMm, float yMm) {
        this.padX = PrintDocument.mm(xMm);
        this.padY = PrintDocument.mm(yMm);
        return this;
    }

    /** Every cell framed in black (a form to fill in), instead of a grey rule under each row. */
    public Table grid() {
        this.grid = true;
        return this;
    }

    /** Cells at the top of their row instead of its middle (labels of boxes to write in). */
    public Table alignTop() {
        this.alignTop = true;
        return this;
    }

    /** Rows at least this tall, in millimetres: room to write by hand. */
    public Table minRowHeight(float mm) {
        this.minRowHeight = PrintDocument.mm(mm);
        return this;
    }

    public Table spaceAfter(float points) {
        this.spaceAfter = points;
        return this;
    }

    static List<Cell> cells(Object... cells) {
        List<Cell> list = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            list.add(cell instanceof Cell c ? c : Cell.text(cell == null ? "" : cell.toString()));
        }
        return list;
    }

    boolean hasHeader() {
        return !header.isEmpty();
    }

    float spaceAfter() {
        return spaceAfter;
    }

    /** One row laid out at a width: its cells' paragraphs, their x offsets and widths, and the row's height. */
    record LaidOutRow(Paragraph[] paragraphs, float[] xs, float[] widths, float[] heights, float height) {
    }

    LaidOutRow layOut(PrintDocument document, List<Cell> cells, float width) {
        int n = cells.size();
        Paragraph[] paragraphs = new Paragraph[n];
        float[] xs = new float[n];
        float[] widths = new float[n];
        float[] heights = new float[n];
        float height = 0;
        int column = 0;
        float x = 0;
        for (int i = 0; i < n && column < columns.length; i++) {
            Cell cell = cells.get(i);
            float fraction = 0;
            for (int c = column; c < Math.min(columns.length, column + cell.span()); c++) {
                fraction += columns[c].fraction();
            }
            float cellWidth = fraction * width;
            paragraphs[i] = cell.paragraph(style, columns[column].align());
            xs[i] = x + padX;
            widths[i] = cellWidth - 2 * padX;
            heights[i] = paragraphs[i].height(document, widths[i]);
            height = Math.max(height, heights[i]);
            x += cellWidth;
            column += cell.span();
        }
        return new LaidOutRow(paragraphs, xs, widths, heights, Math.max(minRowHeight, height + 2 * padY));
    }

    /** The header laid out once per width (a table fed row by row asks at every row). */
    LaidOutRow layOutHeader(PrintDocument document, float width) {
        if (width != headerWidth) {
            laidOutHeader = layOut(document, header, width);
            headerWidth = width;
        }
        return laidOutHeader;
    }

    /** The rows held by the table, laid out once per width: a block measures the table, then draws it. */
    private List<LaidOutRow> layOutRows(PrintDocument document, float width) {
        if (width != rowsWidth) {
            laidOutRows = new ArrayList<>(rows.size());
            for (List<Cell> row : rows) {
                laidOutRows.add(layOut(document, row, width));
            }
            rowsWidth = width;
        }
        return laidOutRows;
    }

    /** Draws a laid-out row with its top at {@code top}, and the grey rule under it (or its cells' frames). */
    void drawRow(PrintDocument document, LaidOutRow row, float x, float top, float width) {
        for (int i = 0; i < row.paragraphs().length; i++) {
            if (row.paragraphs()[i] != null) {
                // Cells sit in the middle of their row, as in a browser's table (or at its top: a box to write in).
                float free = row.height() - 2 * padY - row.heights()[i];
                row.paragraphs()[i].draw(document, x + row.xs()[i], top - padY - (alignTop ? 0 : free / 2),
                        row.widths()[i]);
                if (grid) {
                    document.box(x + row.xs()[i] - padX, top - row.height(), row.widths()[i] + 2 * padX, row.height());
                }
            }
        }
        if (!grid) {
            document.rule(x, top - row.height(), width);
        }
    }

    @Override
    public float height(PrintDocument document, float width) {
        float h = hasHeader() ? layOutHeader(document, width).height() : 0;
        for (LaidOutRow row : layOutRows(document, width)) {
            h += row.height();
        }
        return h + spaceAfter;
    }

    @Override
    public void draw(PrintDocument document, float x, float top, float width) {
        float y = top;
        if (hasHeader()) {
            LaidOutRow h = layOutHeader(document, width);
            drawRow(document, h, x, y, width);
            y -= h.height();
        }
        for (LaidOutRow r : layOutRows(document, width)) {
            drawRow(document, r, x, y, width);
            y -= r.height();
        }
    }

    @Override
    public void flow(PrintDocument document) {
        TableWriter writer = document.table(this);
        rows.forEach(writer::row);
        writer.end();
    }
}
