package org.paniercommun.print;

import java.util.List;

/**
 * Draws a table's rows as they come, straight onto the document's pages: a row that does not fit goes to a new
 * page, under the header drawn again; the header is never left alone at the foot of a page. Nothing is kept once a
 * row is drawn, so a list of any length costs the memory of one row.
 */
public final class TableWriter {

    private final PrintDocument document;
    private final Table table;
    private boolean headerOnPage;
    private int page = -1;

    TableWriter(PrintDocument document, Table table) {
        this.document = document;
        this.table = table;
    }

    /** Cells given as strings (plain text) or {@link Table.Cell}s. */
    public TableWriter row(Object... cells) {
        return row(Table.cells(cells));
    }

    public TableWriter row(List<Table.Cell> cells) {
        float width = document.width();
        Table.LaidOutRow row = table.layOut(document, cells, width);
        Table.LaidOutRow header = table.hasHeader() ? table.layOutHeader(document, width) : null;
        if (page != document.pageNumber()) {
            headerOnPage = false;
        }
        float needed = row.height() + (headerOnPage || header == null ? 0 : header.height());
        if (document.y() - needed < document.bottom()) {
            document.newPage();
            headerOnPage = false;
        }
        if (!headerOnPage && header != null) {
            document.ensureRoom(header.height() + row.height());
            table.drawRow(document, header, document.left(), document.y(), width);
            document.advance(header.height());
        }
        headerOnPage = true;
        page = document.pageNumber();
        table.drawRow(document, row, document.left(), document.y(), width);
        document.advance(row.height());
        return this;
    }

    /** After the last row: the space the table leaves below it. */
    public void end() {
        document.space(table.spaceAfter());
    }
}
