package org.paniercommun.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paniercommun.kernel.Texts;

/**
 * Quantities with their unit as people read them, and the container a producer's case is: "20 pièces", "1,5 kg",
 * "un sac de 25 kg", "un carton de 6 bouteilles", "un bidon de 5 L". The words come from
 * {@link CatalogueMessages#quantity} and {@link CatalogueMessages#container}; this class holds the rules that choose
 * them (plural, container), plain Java.
 */
public final class Amounts {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** A liquid sold by steps of at most this much comes in bottles (1 L of milk); above, in cans (5 L of oil). */
    private static final BigDecimal BOTTLE = new BigDecimal("1.5");

    /** What a case is, for the words that name it. */
    public enum Container {
        /** Dry bulk: "un sac de 25 kg". */
        SACK,
        /** One can of liquid: "un bidon de 5 L". */
        CAN,
        /** Bottles: "un carton de 6 bouteilles". */
        BOTTLES,
        /** Several cans: "un carton de 4 bidons de 5 L". */
        CANS,
        /** Pieces: "un carton de 12 pièces". */
        PIECES
    }

    /**
     * A case as it is named.
     *
     * @param size the case's size in the sale unit (25 kg, 6 L, 12 pieces)
     * @param count how many bottles, cans or pieces it holds (1 for a sack or a single can)
     * @param each what one bottle or can holds (the order step)
     */
    public record Case(Container container, BigDecimal size, int count, BigDecimal each) {
    }

    private Amounts() {
    }

    /** French plural rule: singular below 2 ("0 pièce", "1 pièce", "1,5 kg"), plural from 2 ("2 pièces"). */
    public static boolean plural(BigDecimal quantity) {
        return quantity != null && quantity.abs().compareTo(TWO) >= 0;
    }

    /** French plural rule for a count. */
    public static boolean plural(long count) {
        return Math.abs(count) >= 2;
    }

    /** The container of a product's case, from its sale unit, case size and order step. */
    public static Case caseOf(SaleUnit unit, BigDecimal caseSize, BigDecimal step) {
        BigDecimal each = step == null || step.signum() <= 0 ? caseSize : step;
        int count = count(caseSize, each);
        return switch (unit) {
            case KG -> new Case(Container.SACK, caseSize, 1, caseSize);
            case PIECE -> new Case(Container.PIECES, caseSize, count(caseSize, BigDecimal.ONE), BigDecimal.ONE);
            case LITRE -> {
                if (count <= 1) {
                    yield new Case(Container.CAN, caseSize, 1, caseSize);
                }
                yield new Case(each.compareTo(BOTTLE) <= 0 ? Container.BOTTLES : Container.CANS, caseSize, count, each);
            }
        };
    }

    /** How many steps fill a case; 1 when they do not divide it evenly (then the case is named by its size). */
    private static int count(BigDecimal caseSize, BigDecimal each) {
        if (each.signum() <= 0 || caseSize.remainder(each).signum() != 0) {
            return 1;
        }
        return caseSize.divide(each, 0, RoundingMode.DOWN).intValue();
    }

    /** "20 pièces", "1 pièce", "1,5 kg", "6 L", in the request's language. */
    public static String text(BigDecimal quantity, SaleUnit unit) {
        return text(Texts.of(CatalogueMessages.class), quantity, unit);
    }

    /**
     * The same in the given bundle (e-mails and documents in the default language). Each text is rendered once per
     * bundle (language), quantity and unit and then reused: a 500-household pickup list prints 15,000 quantities, a
     * few dozen different ones, and rendering each message was a fifth of the PDF's time and of what it allocated.
     */
    public static String text(CatalogueMessages messages, BigDecimal quantity, SaleUnit unit) {
        if (quantity == null) {
            return "";
        }
        QuantityText key = new QuantityText(messages, quantity, unit);
        String text = QUANTITY_TEXTS.get(key);
        if (text == null) {
            if (QUANTITY_TEXTS.size() >= QUANTITY_TEXTS_KEPT) {
                // Never grows without bound, whatever quantities come: start again.
                QUANTITY_TEXTS.clear();
            }
            text = messages.quantity(quantity, unit, plural(quantity));
            QUANTITY_TEXTS.put(key, text);
        }
        return text;
    }

    /** A quantity's text as {@link #text} keeps it: the bundle by identity, the quantity with its scale. */
    private record QuantityText(CatalogueMessages messages, BigDecimal quantity, SaleUnit unit) {
    }

    private static final int QUANTITY_TEXTS_KEPT = 4096;
    private static final Map<QuantityText, String> QUANTITY_TEXTS = new ConcurrentHashMap<>();

    /** "un sac de 25 kg", "un carton de 6 bouteilles", "un bidon de 5 L", in the request's language. */
    public static String caseText(SaleUnit unit, BigDecimal caseSize, BigDecimal step) {
        return caseText(Texts.of(CatalogueMessages.class), unit, caseSize, step);
    }

    /** The same in the given bundle. */
    public static String caseText(CatalogueMessages messages, SaleUnit unit, BigDecimal caseSize, BigDecimal step) {
        Case c = caseOf(unit, caseSize, step);
        return messages.container(c.container(), text(messages, c.size(), unit), c.count(), plural(c.count()),
                text(messages, c.each(), unit));
    }
}
