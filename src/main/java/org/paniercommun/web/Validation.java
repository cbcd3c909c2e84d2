package org.paniercommun.web;

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
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(errors(violations));
        }
    }

    public List<InvalidInputException.FieldError> errors(Object command) {
        return errors(validator.validate(command));
    }

    private static List<InvalidInputException.FieldError> errors(Set<ConstraintViolation<Object>> violations) {
        return violations.stream()
                .map(v -> new InvalidInputException.FieldError(leaf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                .toList();
    }

    static String leaf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
