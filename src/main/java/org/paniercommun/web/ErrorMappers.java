package org.paniercommun.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.paniercommun.csv.CsvImportException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;
import org.paniercommun.kernel.Validation;

/**
 * Turns every error into what the caller can use: {@code application/problem+json} under /api, a French
 * error page (or the login page) elsewhere. Messages are written for people; exception class names
 * and stack traces never leave the server.
 */
class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(uri, new Problem("about:blank", msg().error_invalid_data(), 400, e.getMessage(),
                uri.getPath(), e.errors(), List.of()));
    }

    /** Too many wrong passwords lately (account/SignInThrottle): 429 with the wait, the password was not checked. */
    @ServerExceptionMapper
    public Response signInWait(SignInWaitException e, UriInfo uri) {
        return Response.fromResponse(respond(uri, Problem.of(429, msg().error_sign_in_wait(),
                msg().error_sign_in_wait_detail(Waits.french(e.seconds())), uri.getPath())))
                .header("Retry-After", Long.toString(e.seconds())).build();
    }

    @ServerExceptionMapper
    public Response csvImport(CsvImportException e, UriInfo uri) {
        return respond(uri, new Problem("about:blank", msg().error_import_refused(), 400, e.getMessage(), uri.getPath(),
                List.of(), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<InvalidInputException.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new InvalidInputException.FieldError(Validation.leaf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).field() + " : " + errors.get(0).message()
                : msg().error_fields_to_fix(errors.size());
        return respond(uri, new Problem("about:blank", msg().error_invalid_data(), 400, detail, uri.getPath(), errors,
                List.of()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(uri, Problem.of(409, msg().error_conflict(), e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentEdit(RuntimeException e, UriInfo uri) {
        return respond(uri, Problem.of(409, msg().error_concurrent_title(), msg().error_concurrent_detail(),
                uri.getPath()));
    }

    /** Quarkus ships its own mapper for this subtype; ours answers in French with the field. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String detail = msg().error_json_invalid();
        if (e instanceof TextInputGuards.ForbiddenTextException forbidden) {
            detail = forbidden.getPath().isEmpty() ? msg().error_forbidden_character()
                    : msg().error_json_forbidden_character(forbidden.getPath().get(forbidden.getPath().size() - 1)
                            .getFieldName());
        } else if (e instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            detail = msg().error_json_format(format.getPath().get(format.getPath().size() - 1).getFieldName());
        } else if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            detail = msg().error_json_type(mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName());
        }
        return respond(uri, Problem.of(400, msg().error_unreadable(), detail, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response foreignRequest(CrossSiteRequests.ForeignRequestException e, UriInfo uri) {
        return foreignRequest(uri.getPath());
    }

    /** A post without its form's CSRF token, or sent from another site (see CrossSiteRequests). */
    static Response foreignRequest(String path) {
        return respond(path, Problem.of(403, msg().error_foreign_form_title(), msg().error_foreign_form_detail(), path));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return notLoggedIn(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return notLoggedIn(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Problem.of(403, msg().error_forbidden_title(),
                msg().error_forbidden_detail(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        // Our own 404s carry a French message; the framework's messages (405, 415…) are English.
        String message = e.getMessage();
        boolean frameworkMessage = message == null || message.startsWith("HTTP ") || message.startsWith("Unable to find");
        String detail = status != 404 || frameworkMessage ? defaultDetail(status) : message;
        return respond(uri, Problem.of(status, defaultTitle(status), detail, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (poolExhausted(e)) {
            // Neither the person's fault nor a bug: every connection stayed busy for the whole acquisition timeout.
            // A 503 with Retry-After tells people and scripts to try again, instead of a 500 with a reference.
            LOG.warnf("No database connection free in time on %s", uri.getPath());
            Response busy = respond(uri, Problem.of(503, msg().error_busy_title(), msg().error_busy_detail(),
                    uri.getPath()));
            return Response.fromResponse(busy).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        return respond(uri, Problem.of(500, msg().error_internal_title(),
                msg().error_internal_detail(reference), uri.getPath()));
    }

    static final String RETRY_AFTER_SECONDS = "5";

    /** Agroal says that no connection came free in time with a plain SQLException and this message only. */
    static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException && t.getMessage() != null
                    && t.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    static Response notLoggedIn(UriInfo uri) {
        if (isApi(uri.getPath())) {
            return Response.status(401)
                    .header("WWW-Authenticate", "Basic realm=\"Panier Commun\", charset=\"UTF-8\"")
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(401, msg().error_login_required(),
                            msg().error_login_required_detail(), uri.getPath()))
                    .build();
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    /** The French texts of error titles and details (the problem+json and the error page share them). */
    private static AppMessages msg() {
        return Texts.of(AppMessages.class);
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static Response respond(UriInfo uri, Problem problem) {
        return respond(uri.getPath(), problem);
    }

    private static Response respond(String path, Problem problem) {
        if (isApi(path)) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(problem.status(), problem.title(), problem.detail())).build();
    }

    private static String defaultTitle(int status) {
        return switch (status) {
            case 400 -> msg().error_bad_request();
            case 401 -> msg().error_login_required();
            case 403 -> msg().error_forbidden_title();
            case 404 -> msg().error_not_found();
            case 405 -> msg().error_method_not_allowed();
            case 406, 415 -> msg().error_unsupported_format();
            case 409 -> msg().error_conflict();
            default -> msg().error_generic();
        };
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> msg().error_not_found_detail();
            case 405 -> msg().error_method_not_allowed_detail();
            case 406, 415 -> msg().error_unsupported_format_detail();
            default -> msg().error_generic_detail();
        };
    }
}
