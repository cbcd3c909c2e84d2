package org.paniercommun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.paniercommun.catalogue.Amounts.Case;
import org.paniercommun.catalogue.Amounts.Container;

/** The plain rules behind "20 pièces" and "un carton de 6 bouteilles" (the words: {@link QuantityTextsTest}). */
class AmountsTest {

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    @Test
    void frenchIsSingularBelowTwoAndPluralFromTwo() {
        assertFalse(Amounts.plural(q("0")));
        assertFalse(Amounts.plural(q("1")));
        assertFalse(Amounts.plural(q("1.5")));
        assertFalse(Amounts.plural(q("1.999")));
        assertTrue(Amounts.plural(q("2")));
        assertTrue(Amounts.plural(q("20")));
        assertTrue(Amounts.plural(q("2.000")));
        assertFalse(Amounts.plural((BigDecimal) null));
        assertFalse(Amounts.plural(1));
        assertTrue(Amounts.plural(6));
    }

    @Test
    void theContainerComesFromTheSaleUnitTheCaseAndTheStep() {
        assertEquals(new Case(Container.SACK, q("25"), 1, q("25")), Amounts.caseOf(SaleUnit.KG, q("25"), q("1")));
        // Milk by the litre in cases of 6: a carton of 6 bottles, not "un sac de 6 L".
        assertEquals(new Case(Container.BOTTLES, q("6"), 6, q("1")), Amounts.caseOf(SaleUnit.LITRE, q("6"), q("1")));
        // Olive oil by 5 L cans sold one by one.
        assertEquals(Container.CAN, Amounts.caseOf(SaleUnit.LITRE, q("5"), q("5")).container());
        // Washing liquid: 5 L cans, four to a carton.
        Case cans = Amounts.caseOf(SaleUnit.LITRE, q("20"), q("5"));
        assertEquals(Container.CANS, cans.container());
        assertEquals(4, cans.count());
        assertEquals(q("5"), cans.each());
        assertEquals(new Case(Container.PIECES, q("12"), 12, BigDecimal.ONE), Amounts.caseOf(SaleUnit.PIECE, q("12"), q("1")));
        // A step that does not divide the case: the case is named by its size.
        assertEquals(Container.CAN, Amounts.caseOf(SaleUnit.LITRE, q("5"), q("2")).container());
    }
}
