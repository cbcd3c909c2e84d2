package org.paniercommun.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.kernel.InvalidInputException;

/** French error messages of a form, by field name, for re-showing the form next to each field. */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(InvalidInputException e) {
        return of(e.errors());
    }

    public static FormErrors of(List<InvalidInputException.FieldError> errors) {
        FormErrors form = new FormErrors();
        errors.forEach(error -> form.byField.putIfAbsent(error.field(), error.message()));
        return form;
    }

    /** The same errors with some fields renamed (a command's field back to the form's), the first per field kept. */
    public FormErrors renamed(java.util.function.UnaryOperator<String> field) {
        FormErrors form = new FormErrors();
        byField.forEach((name, message) -> form.byField.putIfAbsent(field.apply(name), message));
        return form;
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> all() {
        return byField;
    }
}
