package org.paniercommun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts forms the way a browser does: before a form post that has no CSRF token, loads a page of the app with a
 * post form (the registration page, open to anyone: a token is not tied to an account) and sends back the token
 * cookie and the form's hidden field. Installed for every {@code @QuarkusTest} (META-INF/services), so tests post
 * with {@code formParam} as before. A request that brings its own field or cookie is left alone, and
 * {@code noFiltersOfType(CsrfForms.class)} posts with no token at all.
 */
public class CsrfForms implements Filter, QuarkusTestBeforeEachCallback {

    public static final String COOKIE = "panier_csrf";
    public static final String FIELD = "csrf-token";
    /** A page anyone can open that holds a post form. */
    static final String PAGE_WITH_A_FORM = "/inscription";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern HIDDEN_FIELD = Pattern.compile(
            "<input type=\"hidden\" name=\"" + Pattern.quote(FIELD) + "\" value=\"([^\"]+)\"");

    /** The cookie and the field of a page just loaded. */
    public record Token(String cookie, String field) {
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(CsrfForms.class::isInstance)) {
            RestAssured.filters(new CsrfForms());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (needsToken(request)) {
            Token token = fromPage(PAGE_WITH_A_FORM);
            request.cookie(COOKIE, token.cookie());
            if (request.getMultiPartParams().isEmpty()) {
                if (request.getContentType() == null) {
                    request.contentType(ContentType.URLENC);
                }
                request.formParam(FIELD, token.field());
            } else {
                request.multiPart(FIELD, token.field());
            }
        }
        return context.next(request, response);
    }

    /** Loads a page as an anonymous visitor and reads the token its forms carry. */
    public static Token fromPage(String path) {
        Response page = RestAssured.given().get(path);
        assertEquals(200, page.statusCode(), path);
        String cookie = page.getCookie(COOKIE);
        Matcher field = HIDDEN_FIELD.matcher(page.asString());
        assertTrue(cookie != null && field.find(), "a token cookie and a token field on " + path);
        return new Token(cookie, field.group(1));
    }

    /** Every post a page form makes (the login form's too), and form posts under /api; not JSON. */
    private static boolean needsToken(FilterableRequestSpecification request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getCookies().hasCookieWithName(COOKIE)
                || request.getFormParams().containsKey(FIELD)
                || request.getMultiPartParams().stream().anyMatch(part -> FIELD.equals(part.getControlName()))) {
            return false;
        }
        String path = request.getDerivedPath();
        if (path.startsWith("/api/")) {
            String type = request.getContentType();
            return !request.getMultiPartParams().isEmpty() || !request.getFormParams().isEmpty()
                    || type != null && type.startsWith(ContentType.URLENC.toString());
        }
        return true;
    }
}
