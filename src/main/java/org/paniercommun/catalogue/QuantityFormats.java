package org.paniercommun.catalogue;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.paniercommun.kernel.Quantities;

/** Template helper: {@code {line.quantity.withUnit(line.unit)}} reads "20 pièces", "1 pièce", "1,5 kg". */
@TemplateExtension
public class QuantityFormats {

    /** Unit label → unit: a pickup list shows thousands of quantities with a handful of labels. */
    private static final Map<String, Optional<SaleUnit>> UNITS = new ConcurrentHashMap<>();

    /** A quantity with the unit label a view carries ({@link SaleUnit#label}), through {@link Amounts#text}. */
    public static String withUnit(BigDecimal quantity, String unitLabel) {
        if (quantity == null) {
            return "";
        }
        if (unitLabel == null || unitLabel.isBlank()) {
            return Quantities.format(quantity);
        }
        if (!Amounts.plural(quantity)) {
            // The singular is the label itself ("1 pièce", "1,5 kg"), already in the request's language.
            return Quantities.format(quantity) + " " + unitLabel;
        }
        Optional<SaleUnit> unit = UNITS.computeIfAbsent(unitLabel, SaleUnit::fromLabel);
        return unit.map(u -> Amounts.text(quantity, u)).orElseGet(() -> Quantities.format(quantity) + " " + unitLabel);
    }

    /** The same for a quantity already written in French ("0,5", "20"), as messages receive them. */
    static String withUnit(String quantity, String unitLabel) {
        if (quantity == null || quantity.isBlank()) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(quantity.trim().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return unitLabel == null || unitLabel.isBlank() ? quantity : quantity + " " + unitLabel;
        }
        return withUnit(value, unitLabel);
    }
}
