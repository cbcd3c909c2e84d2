package org.paniercommun.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void aQuantityIsAWholeNumberOfItsStep() {
        assertTrue(Quantities.isWholeNumberOf(new BigDecimal("2.5"), new BigDecimal("0.500")));
        assertTrue(Quantities.isWholeNumberOf(new BigDecimal("0"), new BigDecimal("0.125")));
        assertTrue(Quantities.isWholeNumberOf(new BigDecimal("12.500"), new BigDecimal("12.5")));
        assertFalse(Quantities.isWholeNumberOf(new BigDecimal("2.25"), new BigDecimal("0.5")));
        assertFalse(Quantities.isWholeNumberOf(new BigDecimal("0.001"), new BigDecimal("1")));
        assertFalse(Quantities.isWholeNumberOf(new BigDecimal("1.0005"), new BigDecimal("0.001")));
    }

    /** The rule in thousandths answers what BigDecimal's remainder answers, for any quantity and step. */
    @Test
    void countingInThousandthsAgreesWithTheRemainder() {
        Random random = new Random(20261202);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal step = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 50 : 50_000), random.nextInt(5));
            BigDecimal quantity = random.nextInt(3) == 0
                    ? step.multiply(BigDecimal.valueOf(random.nextInt(2_000) - 1_000))
                    : BigDecimal.valueOf(random.nextLong() % (random.nextBoolean() ? 100_000 : Long.MAX_VALUE),
                            random.nextInt(7) - 1);
            boolean expected = quantity.remainder(step).signum() == 0;
            assertEquals(expected, Quantities.isWholeNumberOf(quantity, step), quantity + " by " + step);
        }
    }

    @Test
    void threeDecimalsAtMost() {
        assertTrue(Quantities.hasAtMostThreeDecimals(new BigDecimal("0.125")));
        assertTrue(Quantities.hasAtMostThreeDecimals(new BigDecimal("0.12500")));
        assertTrue(Quantities.hasAtMostThreeDecimals(new BigDecimal("1E+3")));
        assertFalse(Quantities.hasAtMostThreeDecimals(new BigDecimal("0.1255")));
    }
}
