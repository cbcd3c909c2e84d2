package org.paniercommun.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.paniercommun.home.HomeActions.Home;

/** The home page: what Panier Commun is and the way in, then for each role what waits on the person. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
class HomePages {

    @Inject
    HomeActions actions;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home next);
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(actions.of(identity));
    }

    /** Where the login form leads ({@code quarkus.http.auth.form.landing-page}): see {@link HomeActions#landing}. */
    @GET
    @Path("bienvenue")
    public jakarta.ws.rs.core.Response landing() {
        return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create(actions.landing(identity))).build();
    }
}
