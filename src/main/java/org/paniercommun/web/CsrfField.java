package org.paniercommun.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The hidden CSRF field of every post form ({@code templates/tags/csrf.html}, used as {@code {#csrf /}}).
 * Unlike the extension's {@code inject:csrf.token}, it never fails a page: on an error page the token filter did
 * not prepare a token for (an unknown address, a refused post), the token cookie the browser sent is the token
 * (tokens are not signed, see application.properties), and without one the field is left out.
 */
@Named("csrfField")
@RequestScoped
public class CsrfField {

    @Inject
    CsrfTokenParameterProvider csrf;

    @Inject
    RoutingContext routing;

    public String getName() {
        return csrf.getParameterName();
    }

    public String getValue() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException noTokenForThisRequest) {
            Cookie cookie = routing.request().getCookie(csrf.getCookieName());
            return cookie == null ? "" : cookie.getValue();
        }
    }
}
