package org.paniercommun.print;

/**
 * How a run of text looks: its size in points, bold or not, and its grey (0 black, 1 white). Documents pick from
 * the few named here or derive one with {@link #withSize(float)}, {@link #inBold()} or {@link #inGrey()}.
 */
public record Style(float size, boolean bold, float gray) {

    /** Body text of most documents (11 pt, as the browser's A4 pages). */
    public static final Style BODY = new Style(11, false, 0);
    /** Table text of the long lists (10 pt). */
    public static final Style TABLE = new Style(10, false, 0);
    /** A document's title (18 pt bold). */
    public static final Style TITLE = new Style(18, true, 0);
    /** A section heading (13 pt bold). */
    public static final Style HEADING = new Style(13, true, 0);
    /** Small grey notes and the page footer (9 pt). */
    public static final Style NOTE = new Style(9, false, 0.35f);

    public Style withSize(float points) {
        return new Style(points, bold, gray);
    }

    public Style inBold() {
        return new Style(size, true, gray);
    }

    public Style inGrey() {
        return new Style(size, bold, 0.35f);
    }

    /** Line height: 1.25 × the size, as a browser's normal line for this font. */
    float lineHeight() {
        return size * 1.25f;
    }
}
