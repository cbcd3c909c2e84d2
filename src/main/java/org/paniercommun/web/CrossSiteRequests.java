package org.paniercommun.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What the CSRF token filter (quarkus-rest-csrf) leaves open, and its answer made readable.
 * <ul>
 * <li>A page post must be a form, so that the token filter checks it: a {@code text/plain} or empty post (which
 * another site can send) is refused.</li>
 * <li>A browser request that changes something and says it comes from another site ({@code Sec-Fetch-Site}) is
 * refused, under /api too, where a session cookie also works and JSON is not checked for a token.</li>
 * <li>The token filter refuses with a bare 400 and no body; that answer becomes the French one. It also refuses a
 * page when the token cookie cannot be read (a neighbour site may set one): that cookie is then dropped, so that
 * reloading the page gives a new one.</li>
 * </ul>
 * Scripts (HTTP Basic or a session cookie, JSON or no body, no {@code Sec-Fetch-Site}) pass.
 */
class CrossSiteRequests {

    /**
     * What the token filter (CsrfRequestResponseReactiveFilter) puts on the request once the form's token matched
     * its cookie; a form post without it was refused.
     */
    private static final String TOKEN_VERIFIED = "csrf_token_verified";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String tokenCookie;

    /** Thrown when a request that changes something was not sent by a page of Panier Commun. */
    public static class ForeignRequestException extends RuntimeException {
        ForeignRequestException() {
            super(null, null, false, false);
        }
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            throw new ForeignRequestException();
        }
        if (!ErrorMappers.isApi(request.getUriInfo().getPath()) && !isForm(request.getMediaType())) {
            throw new ForeignRequestException();
        }
    }

    /**
     * The token filter's refusals: a form post whose token it did not verify, or any request with a token cookie it
     * cannot read. Nothing else here answers 400 without a body (our errors all have one).
     */
    @ServerResponseFilter
    public void explainTokenRefusal(ContainerRequestContext request, ContainerResponseContext response,
            RoutingContext routing) {
        if (response.getStatus() != 400 || response.hasEntity()) {
            return;
        }
        boolean unverifiedForm = !SAFE_METHODS.contains(request.getMethod()) && isForm(request.getMediaType())
                && routing.get(TOKEN_VERIFIED) == null;
        Cookie cookie = request.getCookies().get(tokenCookie);
        if (!unverifiedForm && cookie == null) {
            return;
        }
        Response refusal = ErrorMappers.foreignRequest(request.getUriInfo().getPath());
        response.setStatus(refusal.getStatus());
        // The page is rendered here: a template returned by a filter is not rendered for it.
        Object body = refusal.getEntity() instanceof TemplateInstance page ? page.render() : refusal.getEntity();
        response.setEntity(body, null, refusal.getMediaType());
        if (cookie != null && SAFE_METHODS.contains(request.getMethod())) {
            // A page refused: only an unreadable cookie does that, and the next load must not be refused again.
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    new NewCookie.Builder(tokenCookie).value("").path("/").maxAge(0).httpOnly(true).build());
        }
    }

    /** The two bodies a browser form sends and the token filter checks; text/plain is not one of them. */
    private static boolean isForm(MediaType type) {
        return type != null && ("application".equalsIgnoreCase(type.getType())
                && "x-www-form-urlencoded".equalsIgnoreCase(type.getSubtype())
                || "multipart".equalsIgnoreCase(type.getType()) && "form-data".equalsIgnoreCase(type.getSubtype()));
    }
}
