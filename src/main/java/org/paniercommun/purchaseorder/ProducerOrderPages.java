package org.paniercommun.purchaseorder;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.ProducerPortal;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.purchaseorder.PurchaseOrderService.PurchaseOrderView;
import org.paniercommun.web.FormErrors;

/** A producer's own purchase orders, in its account (/producteur/commandes). */
@Path("/producteur/commandes")
@RolesAllowed(Role.PRODUCER)
@Produces(MediaType.TEXT_HTML)
class ProducerOrderPages {

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    ProducerPortal portal;

    @GET
    public TemplateInstance list() {
        var own = portal.documents(purchaseOrders::ofProducer);
        return PurchaseOrderPages.Templates.producerOrders(own.producerName(), own.documents());
    }

    @GET
    @Path("{roundId}")
    public TemplateInstance one(@PathParam("roundId") long roundId) {
        return PurchaseOrderPages.Templates.order(own(roundId), false, FormErrors.none(), null);
    }

    @GET
    @Path("{roundId}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("roundId") long roundId) {
        return PurchaseOrderPages.pdf(own(roundId));
    }

    @GET
    @Path("{roundId}.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response csv(@PathParam("roundId") long roundId) {
        return PurchaseOrderPages.csv(own(roundId));
    }

    @GET
    @Path("{roundId}.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    public Response xlsx(@PathParam("roundId") long roundId) {
        return PurchaseOrderPages.xlsx(own(roundId));
    }

    /** The producer's own order: another producer's round gives "nothing ordered from you" (404). */
    private PurchaseOrderView own(long roundId) {
        return purchaseOrders.forProducer(roundId, portal.producerId());
    }
}
