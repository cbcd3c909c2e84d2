package org.paniercommun.web;

import java.math.BigDecimal;

/** Quantities in sale units (kg, litres, pieces), BigDecimal with up to three decimals. */
public final class Quantities {

    private Quantities() {
    }

    /** French display: "0,5", "12", "2,25". */
    public static String format(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }

    /**
     * Parses a quantity typed by a person ("0,5", "2.25"); at most three decimals.
     *
     * @throws IllegalArgumentException with a French message
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Quantité manquante.");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("« " + text.trim() + " » n'est pas un nombre (exemple : 0,5).");
        }
        if (value.stripTrailingZeros().scale() > 3) {
            throw new IllegalArgumentException("Au plus trois chiffres après la virgule.");
        }
        return value.setScale(3);
    }
}
