package org.paniercommun.settlement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.paniercommun.kernel.Dates;
import org.paniercommun.account.Role;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.OrganisationService;

/** The year's books of an antenna for coordinators (/comptes). */
@Path("/comptes")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
class YearBooksPages {

    /** The year menu goes back this far (older years can still be asked in the address). */
    static final int YEARS_OFFERED = 5;

    @Inject
    SettlementService settlement;

    @Inject
    OrganisationService organisation;

    public record Choice(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance year(List<Choice> antennas, List<Choice> years, YearBooks books);
    }

    @GET
    public TemplateInstance page(@QueryParam("antenne") Long antennaId, @QueryParam("annee") Integer year) {
        int thisYear = LocalDate.now(Dates.ZONE).getYear();
        int chosen = year == null || year < 2000 || year > 2100 ? thisYear : year;
        List<Antenna> all = organisation.antennas();
        Long selected = antennaId != null && all.stream().anyMatch(a -> a.id.equals(antennaId)) ? antennaId
                : all.isEmpty() ? null : all.get(0).id;
        List<Choice> antennas = all.stream().map(a -> new Choice(String.valueOf(a.id), a.name, a.id.equals(selected)))
                .toList();
        List<Choice> years = new java.util.ArrayList<>();
        for (int y = thisYear; y >= Math.min(chosen, thisYear - YEARS_OFFERED); y--) {
            years.add(new Choice(String.valueOf(y), String.valueOf(y), y == chosen));
        }
        return Templates.year(antennas, years, selected == null ? null : settlement.yearBooks(selected, chosen));
    }
}
