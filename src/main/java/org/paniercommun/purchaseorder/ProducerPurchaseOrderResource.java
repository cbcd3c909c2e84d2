package org.paniercommun.purchaseorder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.ProducerPortal;
import org.paniercommun.purchaseorder.PurchaseOrderService.PurchaseOrderView;

/** A producer's own purchase orders. */
@Path("/api/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bons de commande producteurs")
class ProducerPurchaseOrderResource {

    @Inject
    ProducerPortal portal;

    @Inject
    PurchaseOrderService purchaseOrders;

    @GET
    @Path("mine")
    @RolesAllowed(Role.PRODUCER)
    @Operation(summary = "Mes bons de commande, de la plus récente tournée à la plus ancienne")
    public List<PurchaseOrderView> mine() {
        return portal.producer()
                .map(p -> purchaseOrders.ofProducer(p.id())).orElse(List.of());
    }
}
