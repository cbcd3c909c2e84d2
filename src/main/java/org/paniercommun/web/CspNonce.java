package org.paniercommun.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The request's CSP nonce, for the {@code <style>} elements of printable pages: {@code <style nonce="{inject:csp.nonce}">}.
 * Made on first use and kept with the request, where {@link SecurityHeaders} puts it in the policy. Outside a
 * request (a PDF rendered for an e-mail) there is no policy to satisfy: empty.
 */
@Named("csp")
@ApplicationScoped
class CspNonce {

    static final String KEY = "panier.csp-nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentVertxRequest request;

    public String nonce() {
        if (!Arc.container().requestContext().isActive()) {
            return "";
        }
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return "";
        }
        String nonce = context.get(KEY);
        if (nonce == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            context.put(KEY, nonce);
        }
        return nonce;
    }
}
