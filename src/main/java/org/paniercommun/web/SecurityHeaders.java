package org.paniercommun.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response. The Content-Security-Policy allows no inline script at all; inline style only
 * in the {@code <style>} elements of printable pages, which carry the request's nonce ({@link CspNonce}). Static
 * files (stylesheet, scripts, Chart.js) may be cached; every other response — pages, exports, API answers, most of
 * them holding personal data — is {@code no-store}. HSTS is sent only on a request that came over HTTPS (directly or
 * through the reverse proxy, see {@code quarkus.http.proxy.*}).
 */
@ApplicationScoped
class SecurityHeaders {

    /** Served by the app and safe to cache: they hold nothing personal. */
    private static final String[] CACHEABLE = { "/css/", "/js/", "/webjars/", "/favicon" };

    /** Quarkus's own tools (dev UI; Swagger UI when turned on) run inline scripts of their own. */
    private static final String TOOLS = "/q/";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(context -> {
            context.addHeadersEndHandler(ignored -> apply(context));
            context.next();
        });
    }

    static void apply(RoutingContext context) {
        var headers = context.response().headers();
        String path = context.normalizedPath();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        if (!path.startsWith(TOOLS)) {
            headers.set("Content-Security-Policy", policy(context.get(CspNonce.KEY)));
        }
        if ("https".equalsIgnoreCase(context.request().scheme())) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        boolean cacheable = false;
        for (String prefix : CACHEABLE) {
            cacheable |= path.startsWith(prefix);
        }
        if (!cacheable) {
            headers.set("Cache-Control", "no-store");
        }
    }

    /** The policy, with the nonce of the page's {@code <style>} elements when it has some. */
    static String policy(String styleNonce) {
        return "default-src 'self'; script-src 'self'; style-src 'self'"
                + (styleNonce == null ? "" : " 'nonce-" + styleNonce + "'")
                + "; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
