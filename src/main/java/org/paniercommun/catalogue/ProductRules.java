package org.paniercommun.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/**
 * Rules on a product's ordering quantities and VAT that Bean Validation cannot express on one field.
 * Messages come from {@link CatalogueMessages}, for forms, the API and CSV reports alike.
 */
final class ProductRules {

    private ProductRules() {
    }

    static List<FieldError> check(BigDecimal orderStep, BigDecimal orderMinimum, BigDecimal vatRate) {
        List<FieldError> errors = new ArrayList<>();
        if (orderStep != null && orderStep.signum() > 0 && orderMinimum != null && orderMinimum.signum() > 0
                && orderMinimum.remainder(orderStep).signum() != 0) {
            errors.add(new FieldError("orderMinimum", CatalogueService.messages().error_minimum_not_multiple()));
        }
        if (vatRate != null && VatRate.of(vatRate).isEmpty()) {
            errors.add(new FieldError("vatRate", CatalogueService.messages().error_unknown_vat()));
        }
        return errors;
    }
}
