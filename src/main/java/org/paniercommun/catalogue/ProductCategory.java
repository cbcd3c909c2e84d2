package org.paniercommun.catalogue;

import java.util.Arrays;
import java.util.Optional;
import org.paniercommun.kernel.Texts;

/**
 * Shelf a product belongs to. What people read on pages, order forms and CSV files comes from
 * {@link CatalogueMessages#category}; the French name here is only what {@link #parse} accepts when reading a file.
 */
public enum ProductCategory {
    EPICERIE_SECHE("Épicerie sèche"),
    FRUITS_LEGUMES("Fruits et légumes"),
    FRAIS("Frais"),
    LIQUIDES("Liquides"),
    HYGIENE("Hygiène"),
    ENTRETIEN("Entretien");

    /** How French files spell the category (an input format, not a displayed text). */
    private final String frenchName;

    ProductCategory(String frenchName) {
        this.frenchName = frenchName;
    }

    /** The category's name in the request's language. */
    public String label() {
        return Texts.of(CatalogueMessages.class).category(this);
    }

    /** Finds a category by its code or its French name, ignoring case and accents. */
    public static Optional<ProductCategory> parse(String text) {
        String key = Labels.key(text);
        return Arrays.stream(values())
                .filter(c -> Labels.key(c.name()).equals(key) || Labels.key(c.frenchName).equals(key))
                .findFirst();
    }
}
