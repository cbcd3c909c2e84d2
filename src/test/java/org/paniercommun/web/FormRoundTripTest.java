package org.paniercommun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/** The one round trip of a form, plain JUnit: which page it shows again, with which errors, and its status. */
class FormRoundTripTest {

    /** The pages shown again, in order: which page, with the errors it was given (in the order shown). */
    private final List<String> shown = new ArrayList<>();

    private Function<FormErrors, TemplateInstance> page(String name) {
        return errors -> {
            shown.add(name + " " + errors.all());
            return null;
        };
    }

    @Test
    void whatCouldNotBeReadIsShownWithWhatTheRulesRefuseAndNothingRuns() {
        boolean[] ran = { false };
        Response response = FormRoundTrip.submit(List.of(new FieldError("amount", "not an amount")),
                () -> List.of(new FieldError("amount", "required"), new FieldError("name", "required")), "form",
                () -> {
                    ran[0] = true;
                    return Response.ok().build();
                }, page("page"));
        assertEquals(400, response.getStatus());
        assertFalse(ran[0]);
        assertEquals(List.of("page {amount=not an amount, name=required}"), shown);
    }

    @Test
    void refusedInputIsA400NextToItsFieldsAndAConflictA409OnItsOwnPage() {
        Response refused = FormRoundTrip.submit(null, "version", () -> {
            throw new InvalidInputException("w-1", "too much");
        }, page("typed"), page("recorded"));
        Response conflict = FormRoundTrip.submit(null, "version", () -> {
            throw new ConflictException("saved meanwhile");
        }, page("typed"), page("recorded"));
        assertEquals(400, refused.getStatus());
        assertEquals(409, conflict.getStatus());
        assertEquals(List.of("typed {w-1=too much}", "recorded {version=saved meanwhile}"), shown);
    }

    @Test
    void aButtonSaysEveryRefusalInItsOnePlace() {
        Response refused = FormRoundTrip.submitAt("reopen", List.of(), () -> {
            throw new InvalidInputException(List.of(new FieldError("reason", "a reason"), new FieldError("x", "y")));
        }, page("list"));
        Response conflict = FormRoundTrip.submitAt("reopen", List.of(), () -> {
            throw new ConflictException("the day is open");
        }, page("list"));
        assertEquals(400, refused.getStatus());
        assertEquals(409, conflict.getStatus());
        assertEquals(List.of("list {reopen=a reason}", "list {reopen=the day is open}"), shown);
    }
}
