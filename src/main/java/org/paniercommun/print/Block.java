package org.paniercommun.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Elements kept together on one page, optionally framed (a household's block on the pickup list): when the block
 * does not fit in what is left of a page it starts on the next; a block taller than a whole page flows like its
 * elements would (tables repeat their header), without its frame.
 */
public final class Block implements Element {

    private final List<Element> elements = new ArrayList<>(6);
    private final boolean framed;
    private final float padX;
    private final float padY;
    private final float spaceAfter;

    private Block(boolean framed, float padX, float padY, float spaceAfter) {
        this.framed = framed;
        this.padX = padX;
        this.padY = padY;
        this.spaceAfter = spaceAfter;
    }

    /** A block drawn in a thin black frame with some padding, {@code spaceAfter} points below it. */
    public static Block framed(float spaceAfter) {
        return new Block(true, 4.5f, 3, spaceAfter);
    }

    /** A block without frame, only kept on one page. */
    public static Block together(float spaceAfter) {
        return new Block(false, 0, 0, spaceAfter);
    }

    public Block add(Element element) {
        elements.add(element);
        return this;
    }

    @Override
    public float height(PrintDocument document, float width) {
        float h = 2 * padY + spaceAfter;
        for (Element e : elements) {
            h += e.height(document, width - 2 * padX);
        }
        return h;
    }

    @Override
    public void draw(PrintDocument document, float x, float top, float width) {
        float inner = width - 2 * padX;
        float y = top - padY;
        for (Element e : elements) {
            e.draw(document, x + padX, y, inner);
            y -= e.height(document, inner);
        }
        if (framed) {
            document.frame(x, y - padY, width, top - y + padY);
        }
    }

    @Override
    public void flow(PrintDocument document) {
        float height = height(document, document.width());
        if (height <= document.y() - document.bottom() || height <= document.pageHeight()) {
            document.ensureRoom(height);
            draw(document, document.left(), document.y(), document.width());
            document.advance(height);
        } else {
            // Too tall for any page: its elements flow one after the other; the first (a heading) is not left alone
            // at the foot of a page.
            if (!elements.isEmpty()) {
                document.ensureRoom(elements.get(0).height(document, document.width()) + 48);
            }
            elements.forEach(e -> e.flow(document));
            document.space(spaceAfter);
        }
    }
}
