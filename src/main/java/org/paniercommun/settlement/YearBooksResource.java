package org.paniercommun.settlement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;

/** The year's books of an antenna. */
@Path("/api/antennas/{antennaId}/books/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Règlements et bilan")
@RolesAllowed(Role.COORDINATOR)
class YearBooksResource {

    @Inject
    SettlementService settlement;

    @GET
    @Operation(summary = "Comptes de l'année : résultat de chaque tournée, adhésions hors tournée, valeur du stock")
    public YearBooks year(@PathParam("antennaId") long antennaId, @PathParam("year") int year) {
        if (year < 2000 || year > 2100) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return settlement.yearBooks(antennaId, year);
    }
}
