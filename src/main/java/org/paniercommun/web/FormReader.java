package org.paniercommun.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/**
 * Reads an HTML form's fields into typed values, turning what cannot be parsed into a French error for
 * that field instead of an exception, and keeping what was typed so the form can be shown again.
 */
public class FormReader {

    private final MultivaluedMap<String, String> form;
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public FormReader(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    /** Trimmed text, or null when empty. */
    public String text(String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(new InvalidInputException.FieldError(name, messages().form_integer_expected()));
            return null;
        }
    }

    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new InvalidInputException.FieldError(name, messages().form_invalid_choice()));
            return null;
        }
    }

    public List<Long> ids(String name) {
        List<Long> ids = new ArrayList<>();
        for (String value : form.getOrDefault(name, List.of())) {
            try {
                ids.add(Long.valueOf(value.trim()));
            } catch (NumberFormatException e) {
                errors.add(new InvalidInputException.FieldError(name, messages().form_invalid_choice()));
            }
        }
        return ids;
    }

    public Long cents(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Money.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError(name, e.getMessage()));
            return null;
        }
    }

    public BigDecimal quantity(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Quantities.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError(name, e.getMessage()));
            return null;
        }
    }

    /**
     * A decimal number as typed ("92,5", "115"), with no limit on its decimals: the command it goes into says how
     * many it allows (a percentage two, a quantity three), so its own message is the one shown.
     */
    public BigDecimal decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new InvalidInputException.FieldError(name, messages().form_not_a_number(value)));
            return null;
        }
    }

    /** A date typed as an HTML date field sends it (2026-12-15). */
    public java.time.LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new InvalidInputException.FieldError(name, messages().form_invalid_date()));
            return null;
        }
    }

    /** The field errors are written for people, in the bundle's language. */
    /** A line of an order form: the quantity typed in {@code q-<offer id>}, the tolerance in {@code t-<offer id>}. */
    public record QuantityLine(long offerId, BigDecimal quantity, BigDecimal tolerance) {
    }

    /**
     * The lines of an order form (the household's order page and the volunteers' paper entry read it alike): every
     * {@code q-<offer id>} field holding something, with its {@code t-<offer id>} tolerance, in the form's order. A
     * quantity or tolerance that is not a number becomes an error of its field ({@link #errors()}), the tolerance's
     * first; a line whose quantity is not a number is left out, one whose tolerance is not keeps no tolerance.
     */
    public List<QuantityLine> quantityLines() {
        List<QuantityLine> lines = new ArrayList<>();
        for (String key : form.keySet()) {
            if (!key.startsWith("q-")) {
                continue;
            }
            long offerId;
            try {
                offerId = Long.parseLong(key.substring(2));
            } catch (NumberFormatException e) {
                continue;
            }
            String text = form.getFirst(key);
            if (text == null || text.isBlank()) {
                continue;
            }
            BigDecimal tolerance = null;
            String toleranceText = form.getFirst("t-" + offerId);
            if (toleranceText != null && !toleranceText.isBlank()) {
                try {
                    tolerance = Quantities.parse(toleranceText);
                } catch (IllegalArgumentException e) {
                    errors.add(new InvalidInputException.FieldError("t-" + offerId, e.getMessage()));
                }
            }
            try {
                lines.add(new QuantityLine(offerId, Quantities.parse(text), tolerance));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("q-" + offerId, e.getMessage()));
            }
        }
        return lines;
    }

    private static AppMessages messages() {
        return Texts.of(AppMessages.class);
    }

    public boolean checked(String name) {
        String value = form.getFirst(name);
        return value != null && !value.isBlank() && !"false".equals(value);
    }

    public List<InvalidInputException.FieldError> errors() {
        return errors;
    }

    /** What was typed, field by field, for showing the form again. */
    public Map<String, String> typed() {
        Map<String, String> typed = new HashMap<>();
        form.forEach((key, values) -> typed.put(key, values.isEmpty() ? "" : values.get(0)));
        return typed;
    }
}
