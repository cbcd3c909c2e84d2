package org.paniercommun.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login and logout pages. The form posts to {@code /j_security_check}, handled by Quarkus form
 * authentication, which sets an encrypted, HttpOnly, SameSite session cookie. Like every form it carries the CSRF
 * token, checked by web/CrossSiteLogins, which sends a refused post back here ({@code ?refus=1}).
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean refused, boolean loggedOut, boolean registered);
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("erreur") String failed, @QueryParam("refus") String refused,
            @QueryParam("sortie") String loggedOut, @QueryParam("inscrit") String registered) {
        return Templates.login(failed != null, refused != null, loggedOut != null, registered != null);
    }

    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).path("/").maxAge(0).value("")
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create("/login?sortie=1")).cookie(expired).build();
    }
}
