package org.paniercommun.purchaseorder;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.purchaseorder.PurchaseOrderService.DeliveryCommand;
import org.paniercommun.purchaseorder.PurchaseOrderService.PurchaseOrderView;
import org.paniercommun.purchaseorder.PurchaseOrderService.SendAllResult;

/** The producers' purchase orders of a closed round, for coordinators. */
@Path("/api/rounds/{roundId}/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bons de commande producteurs")
@RolesAllowed(Role.COORDINATOR)
class PurchaseOrderResource {

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Bons de commande de la tournée, un par producteur : colis entiers × prix d'achat")
    public List<PurchaseOrderView> list(@PathParam("roundId") long roundId) {
        return purchaseOrders.forRound(roundId);
    }

    @GET
    @Path("{producerId}")
    @Operation(summary = "Le bon de commande d'un producteur, avec l'historique de ses envois")
    public PurchaseOrderView one(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return purchaseOrders.forProducer(roundId, producerId);
    }

    @GET
    @Path("{producerId}/csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    @Operation(summary = "Le bon de commande en CSV (celui joint à l'e-mail)")
    public Response csv(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return PurchaseOrderPages.csv(purchaseOrders.forProducer(roundId, producerId));
    }

    @GET
    @Path("{producerId}/xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    @Operation(summary = "Le bon de commande en classeur Excel (.xlsx), mêmes colonnes que le CSV")
    public Response xlsx(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return PurchaseOrderPages.xlsx(purchaseOrders.forProducer(roundId, producerId));
    }

    @PUT
    @Path("delivery")
    @Operation(summary = "Date et adresse de livraison pour tous les bons de la tournée")
    public List<PurchaseOrderView> deliveryForAll(@PathParam("roundId") long roundId, DeliveryCommand command) {
        return purchaseOrders.setDelivery(roundId, null, command);
    }

    @PUT
    @Path("{producerId}/delivery")
    @Operation(summary = "Date et adresse de livraison pour un producteur")
    public PurchaseOrderView delivery(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            DeliveryCommand command) {
        return purchaseOrders.setDelivery(roundId, producerId, command).get(0);
    }

    @POST
    @Path("{producerId}/send")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Envoyer (ou renvoyer) le bon par e-mail avec son CSV, ou noter qu'il a été remis en main propre")
    public PurchaseOrderView send(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            @QueryParam("handDelivered") boolean handDelivered) {
        return purchaseOrders.send(roundId, producerId, handDelivered, identity.getPrincipal().getName(),
                Instant.now());
    }

    @POST
    @Path("send-all")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Envoyer tous les bons pas encore envoyés aux producteurs qui ont une adresse e-mail")
    public SendAllResult sendAll(@PathParam("roundId") long roundId) {
        return purchaseOrders.sendAll(roundId, identity.getPrincipal().getName(), Instant.now());
    }
}
