package org.paniercommun.access;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An id in a command (a household's group, a round's antenna, a product's producer) must name an object within the
 * scope of the account sending it; otherwise the field is refused with the same words as for an id that does not
 * exist ("Groupement introuvable."). Checked wherever commands are validated, so the JSON API and the forms alike.
 * Outside a request (start-up, scheduled jobs, tests' fixtures) there is no account and nothing to check.
 */
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = InScopeValidator.class)
public @interface InScope {

    ObjectKind value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
