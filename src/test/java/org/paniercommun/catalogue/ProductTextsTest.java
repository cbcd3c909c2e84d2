package org.paniercommun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.catalogue.ProductRules.Breach;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/** The words of the product rules and the catalogue's labels come from the catalogue bundle: inside Quarkus. */
@QuarkusTest
class ProductTextsTest {

    @Test
    void breachesAreWordedNextToTheirField() {
        assertEquals(List.of(new FieldError("orderMinimum", "Le minimum de commande doit être un multiple du pas (ou 0)."),
                new FieldError("vatRate", "Le taux de TVA doit être 5,5, 10 ou 20 %.")),
                CatalogueService.explain(List.of(Breach.MINIMUM_NOT_MULTIPLE, Breach.UNKNOWN_VAT)));
    }

    @Test
    void enumsAreFoundByCodeOrFrenchLabel() {
        assertEquals(ProductCategory.EPICERIE_SECHE, ProductCategory.parse("epicerie seche").orElseThrow());
        assertEquals(ProductCategory.FRUITS_LEGUMES, ProductCategory.parse("Fruits et légumes").orElseThrow());
        assertEquals(ProductCategory.HYGIENE, ProductCategory.parse("HYGIENE").orElseThrow());
        assertTrue(ProductCategory.parse("Boucherie").isEmpty());
        assertEquals(SaleUnit.PIECE, SaleUnit.parse("pièce").orElseThrow());
        assertEquals(SaleUnit.LITRE, SaleUnit.parse("l").orElseThrow());
        assertEquals(SaleUnit.LITRE, SaleUnit.parse("LITRE").orElseThrow());
        assertEquals("5,5\u00a0%", VatRate.REDUIT.label());
    }
}
