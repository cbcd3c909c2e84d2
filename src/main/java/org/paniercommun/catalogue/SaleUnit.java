package org.paniercommun.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Unit a product is priced and ordered in. */
public enum SaleUnit {
    KG("kg"),
    LITRE("L"),
    PIECE("pièce");

    private final String label;

    SaleUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finds a unit by its code or its label ("kg", "L", "litre", "pièce"), ignoring case and accents. */
    public static Optional<SaleUnit> parse(String text) {
        String key = Labels.key(text);
        return Arrays.stream(values())
                .filter(u -> Labels.key(u.name()).equals(key) || Labels.key(u.label).equals(key))
                .findFirst();
    }
}
