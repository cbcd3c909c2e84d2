package org.paniercommun.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.kernel.Dates;
import org.paniercommun.account.Role;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;

/** Reports for funders, for coordinators. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rapports pour les financeurs")
@RolesAllowed(Role.COORDINATOR)
class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("funders")
    @Operation(summary = "Rapport d'une antenne sur une période : foyers servis, commandes, volumes, bio/local/équitable, "
            + "producteurs payés, caisse solidaire (agrégée), subventions")
    public FunderReport funders(@QueryParam("antennaId") Long antennaId,
            @Parameter(description = "Un mois, par exemple 2026-11") @QueryParam("month") String month,
            @Parameter(description = "Une année, par exemple 2026") @QueryParam("year") Integer year,
            @Parameter(description = "Début d'une période libre (inclus)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Fin d'une période libre (incluse)") @QueryParam("to") LocalDate to,
            @Parameter(description = "Distance en km sous laquelle un producteur est local (150 par défaut)")
            @QueryParam("localKm") Integer localKm) {
        if (antennaId == null) {
            throw new InvalidInputException("antennaId", Texts.of(ReportMessages.class).error_antenna_required());
        }
        ReportPeriod period;
        try {
            period = ReportPeriod.of(month, year, from, to, LocalDate.now(Dates.ZONE));
        } catch (ReportPeriod.Refused refused) {
            throw ReportTexts.explained(refused);
        }
        return reports.funders(antennaId, period, localKm);
    }
}
