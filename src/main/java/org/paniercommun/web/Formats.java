package org.paniercommun.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/** Template helpers: {@code {product.costPriceCents.euros}}, {@code {line.quantity.qty}}. */
@TemplateExtension
public class Formats {

    static String euros(long cents) {
        return Money.format(cents);
    }

    static String euros(Long cents) {
        return cents == null ? "" : Money.format(cents);
    }

    static String decimalEuros(Long cents) {
        return cents == null ? "" : Money.decimal(cents);
    }

    static String qty(BigDecimal quantity) {
        return Quantities.format(quantity);
    }
}
