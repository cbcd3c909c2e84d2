package org.paniercommun.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs Bean Validation on a command inside a service, so that the JSON API, the HTML forms and the
 * CSV import apply the same rules and get the same French messages.
 */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public void check(Object command) {
        if (command == null) {
            // An empty request body (or the JSON literal null): nothing to check, and nothing to do.
            throw new InvalidInputException("body", Texts.of(AppMessages.class).error_body_missing());
        }
        List<InvalidInputException.FieldError> errors = errors(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Refuses, as the field's error, an amount beyond {@link Money#MAX_CENTS} either way. */
    public static void requireBounded(String field, Long cents) {
        if (cents != null && (cents > Money.MAX_CENTS || cents < -Money.MAX_CENTS)) {
            throw new InvalidInputException(field, Texts.explain(new Unreadable(Unreadable.Reason.AMOUNT_TOO_BIG, null)));
        }
    }

    /** Refuses an empty request body before a service reads a field of it. */
    public static void requirePresent(Object command) {
        if (command == null) {
            throw new InvalidInputException("body", Texts.of(AppMessages.class).error_body_missing());
        }
    }

    public List<InvalidInputException.FieldError> errors(Object command) {
        if (command == null) {
            return List.of(new InvalidInputException.FieldError("body", Texts.of(AppMessages.class).error_body_missing()));
        }
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>(forbiddenText(command));
        errors.addAll(errors(validator.validate(command)));
        return errors;
    }

    /** A required text (its accessor carries {@code @NotBlank}) must hold something a person can read. */
    private static boolean blankAllowed(java.lang.reflect.RecordComponent component) {
        return !component.getAccessor().isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
                && !findOnField(component);
    }

    private static boolean findOnField(java.lang.reflect.RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName())
                    .isAnnotationPresent(jakarta.validation.constraints.NotBlank.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** The text fields of a command (a record) holding what {@link TextInput} refuses, whatever form sent them. */
    private static List<InvalidInputException.FieldError> forbiddenText(Object command) {
        if (!command.getClass().isRecord()) {
            return List.of();
        }
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getType() != String.class) {
                continue;
            }
            try {
                String value = (String) component.getAccessor().invoke(command);
                if (TextInput.forbidden(value)) {
                    errors.add(new InvalidInputException.FieldError(component.getName(),
                            Texts.of(AppMessages.class).error_forbidden_character()));
                } else if (!blankAllowed(component) && value != null && !value.isEmpty()
                        && TextInput.invisible(value) && !value.isBlank()) {
                    // @NotBlank sees text in "\uFEFF": a person sees nothing.
                    errors.add(new InvalidInputException.FieldError(component.getName(),
                            Texts.of(AppMessages.class).error_invisible_text()));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return errors;
    }

    private static List<InvalidInputException.FieldError> errors(Set<ConstraintViolation<Object>> violations) {
        return violations.stream()
                .map(v -> new InvalidInputException.FieldError(leaf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                .toList();
    }

    public static String leaf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
