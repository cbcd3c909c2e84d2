package org.paniercommun.basket;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.basket.BasketStatements.ProducerMonth;
import org.paniercommun.basket.DeliveryService.DeliveryView;
import org.paniercommun.catalogue.ProducerPortal;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.Texts;

/** In the producer's account (/producteur/paniers): baskets to pack per relay structure and date, monthly total. */
@Path("/producteur/paniers")
@RolesAllowed(Role.PRODUCER)
@Produces(MediaType.TEXT_HTML)
class BasketProducerPages {

    @Inject
    ProducerPortal portal;

    @Inject
    DeliveryService deliveries;

    @Inject
    BasketStatements statements;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance producerBaskets(String producer, List<DeliveryView> deliveries,
                ProducerMonth month, String notice);
    }

    @GET
    public TemplateInstance list(@QueryParam("ok") String ok) {
        var producer = portal.producer().orElse(null);
        if (producer == null) {
            return Templates.producerBaskets(null, List.of(), null, ok);
        }
        return Templates.producerBaskets(producer.name(), deliveries.deliveries(null, producer.id(), LocalDate.now(),
                LocalDate.now().plusWeeks(8)), statements.producer(producer.id(), YearMonth.now()), ok);
    }

    @POST
    @Path("{deliveryId}/contenu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object setContent(@PathParam("deliveryId") long deliveryId, MultivaluedMap<String, String> form) {
        var producer = portal.producer()
                .orElseThrow(() -> new ForbiddenException(BasketTexts.get().error_no_producer_linked()));
        if (deliveries.producerOf(deliveryId) != producer.id()) {
            throw new ForbiddenException();
        }
        FormReader in = new FormReader(form);
        deliveries.setContent(deliveryId, new DeliveryService.ContentCommand(in.text("content"), in.text("recipe")));
        return Html.done("/producteur/paniers", messages().notice_content_saved());
    }

    /** The feature's texts in the request's language. */
    private static BasketMessages messages() {
        return Texts.of(BasketMessages.class);
    }
}
