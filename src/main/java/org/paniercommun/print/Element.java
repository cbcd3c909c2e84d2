package org.paniercommun.print;

/**
 * Something a document stacks on its pages: a paragraph, a table, a block kept on one page, a chart. An element
 * knows its height for a width and draws itself at a place the document gives; {@link #flow} lets a long one
 * (a table) spread over several pages.
 */
interface Element {

    /** Height in points when laid out at {@code width} points. */
    float height(PrintDocument document, float width);

    /** Draws the element with its top-left corner at ({@code x}, {@code top}); the page has room for it. */
    void draw(PrintDocument document, float x, float top, float width);

    /** Puts the element on the document's pages from the current position: by default whole, on a new page if needed. */
    default void flow(PrintDocument document) {
        float height = height(document, document.width());
        document.ensureRoom(height);
        draw(document, document.left(), document.y(), document.width());
        document.advance(height);
    }
}
