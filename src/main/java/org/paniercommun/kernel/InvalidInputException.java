package org.paniercommun.kernel;

import java.util.List;

/** User input that breaks a rule; carries one message per field, for the person who typed it. Answered with 400. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? Texts.of(AppMessages.class).error_invalid_data_detail() : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
