package org.paniercommun.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Plain rules: what cannot be read answers a code ({@link Unreadable.Reason}); its words are in {@link TextsTest}. */
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
        assertEquals(Unreadable.Reason.AMOUNT_DECIMALS, assertThrows(Unreadable.class, () -> Money.parse("1,005")).reason());
        assertEquals(Unreadable.Reason.NOT_AN_AMOUNT, assertThrows(Unreadable.class, () -> Money.parse("douze")).reason());
        assertEquals(Unreadable.Reason.AMOUNT_MISSING, assertThrows(Unreadable.class, () -> Money.parse("")).reason());
        assertEquals(Unreadable.Reason.AMOUNT_TOO_BIG,
                assertThrows(Unreadable.class, () -> Money.parse("1 000 000,01")).reason());
    }

    @Test
    void quantitiesKeepThreeDecimals() {
        assertEquals(new BigDecimal("0.500"), Quantities.parse("0,5"));
        assertEquals("0,5", Quantities.format(new BigDecimal("0.500")));
        assertEquals("25", Quantities.format(new BigDecimal("25.000")));
        assertEquals("120", Quantities.format(new BigDecimal("1.2E+2")));
        assertEquals(Unreadable.Reason.QUANTITY_DECIMALS,
                assertThrows(Unreadable.class, () -> Quantities.parse("0,1234")).reason());
        assertEquals(Unreadable.Reason.NOT_A_NUMBER, assertThrows(Unreadable.class, () -> Quantities.parse("un")).reason());
    }
}
