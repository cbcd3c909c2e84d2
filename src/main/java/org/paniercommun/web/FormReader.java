package org.paniercommun.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;
import org.paniercommun.kernel.Unreadable;

/**
 * Reads an HTML form's fields into typed values, turning what cannot be parsed into a French error for
 * that field instead of an exception, and keeping what was typed so the form can be shown again. The one reader of
 * typed values: the catalogue's forms and CSV cells ({@code catalogue/Inputs}) and the households' CSV read theirs
 * through {@link #read}.
 */
public class FormReader {

    private final MultivaluedMap<String, String> form;
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public FormReader(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    /** A reader of values handed to it one by one with their field (a bean's fields, a spreadsheet's cells). */
    public FormReader() {
        this(new MultivaluedHashMap<>());
    }

    /** Trimmed text, or null when empty. */
    public String text(String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Integer integer(String name) {
        return integer(name, form.getFirst(name));
    }

    public Long id(String name) {
        return id(name, form.getFirst(name));
    }

    public List<Long> ids(String name) {
        List<Long> ids = new ArrayList<>();
        for (String value : form.getOrDefault(name, List.of())) {
            try {
                ids.add(Long.valueOf(value.trim()));
            } catch (NumberFormatException e) {
                refuse(name, messages().form_invalid_choice());
            }
        }
        return ids;
    }

    public Long cents(String name) {
        return cents(name, form.getFirst(name));
    }

    public BigDecimal quantity(String name) {
        return quantity(name, form.getFirst(name));
    }

    /**
     * A decimal number as typed ("92,5", "115"), with no limit on its decimals: the command it goes into says how
     * many it allows (a percentage two, a quantity three), so its own message is the one shown.
     */
    public BigDecimal decimal(String name) {
        return read(name, form.getFirst(name),
                typed -> new BigDecimal(typed.replace(" ", "").replace("\u00a0", "").replace(',', '.')),
                typed -> messages().form_not_a_number(typed));
    }

    /** A date typed as an HTML date field sends it (2026-12-15). */
    public java.time.LocalDate date(String name) {
        return read(name, form.getFirst(name), java.time.LocalDate::parse, typed -> messages().form_invalid_date());
    }

    // ---- one value handed with its field: a form's, a bean's or a spreadsheet's cell ----

    /** A whole number ("3", "1 200"). */
    public Integer integer(String field, String text) {
        return read(field, text, typed -> Integer.valueOf(typed.replace(" ", "")),
                typed -> messages().form_integer_expected());
    }

    /** The id of a choice (a select's value). */
    public Long id(String field, String text) {
        return read(field, text, Long::valueOf, typed -> messages().form_invalid_choice());
    }

    /** An amount in euros as people type it ("12,50", "9.80 €"), in cents ({@link Money#parse}). */
    public Long cents(String field, String text) {
        return read(field, text, Money::parse, typed -> messages().form_amount_too_big(Money.format(Money.MAX_CENTS)));
    }

    /** A quantity ("0,5"), three decimals at most ({@link Quantities#parse}). */
    public BigDecimal quantity(String field, String text) {
        return read(field, text, Quantities::parse, typed -> messages().form_not_a_number(typed));
    }

    /**
     * The one reading of a typed value: blank is null without an error (whether it is required is the command's
     * rule); what cannot be read becomes this field's error and null. An amount or a quantity the kernel cannot read
     * says why by its code ({@link Unreadable}), worded here; anything else {@code parse} refuses (by throwing) is
     * worded by {@code refusal} from the text as typed, trimmed.
     */
    public <T> T read(String field, String text, Function<String, T> parse, Function<String, String> refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.trim();
        try {
            return parse.apply(typed);
        } catch (Unreadable e) {
            return refuse(field, Texts.explain(e));
        } catch (RuntimeException e) {
            return refuse(field, refusal.apply(typed));
        }
    }

    /** Adds an error to a field (a choice that does not exist, a rule of the page); answers null, for a value. */
    public <T> T refuse(String field, String message) {
        errors.add(new InvalidInputException.FieldError(field, message));
        return null;
    }

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
            BigDecimal tolerance = quantity("t-" + offerId, form.getFirst("t-" + offerId));
            BigDecimal quantity = quantity("q-" + offerId, text);
            if (quantity != null) {
                lines.add(new QuantityLine(offerId, quantity, tolerance));
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
