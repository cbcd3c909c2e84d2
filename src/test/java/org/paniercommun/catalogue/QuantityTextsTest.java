package org.paniercommun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.paniercommun.kernel.Texts;

/** Quantities and cases as people read them, from the message bundle and the plural rule of {@link Amounts}. */
@QuarkusTest
class QuantityTextsTest {

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    private static CatalogueMessages fr() {
        return Texts.inDefaultLocale(CatalogueMessages.class);
    }

    @Test
    void piecesTakeThePluralFromTwoAndSymbolsNever() {
        assertEquals("0 pièce", Amounts.text(fr(), q("0"), SaleUnit.PIECE));
        assertEquals("1 pièce", Amounts.text(fr(), q("1"), SaleUnit.PIECE));
        assertEquals("2 pièces", Amounts.text(fr(), q("2"), SaleUnit.PIECE));
        assertEquals("20 pièces", Amounts.text(fr(), q("20.000"), SaleUnit.PIECE));
        assertEquals("1,5 kg", Amounts.text(fr(), q("1.5"), SaleUnit.KG));
        assertEquals("0 kg", Amounts.text(fr(), q("0"), SaleUnit.KG));
        assertEquals("20 kg", Amounts.text(fr(), q("20"), SaleUnit.KG));
        assertEquals("2 L", Amounts.text(fr(), q("2"), SaleUnit.LITRE));
    }

    @Test
    void casesAreNamedByWhatTheyHold() {
        assertEquals("un sac de 5 kg", Amounts.caseText(fr(), SaleUnit.KG, q("5"), q("0.5")));
        assertEquals("un carton de 6 bouteilles", Amounts.caseText(fr(), SaleUnit.LITRE, q("6"), q("1")));
        assertEquals("un bidon de 5 L", Amounts.caseText(fr(), SaleUnit.LITRE, q("5"), q("5")));
        assertEquals("un carton de 4 bidons de 5 L", Amounts.caseText(fr(), SaleUnit.LITRE, q("20"), q("5")));
        assertEquals("un carton de 12 pièces", Amounts.caseText(fr(), SaleUnit.PIECE, q("12"), q("1")));
    }

    @Test
    void eachQuantityIsRenderedOncePerLanguageAndReusedAfterwards() {
        // Another language's bundle, counting how often it renders a quantity.
        AtomicInteger rendered = new AtomicInteger();
        CatalogueMessages english = (CatalogueMessages) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { CatalogueMessages.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "quantity" -> {
                        rendered.incrementAndGet();
                        yield args[0] + " " + ((Boolean) args[2] ? "pieces" : "piece");
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        BigDecimal seven = q("7.123");
        assertEquals("7,123 pièces", Amounts.text(fr(), seven, SaleUnit.PIECE));
        for (int i = 0; i < 3; i++) {
            assertEquals("7.123 pieces", Amounts.text(english, seven, SaleUnit.PIECE));
        }
        assertEquals(1, rendered.get());
        assertEquals("1 piece", Amounts.text(english, q("1"), SaleUnit.PIECE));
        assertEquals("7.1230 pieces", Amounts.text(english, q("7.1230"), SaleUnit.PIECE));
        assertEquals(3, rendered.get());
        assertEquals("7,123 pièces", Amounts.text(fr(), seven, SaleUnit.PIECE));
    }

    @Test
    void theTemplateHelperFindsTheUnitByItsLabel() {
        assertEquals("20 pièces", QuantityFormats.withUnit(q("20"), "pièce"));
        assertEquals("1 pièce", QuantityFormats.withUnit(q("1"), "pièce"));
        assertEquals("1,5 kg", QuantityFormats.withUnit(q("1.5"), "kg"));
        assertEquals("3 barquettes", QuantityFormats.withUnit(q("3"), "barquettes"));
    }
}
