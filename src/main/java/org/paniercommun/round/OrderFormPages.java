package org.paniercommun.round;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.paniercommun.account.Role;
import org.paniercommun.round.OrderForms.OrderForm;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;

/**
 * The printable order form (bon de commande) of a round for one purchasing group, as an A4 page to print
 * from the browser and as a PDF to hand to relay points.
 */
@Path("/tournees")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
class OrderFormPages {

    @Inject
    OrderForms forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance orderForm(OrderForm form);
    }

    @GET
    @Path("{roundId: \\d+}/bon-de-commande")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("roundId") long roundId, @QueryParam("groupId") Long groupId) {
        return Templates.orderForm(forms.form(roundId, required(groupId)));
    }

    @GET
    @Path("{roundId: \\d+}/bon-de-commande.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("roundId") long roundId, @QueryParam("groupId") Long groupId) {
        OrderForm form = forms.form(roundId, required(groupId));
        return org.paniercommun.web.Downloads.pdf(OrderFormDocument.pdf(form),
                "bon-de-commande-" + roundId + "-" + groupId + ".pdf");
    }

    private long required(Long groupId) {
        if (groupId == null) {
            throw new InvalidInputException("groupId", messages().sheet_choose_group());
        }
        return groupId;
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static RoundMessages messages() {
        return Texts.of(RoundMessages.class);
    }
}
