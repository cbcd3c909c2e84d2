package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paniercommun.ordering.LastOrderRefill.Offered;
import org.paniercommun.ordering.LastOrderRefill.PastLine;

class LastOrderRefillTest {

    private static PastLine line(long product, String name, String quantity) {
        return new PastLine(product, name, new BigDecimal(quantity));
    }

    private static Offered offer(long id, String step, String minimum, String left) {
        return new Offered(id, new BigDecimal(step), new BigDecimal(minimum), left == null ? null : new BigDecimal(left));
    }

    @Test
    void productsOfferedAgainKeepTheirQuantityAndTheOthersAreNamed() {
        LastOrderRefill.Result result = LastOrderRefill.refill(
                List.of(line(1, "Carottes", "2"), line(2, "Cidre brut", "3"), line(3, "Lentilles vertes", "1.5")),
                Map.of(1L, offer(11, "0.5", "0", null), 3L, offer(13, "0.5", "0", null)));
        assertEquals(Map.of(11L, new BigDecimal("2.000"), 13L, new BigDecimal("1.500")), result.quantities());
        assertEquals(List.of("Cidre brut"), result.unavailable());
        assertEquals(List.of(), result.changed());
    }

    @Test
    void aQuantityFollowsTheNewStepMinimumAndWhatIsLeft() {
        LastOrderRefill.Result result = LastOrderRefill.refill(
                List.of(line(1, "Carottes", "1.5"), line(2, "Huile", "2"), line(3, "Miel", "4"), line(4, "Riz", "3")),
                Map.of(1L, offer(11, "1", "0", null), 2L, offer(12, "5", "5", null), 3L, offer(13, "1", "0", "2.5"),
                        4L, offer(14, "1", "2", "1")));
        assertEquals(new BigDecimal("2.000"), result.quantities().get(11L), "1,5 kg by 1 kg: up to 2 kg");
        assertEquals(new BigDecimal("5.000"), result.quantities().get(12L), "up to the 5 L minimum");
        assertEquals(new BigDecimal("2.000"), result.quantities().get(13L), "only 2,5 left, by 1: 2");
        assertEquals(List.of("Riz"), result.unavailable(), "1 left, below the 2 kg minimum: sold out for this household");
        assertEquals(List.of("Carottes", "Huile", "Miel"), result.changed());
    }
}
