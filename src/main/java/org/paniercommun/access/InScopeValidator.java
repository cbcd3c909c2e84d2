package org.paniercommun.access;

import io.quarkus.arc.Arc;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link InScope}: asks the request's {@link Scope}, when there is a request with an account. */
public class InScopeValidator implements ConstraintValidator<InScope, Long> {

    private ObjectKind kind;

    @Override
    public void initialize(InScope annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(Long id, ConstraintValidatorContext context) {
        if (id == null || !Arc.container().requestContext().isActive()) {
            return true;
        }
        Scope scope = Arc.container().instance(Scope.class).get();
        if (scope.anonymous() || scope.reaches(kind, id)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(kind.missing().replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }
}
