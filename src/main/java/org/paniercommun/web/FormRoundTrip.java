package org.paniercommun.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/**
 * The one round-trip of a page's form: validate, act, then redirect with a notice or show the same page again.
 * <ol>
 * <li>What the {@link FormReader} could not read ("12,5x €") is refused before anything runs;</li>
 * <li>the action runs and answers, usually {@link Html#done} (303 to a page that shows the notice);</li>
 * <li>refused input ({@link InvalidInputException}) shows the same page again with each error next to its field:
 * 400; a field that could not be parsed explains the refusal better than the rule it then broke, so it comes
 * first;</li>
 * <li>a conflict ({@link ConflictException}: what the form would change moved on meanwhile, or the money is not
 * there) shows the same page again with the message on {@code conflictField}: always 409.</li>
 * </ol>
 */
public final class FormRoundTrip {

    private FormRoundTrip() {
    }

    /**
     * Runs a form.
     *
     * @param in the form as read, or null for a bare button
     * @param conflictField the field (or block) of the page that shows a conflict's message
     * @param action what the form does, answering the response (usually {@link Html#done})
     * @param page the same page again, with errors
     */
    public static Response submit(FormReader in, String conflictField, Supplier<Response> action,
            Function<FormErrors, TemplateInstance> page) {
        try {
            if (in != null && !in.errors().isEmpty()) {
                throw new InvalidInputException(in.errors());
            }
            return action.get();
        } catch (InvalidInputException e) {
            return Html.invalid(page.apply(FormErrors.of(in == null || in.errors().isEmpty() ? e.errors() : in.errors())));
        } catch (ConflictException e) {
            return Html.conflict(page.apply(FormErrors.of(List.of(new FieldError(conflictField, e.getMessage())))));
        }
    }

    /** {@link #submit} for an action that returns nothing: back to {@code path}, which shows {@code notice}. */
    public static Response submit(FormReader in, String conflictField, Runnable action, String path, String notice,
            Function<FormErrors, TemplateInstance> page) {
        return submit(in, conflictField, () -> {
            action.run();
            return Html.done(path, notice);
        }, page);
    }
}
