package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.catalogue.SaleUnit;

class QuickChoicesTest {

    private static List<String> choices(SaleUnit unit, String step, String minimum, String left) {
        return QuickChoices.of(unit, new BigDecimal(step), new BigDecimal(minimum), left == null ? null : new BigDecimal(left))
                .stream().map(q -> q.stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void productsSoldByWeightInHalfKilosGetOneTwoAndFiveKilos() {
        assertEquals(List.of("1", "2", "5"), choices(SaleUnit.KG, "0.5", "0", null));
        assertEquals(List.of("1", "2", "5"), choices(SaleUnit.KG, "1", "0", null));
    }

    @Test
    void aFiveLitreCanGetsFiveTenAndTwentyLitres() {
        assertEquals(List.of("5", "10", "20"), choices(SaleUnit.LITRE, "5", "5", null));
    }

    @Test
    void choicesFollowTheStepAndTheMinimum() {
        assertEquals(List.of("1.2", "2.1", "5.1"), choices(SaleUnit.KG, "0.3", "0", null),
                "raised to a whole number of steps");
        assertEquals(List.of("1.5", "2", "5"), choices(SaleUnit.KG, "0.5", "1.5", null),
                "never below the minimum: 1 kg becomes the 1,5 kg minimum");
    }

    @Test
    void aLimitedSupplyKeepsOnlyWhatIsLeft() {
        assertEquals(List.of("1", "2"), choices(SaleUnit.KG, "0.5", "0", "3"));
        assertEquals(List.of(), choices(SaleUnit.KG, "0.5", "0", "0.5"));
    }

    @Test
    void piecesHaveNoQuickChoices() {
        assertEquals(List.of(), choices(SaleUnit.PIECE, "1", "0", null));
    }
}
