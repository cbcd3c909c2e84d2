package org.paniercommun.accountadmin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.paniercommun.web.Html;
import org.paniercommun.account.Role;

/**
 * A household's online access, from its file: invite it by e-mail, or print a card with a one-time code that a
 * volunteer hands over (see {@link HouseholdAccess}). For the volunteers of its group and the coordinators of its
 * antenna; 404 for anyone else.
 */
@Path("/foyers/{id}/acces")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
@Produces(MediaType.TEXT_HTML)
public class HouseholdAccessPages {

    @Inject
    HouseholdAccess access;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance access(HouseholdAccess.View view, String notice);

        static native TemplateInstance card(HouseholdAccess.Card card);
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("ok") String notice) {
        return Templates.access(access.view(identity, id), notice);
    }

    @POST
    @Path("invitation")
    public Response invite(@PathParam("id") long id) {
        String address = access.invite(identity, id);
        return Html.done("/foyers/" + id + "/acces", AccessService.messages().notice_invited(address));
    }

    /** The card is the answer to the post: its code is kept nowhere, so the page cannot be opened again. */
    @POST
    @Path("code")
    public TemplateInstance code(@PathParam("id") long id) {
        return Templates.card(access.code(identity, id));
    }
}
