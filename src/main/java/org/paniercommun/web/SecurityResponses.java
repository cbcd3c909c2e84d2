package org.paniercommun.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Texts;

/**
 * Wrong credentials are detected before a request reaches JAX-RS (proactive authentication), so they
 * are answered here: problem+json with a Basic challenge for the API, back to the login page for pages; so are sign-ins
 * refused for waiting after too many failures ({@link SignInWaitException}).
 */
@ApplicationScoped
public class SecurityResponses {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String loginPost;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    void install(@Observes Router router) {
        router.route().order(-1000).failureHandler(ctx -> {
            if (ctx.failure() instanceof SignInWaitException wait) {
                tooManySignIns(ctx, wait.seconds());
                return;
            }
            if (!(ctx.failure() instanceof AuthenticationFailedException)) {
                ctx.next();
                return;
            }
            String path = ctx.normalizedPath();
            if (ErrorMappers.isApi(path)) {
                ctx.response().setStatusCode(401)
                        .putHeader("WWW-Authenticate", "Basic realm=\"Panier Commun\", charset=\"UTF-8\"")
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(problemJson(Problem.of(401, Texts.of(AppMessages.class).error_credentials_refused(),
                                Texts.of(AppMessages.class).error_credentials_refused_detail(), path)));
            } else if (ctx.request().getHeader("Authorization") != null || ctx.request().method() == HttpMethod.POST
                    && path.equals(loginPost)) {
                ctx.response().setStatusCode(303).putHeader("Location", "/login?erreur=1").end();
            } else {
                // A session cookie refused (its sessions were ended, or the account deactivated): no password was
                // typed, so the login page shows no error; the browser forgets the cookie.
                ctx.response().removeCookie(sessionCookie);
                ctx.response().addCookie(io.vertx.core.http.Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0)
                        .setHttpOnly(true).setSecure(ctx.request().isSSL()));
                ctx.response().setStatusCode(303).putHeader("Location", "/login").end();
            }
        });
    }

    /**
     * Too many failed sign-ins lately (account/SignInThrottle): the password was not checked. The API answers 429 with
     * Retry-After; the login form and pages go back to the login page, which says when to try again.
     */
    private void tooManySignIns(RoutingContext ctx, long seconds) {
        String path = ctx.normalizedPath();
        if (ErrorMappers.isApi(path)) {
            AppMessages messages = Texts.of(AppMessages.class);
            ctx.response().setStatusCode(429)
                    .putHeader("Retry-After", Long.toString(seconds))
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(problemJson(Problem.of(429, messages.error_sign_in_wait(),
                            messages.error_sign_in_wait_detail(Waits.french(seconds)), path)));
        } else {
            ctx.response().setStatusCode(303).putHeader("Location", "/login?attente=" + seconds).end();
        }
    }

    private String problemJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
