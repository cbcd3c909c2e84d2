package org.paniercommun.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.web.InvalidInputException.FieldError;

/**
 * Rules on a product's ordering quantities and VAT that Bean Validation cannot express on one field.
 * Messages are in French, for forms, the API and CSV reports alike.
 */
final class ProductRules {

    static final String MINIMUM_NOT_MULTIPLE = "Le minimum de commande doit être un multiple du pas (ou 0).";
    static final String UNKNOWN_VAT = "Le taux de TVA doit être 5,5, 10 ou 20 %.";

    private ProductRules() {
    }

    static List<FieldError> check(BigDecimal orderStep, BigDecimal orderMinimum, BigDecimal vatRate) {
        List<FieldError> errors = new ArrayList<>();
        if (orderStep != null && orderStep.signum() > 0 && orderMinimum != null && orderMinimum.signum() > 0
                && orderMinimum.remainder(orderStep).signum() != 0) {
            errors.add(new FieldError("orderMinimum", MINIMUM_NOT_MULTIPLE));
        }
        if (vatRate != null && VatRate.of(vatRate).isEmpty()) {
            errors.add(new FieldError("vatRate", UNKNOWN_VAT));
        }
        return errors;
    }
}
