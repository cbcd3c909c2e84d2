package org.paniercommun.ordering;

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
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.ordering.OrderResource.OrderSummary;

/** A household's own order history. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commandes")
class OrderHistoryResource {

    @Inject
    OrderService orders;

    @Inject
    HouseholdService households;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("mine")
    @RolesAllowed(Role.HOUSEHOLD)
    @Operation(summary = "Toutes mes commandes")
    public List<OrderSummary> history() {
        Household household = households.ofLogin(identity.getPrincipal().getName());
        return orders.history(household.id).stream()
                .map(o -> OrderSummary.of(o, household.id, household.displayName)).toList();
    }
}
