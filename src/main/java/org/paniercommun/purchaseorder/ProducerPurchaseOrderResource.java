package org.paniercommun.purchaseorder;

import io.quarkus.security.identity.SecurityIdentity;
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
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.purchaseorder.PurchaseOrderService.PurchaseOrderView;

/** A producer's own purchase orders. */
@Path("/api/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bons de commande producteurs")
public class ProducerPurchaseOrderResource {

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("mine")
    @RolesAllowed(Role.PRODUCER)
    @Operation(summary = "Mes bons de commande, de la plus récente tournée à la plus ancienne")
    public List<PurchaseOrderView> mine() {
        return catalogue.producerOf(identity.getPrincipal().getName())
                .map(p -> purchaseOrders.ofProducer(p.id())).orElse(List.of());
    }
}
