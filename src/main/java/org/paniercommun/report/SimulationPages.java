package org.paniercommun.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.paniercommun.account.Role;
import org.paniercommun.report.SimulationService.SimulationView;

/** The simulation of a round as a page: one row per tier, the totals, and what the quantities are based on. */
@Path("/tournees/{id: \\d+}/simulation")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
class SimulationPages {

    @Inject
    SimulationService simulations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance simulation(SimulationView simulation);
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id) {
        return Templates.simulation(simulations.simulate(id));
    }
}
