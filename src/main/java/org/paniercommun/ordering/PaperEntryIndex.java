package org.paniercommun.ordering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundStatus;

/** Where volunteers start: the rounds open for orders, to type the paper forms of each. */
@Path("/saisie")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
@Produces(MediaType.TEXT_HTML)
public class PaperEntryIndex {

    public record OpenRound(long id, String name, String deadline) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<OpenRound> rounds);
    }

    @GET
    public TemplateInstance index() {
        List<OpenRound> open = Round.<Round>list("status = ?1 order by deadline", RoundStatus.OPEN).stream()
                .map(r -> new OpenRound(r.id, r.name, OrderService.when(r.deadline))).toList();
        return Templates.index(open);
    }
}
