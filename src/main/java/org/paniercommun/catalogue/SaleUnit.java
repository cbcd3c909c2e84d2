package org.paniercommun.catalogue;

import java.util.Arrays;
import java.util.Optional;
import org.paniercommun.kernel.Texts;

/**
 * Unit a product is priced and ordered in. What people read comes from {@link CatalogueMessages#sale_unit}; the
 * French symbol here is only what {@link #parse} accepts when reading a file.
 */
public enum SaleUnit {
    KG("kg"),
    LITRE("L"),
    PIECE("pièce");

    /** How French files write the unit (an input format, not a displayed text). */
    private final String frenchSymbol;

    SaleUnit(String frenchSymbol) {
        this.frenchSymbol = frenchSymbol;
    }

    /** The unit in the request's language. */
    public String label() {
        return Texts.of(CatalogueMessages.class).sale_unit(this);
    }

    /** The unit in the default locale, whoever asks: for e-mails and documents sent to someone else. */
    public String defaultLabel() {
        return Texts.inDefaultLocale(CatalogueMessages.class).sale_unit(this);
    }

    /** The unit a view shows by its label ({@link #label}), in the request's language or the default one. */
    public static Optional<SaleUnit> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        for (SaleUnit unit : values()) {
            if (unit.label().equals(label) || unit.defaultLabel().equals(label)) {
                return Optional.of(unit);
            }
        }
        return parse(label);
    }

    /** Finds a unit by its code or its French symbol ("kg", "L", "litre", "pièce"), ignoring case and accents. */
    public static Optional<SaleUnit> parse(String text) {
        String key = Labels.key(text);
        return Arrays.stream(values())
                .filter(u -> Labels.key(u.name()).equals(key) || Labels.key(u.frenchSymbol).equals(key))
                .findFirst();
    }
}
