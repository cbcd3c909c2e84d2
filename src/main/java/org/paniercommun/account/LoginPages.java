package org.paniercommun.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Texts;
import org.paniercommun.web.Waits;

/**
 * Login and logout pages. The form posts to {@code /j_security_check}, handled by Quarkus form
 * authentication, which sets an encrypted, HttpOnly, SameSite session cookie. Like every form it carries the CSRF
 * token, checked by web/CrossSiteLogins, which sends a refused post back here ({@code ?refus=1}). After too many
 * failed sign-ins the post comes back here with the wait ({@code ?attente=<seconds>}, account/PasswordSignIns).
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
class LoginPages {

    /** The longest wait the page will quote (the throttle's own cap is 15 minutes by default). */
    private static final long MAX_QUOTED_WAIT = 24 * 3600;

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountService accounts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean refused, boolean loggedOut, boolean registered,
                String wait, boolean passwordChanged);
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("erreur") String failed, @QueryParam("refus") String refused,
            @QueryParam("sortie") String loggedOut, @QueryParam("inscrit") String registered,
            @QueryParam("attente") String waitSeconds, @QueryParam("motdepasse") String passwordChanged) {
        return Templates.login(failed != null, refused != null, loggedOut != null, registered != null,
                waitText(waitSeconds), passwordChanged != null);
    }

    /** "Réessayez dans 2 minutes", or null when the parameter is missing or not a number of seconds. */
    static String waitText(String seconds) {
        if (seconds == null || !seconds.matches("[0-9]{1,6}")) {
            return null;
        }
        long value = Math.min(Long.parseLong(seconds), MAX_QUOTED_WAIT);
        return value <= 0 ? null : Texts.of(AppMessages.class).login_wait(Waits.french(value));
    }

    /** Ends every session of the account on the server (a copy of the cookie is refused too), then the cookie. */
    @POST
    @Path("logout")
    public Response logout(@Context HttpServerRequest request) {
        if (!identity.isAnonymous()) {
            accounts.endSessions(identity.getPrincipal().getName());
        }
        return Response.seeOther(URI.create("/login?sortie=1")).cookie(expiredSessionCookie(request.isSSL())).build();
    }

    /** The session cookie emptied; Secure over HTTPS (directly or through the trusted proxy), like the cookie itself. */
    static NewCookie expiredSessionCookie(boolean secure) {
        String name = ConfigProvider.getConfig().getValue("quarkus.http.auth.form.cookie-name", String.class);
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").secure(secure)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }
}
