package org.paniercommun.ordering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.catalogue.SaleUnit;

/**
 * The usual amounts offered as one-tap choices for a product sold by weight or volume ("1 kg", "2 kg", "5 kg"):
 * the 1-2-5 series (1, 2, 5, 10, 20, 50…), each raised to a whole number of the product's order step and to its
 * minimum, kept within what is left of a limited supply; at most three, all different. Pieces have none (the "+"
 * button gives one piece a tap). Plain Java: the order page offers them, {@link OrderService} checks them like any
 * typed quantity.
 */
public final class QuickChoices {

    /** How many choices a product shows: more would crowd a phone's line. */
    static final int COUNT = 3;

    private static final int[] SERIES = { 1, 2, 5, 10, 20, 50, 100, 200, 500 };

    private QuickChoices() {
    }

    /**
     * @param step the order step (0,5 kg), positive
     * @param minimum the order minimum (0 when none)
     * @param left what the household may still order of a limited supply, or null when unlimited
     */
    public static List<BigDecimal> of(SaleUnit unit, BigDecimal step, BigDecimal minimum, BigDecimal left) {
        List<BigDecimal> choices = new ArrayList<>();
        if (unit == SaleUnit.PIECE || step == null || step.signum() <= 0) {
            return choices;
        }
        BigDecimal floor = minimum == null ? step : minimum.max(step);
        for (int value : SERIES) {
            BigDecimal choice = upToStep(BigDecimal.valueOf(value).max(floor), step);
            if (left != null && choice.compareTo(left) > 0) {
                break;
            }
            if (choices.stream().noneMatch(c -> c.compareTo(choice) == 0)) {
                choices.add(choice);
            }
            if (choices.size() == COUNT) {
                break;
            }
        }
        return choices;
    }

    /** The smallest whole number of steps at or above {@code quantity}. */
    static BigDecimal upToStep(BigDecimal quantity, BigDecimal step) {
        return quantity.divide(step, 0, RoundingMode.CEILING).multiply(step).setScale(3, RoundingMode.UNNECESSARY);
    }
}
