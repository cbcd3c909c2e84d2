package org.paniercommun.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules on a product's ordering quantities and VAT that Bean Validation cannot express on one field. They answer
 * codes ({@link Breach}); {@link CatalogueService#explain} words them, for forms, the API and CSV reports alike.
 */
final class ProductRules {

    private ProductRules() {
    }

    /** A rule a product breaks, and the field it shows next to. */
    enum Breach {
        /** The order minimum is not a multiple of the order step. */
        MINIMUM_NOT_MULTIPLE("orderMinimum"),
        /** The VAT rate is none of the three French rates. */
        UNKNOWN_VAT("vatRate");

        final String field;

        Breach(String field) {
            this.field = field;
        }
    }

    static List<Breach> check(BigDecimal orderStep, BigDecimal orderMinimum, BigDecimal vatRate) {
        List<Breach> breaches = new ArrayList<>();
        if (orderStep != null && orderStep.signum() > 0 && orderMinimum != null && orderMinimum.signum() > 0
                && orderMinimum.remainder(orderStep).signum() != 0) {
            breaches.add(Breach.MINIMUM_NOT_MULTIPLE);
        }
        if (vatRate != null && VatRate.of(vatRate).isEmpty()) {
            breaches.add(Breach.UNKNOWN_VAT);
        }
        return breaches;
    }
}
