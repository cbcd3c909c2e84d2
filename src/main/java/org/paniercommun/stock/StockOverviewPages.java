package org.paniercommun.stock;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.stock.StockService.MovementView;

/** The antenna's stock for coordinators (/stock): what is left, its value, and what left it. */
@Path("/stock")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
class StockOverviewPages {

    @Inject
    StockService stock;

    @Inject
    OrganisationService organisation;

    public record Choice(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<Choice> antennas, List<StockLot> lots, long valueCents,
                List<MovementView> movements);
    }

    @GET
    public TemplateInstance overview(@QueryParam("antenne") Long antennaId) {
        List<Antenna> all = organisation.antennas();
        Long selected = antennaId != null && all.stream().anyMatch(a -> a.id.equals(antennaId)) ? antennaId
                : all.isEmpty() ? null : all.get(0).id;
        List<Choice> antennas = all.stream().map(a -> new Choice(String.valueOf(a.id), a.name,
                a.id.equals(selected))).toList();
        if (selected == null) {
            return Templates.overview(antennas, List.of(), 0, List.of());
        }
        List<StockLot> lots = stock.lots(selected, false);
        return Templates.overview(antennas, lots, lots.stream().mapToLong(StockLot::remainingValueCents).reduce(0L,
                Math::addExact),
                stock.movements(null, null, selected));
    }
}
