package org.paniercommun.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
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
        return submit(in, conflictField, action, page, page);
    }

    /**
     * {@link #submit(FormReader, String, Supplier, Function)} where a conflict shows the page otherwise than refused
     * input does: as it is recorded now rather than as it was typed.
     */
    public static Response submit(FormReader in, String conflictField, Supplier<Response> action,
            Function<FormErrors, TemplateInstance> page, Function<FormErrors, TemplateInstance> conflictPage) {
        return run(in == null ? List::of : in::errors, List::of, null, conflictField, action, page, conflictPage);
    }

    /** {@link #submit} for an action that returns nothing: back to {@code path}, which shows {@code notice}. */
    public static Response submit(FormReader in, String conflictField, Runnable action, String path, String notice,
            Function<FormErrors, TemplateInstance> page) {
        return submit(in, conflictField, () -> {
            action.run();
            return Html.done(path, notice);
        }, page);
    }

    /**
     * A form whose fields that could not be read ({@code unread}) are shown together with what the rules also refuse
     * in the rest of it ({@code alsoRefused}, asked only then), each next to its field, a field's reading error first.
     */
    public static Response submit(List<FieldError> unread, Supplier<List<FieldError>> alsoRefused, String conflictField,
            Supplier<Response> action, Function<FormErrors, TemplateInstance> page) {
        return run(() -> unread, alsoRefused, null, conflictField, action, page, page);
    }

    /**
     * A form (often a bare button) whose page has one place for what refused it: every reason, refused input (400,
     * the first error's message) or a conflict (409), is shown at {@code field}.
     */
    public static Response submitAt(String field, List<FieldError> unread, Supplier<Response> action,
            Function<FormErrors, TemplateInstance> page) {
        return run(() -> unread, List::of, field, field, action, page, page);
    }

    private static Response run(Supplier<List<FieldError>> unread, Supplier<List<FieldError>> alsoRefused,
            String oneField, String conflictField, Supplier<Response> action,
            Function<FormErrors, TemplateInstance> page, Function<FormErrors, TemplateInstance> conflictPage) {
        boolean unreadFirst = !unread.get().isEmpty();
        try {
            if (unreadFirst) {
                List<FieldError> all = new ArrayList<>(unread.get());
                all.addAll(alsoRefused.get());
                throw new InvalidInputException(all);
            }
            return action.get();
        } catch (InvalidInputException e) {
            // A field the action itself read and could not read explains the refusal better than the rule it broke.
            List<FieldError> errors = unreadFirst || unread.get().isEmpty() ? e.errors() : unread.get();
            return Html.invalid(page.apply(FormErrors.of(oneField == null ? errors
                    : List.of(new FieldError(oneField, e.getMessage())))));
        } catch (ConflictException e) {
            return Html.conflict(conflictPage.apply(FormErrors.of(List.of(new FieldError(conflictField, e.getMessage())))));
        }
    }
}
