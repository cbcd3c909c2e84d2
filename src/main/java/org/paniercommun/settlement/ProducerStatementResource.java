package org.paniercommun.settlement;

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

/** A producer's own statements. */
@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Règlements et bilan")
class ProducerStatementResource {

    @Inject
    ProducerPortal portal;

    @Inject
    SettlementService settlement;

    @GET
    @Path("mine")
    @RolesAllowed(Role.PRODUCER)
    @Operation(summary = "Mes relevés, de la plus récente tournée à la plus ancienne")
    public List<SettlementService.StatementView> mine() {
        return portal.producer()
                .map(p -> settlement.issuedStatementsOf(p.id())).orElse(List.of());
    }
}
