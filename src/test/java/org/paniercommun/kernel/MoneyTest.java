package org.paniercommun.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@QuarkusTest // the messages of what cannot be read come from the message bundles
class MoneyTest {

    @Test
    void formatsCentsTheFrenchWay() {
        assertEquals("12,50\u00a0€", Money.format(1250));
        assertEquals("0,05\u00a0€", Money.format(5));
        assertEquals("-3,00\u00a0€", Money.format(-300));
        assertEquals("1\u202f234\u202f567,89\u00a0€", Money.format(123456789));
        assertEquals("12,50", Money.decimal(1250));
    }

    @Test
    void parsesWhatPeopleType() {
        assertEquals(1250, Money.parse("12,50"));
        assertEquals(1250, Money.parse("12.5"));
        assertEquals(1200, Money.parse(" 12 € "));
        assertEquals(100000, Money.parse("1 000,00"));
        assertEquals(7, Money.parse("0,070"));
    }

    @Test
    void refusesFractionsOfACentAndNonsense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("1,005"));
        assertEquals("Un montant a au plus deux chiffres après la virgule.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.parse("douze"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse(""));
    }

    @Test
    void quantitiesKeepThreeDecimals() {
        assertEquals(new BigDecimal("0.500"), Quantities.parse("0,5"));
        assertEquals("0,5", Quantities.format(new BigDecimal("0.500")));
        assertEquals("25", Quantities.format(new BigDecimal("25.000")));
        assertEquals("120", Quantities.format(new BigDecimal("1.2E+2")));
        assertThrows(IllegalArgumentException.class, () -> Quantities.parse("0,1234"));
    }
}
