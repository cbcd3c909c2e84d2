package org.paniercommun.closing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.closing.Consolidation.RoundConsolidation;

/** After the deadline: totals per product and relay point, case decisions, reception at the hub. */
@Path("/api/rounds/{roundId}/closing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clôture d'une tournée")
@RolesAllowed(Role.COORDINATOR)
class ClosingResource {

    @Inject
    Consolidation consolidation;

    @Inject
    ClosingService closing;

    @Inject
    org.paniercommun.round.RoundService rounds;

    public record ClosingState(String status, boolean allocationConfirmed, RoundConsolidation consolidation) {
    }

    @GET
    @Operation(summary = "Totaux par produit (commandé, attribué, colis, surplus, reçu) et par point relais")
    public ClosingState state(@PathParam("roundId") long roundId) {
        RoundConsolidation c = consolidation.of(roundId);
        var round = rounds.round(roundId);
        return new ClosingState(round.status.name(), round.allocationConfirmedAt != null, c);
    }

    @PUT
    @Path("offers/{offerId}/decision")
    @Operation(summary = "Compléter le dernier colis (ROUND_UP, surplus en stock) ou réduire les commandes "
            + "(ROUND_DOWN, les dernières commandes d'abord) ; rememberForProduct en fait la règle du produit")
    public ClosingState decide(@PathParam("roundId") long roundId, @PathParam("offerId") long offerId,
            ClosingService.DecisionCommand command) {
        closing.decide(roundId, offerId, command);
        return state(roundId);
    }

    @PUT
    @Path("offers/{offerId}/reception")
    @Operation(summary = "Ce que le producteur a livré ; un manque est réparti sur les foyers (les dernières "
            + "commandes d'abord, une unité chacun à tour de rôle)")
    public ClosingState receive(@PathParam("roundId") long roundId, @PathParam("offerId") long offerId,
            ClosingService.ReceptionCommand command) {
        closing.receive(roundId, offerId, command);
        return state(roundId);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Valider les quantités : les foyers concernés sont prévenus, les bons fournisseurs peuvent partir")
    public ClosingState confirm(@PathParam("roundId") long roundId) {
        closing.confirm(roundId, Instant.now());
        return state(roundId);
    }
}
