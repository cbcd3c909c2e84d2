package org.paniercommun.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Wrong credentials are detected before a request reaches JAX-RS (proactive authentication), so they
 * are answered here: problem+json with a Basic challenge for the API, back to the login page for pages.
 */
@ApplicationScoped
public class SecurityResponses {

    @Inject
    ObjectMapper json;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    void install(@Observes Router router) {
        router.route().order(-1000).failureHandler(ctx -> {
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
            } else if (!path.equals("/j_security_check") && ctx.request().getCookie(sessionCookie) != null) {
                // A session cookie refused (a deactivated or deleted account): it is expired here, or the login page,
                // asked with the same cookie, would be refused in turn and redirect to itself forever.
                ctx.response().addCookie(io.vertx.core.http.Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0)
                        .setHttpOnly(true));
                ctx.response().setStatusCode(303).putHeader("Location", "/login").end();
            } else {
                ctx.response().setStatusCode(303).putHeader("Location", "/login?erreur=1").end();
            }
        });
    }

    private String problemJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
