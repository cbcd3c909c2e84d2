package org.paniercommun.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.paniercommun.account.Role;
import org.paniercommun.report.SimulationService.SimulationView;

/** What a round would cost and bring in per price tier, for the coordinators, before they open it. */
@Path("/api/rounds/{id: \\d+}/simulation")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
class SimulationResource {

    @Inject
    SimulationService simulations;

    @GET
    public SimulationView simulate(@PathParam("id") long id) {
        return simulations.simulate(id);
    }
}
