package org.paniercommun.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Shelf a product belongs to; the label is what people read on pages, order forms and CSV files. */
public enum ProductCategory {
    EPICERIE_SECHE("Épicerie sèche"),
    FRUITS_LEGUMES("Fruits et légumes"),
    FRAIS("Frais"),
    LIQUIDES("Liquides"),
    HYGIENE("Hygiène"),
    ENTRETIEN("Entretien");

    private final String label;

    ProductCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finds a category by its code or its French label, ignoring case and accents. */
    public static Optional<ProductCategory> parse(String text) {
        String key = Labels.key(text);
        return Arrays.stream(values())
                .filter(c -> Labels.key(c.name()).equals(key) || Labels.key(c.label).equals(key))
                .findFirst();
    }
}
