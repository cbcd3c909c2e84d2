package org.paniercommun.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StockLotTest {

    private static StockLot lot(String surplus, long price, String out, long outValue) {
        return new StockLot(1, 1, "Tournée", "Huile", "L", new BigDecimal(surplus).setScale(3), price, price + 20,
                new BigDecimal(out).setScale(3), outValue);
    }

    @Test
    void aLotIsWorthItsSurplusAtPurchasePriceRoundedHalfUp() {
        // 0,333 kg at 2,55 € = 0,84915 € → 0,85 €.
        assertEquals(85, lot("0.333", 255, "0", 0).valueCents());
        assertEquals(600, lot("2", 300, "0", 0).valueCents());
    }

    @Test
    void theLastMovementTakesWhatValueIsLeftSoTheLotAddsUpToTheCent() {
        // 1 kg at 0,333 €: a third sold (0,111 € → 0,11), another third (0,11), the last third takes 0,11 + 0,001…
        StockLot lot = lot("1", 333, "0", 0);
        long first = lot.valueOf(new BigDecimal("0.333"));
        StockLot after = lot("1", 333, "0.333", first);
        long second = after.valueOf(new BigDecimal("0.333"));
        StockLot last = lot("1", 333, "0.666", first + second);
        long third = last.valueOf(new BigDecimal("0.334"));
        assertEquals(lot.valueCents(), first + second + third);
    }

    @Test
    void noMoreThanWhatIsLeftLeavesTheLot() {
        StockLot lot = lot("2", 300, "1.5", 450);
        assertEquals(new BigDecimal("0.500"), lot.remaining());
        assertThrows(IllegalArgumentException.class, () -> lot.valueOf(new BigDecimal("0.6")));
        assertThrows(IllegalArgumentException.class, () -> lot.valueOf(BigDecimal.ZERO));
    }

    @Property
    void movementsOfALotAlwaysAddUpToItsValue(@ForAll @IntRange(min = 1, max = 20_000) int surplusGrams,
            @ForAll @IntRange(min = 1, max = 5_000) int price, @ForAll @IntRange(min = 1, max = 7) int pieces) {
        BigDecimal surplus = BigDecimal.valueOf(surplusGrams, 3);
        StockLot lot = new StockLot(1, 1, "T", "P", "kg", surplus, price, price, BigDecimal.ZERO.setScale(3), 0);
        BigDecimal out = BigDecimal.ZERO.setScale(3);
        long value = 0;
        BigDecimal piece = surplus.divide(BigDecimal.valueOf(pieces), 3, java.math.RoundingMode.DOWN);
        for (int i = 0; i < pieces; i++) {
            StockLot now = new StockLot(1, 1, "T", "P", "kg", surplus, price, price, out, value);
            BigDecimal quantity = i == pieces - 1 || piece.signum() == 0 ? now.remaining() : piece;
            if (quantity.signum() == 0) {
                break;
            }
            long moved = now.valueOf(quantity);
            assertTrue(moved >= 0, "never a negative value");
            out = out.add(quantity);
            value += moved;
            if (now.remaining().compareTo(quantity) == 0) {
                break;
            }
        }
        assertEquals(0, surplus.compareTo(out));
        assertEquals(lot.valueCents(), value);
    }
}
