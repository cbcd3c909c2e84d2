package org.paniercommun.ordering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.paniercommun.account.Role;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundMessages;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.kernel.Texts;

/** Where volunteers start: the rounds open for orders, to type the paper forms of each. */
@Path("/saisie")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
@Produces(MediaType.TEXT_HTML)
class PaperEntryIndex {

    public record OpenRound(long id, String name, String deadline) {
    }

    /** A round past its deadline whose lists and distribution day volunteers still need. */
    public record ClosedRound(long id, String name, String status) {
    }

    /** How many closed rounds are offered (the latest first). */
    private static final int CLOSED_ROUNDS = 3;

    @Inject
    SecurityIdentity identity;

    @Inject
    VolunteerGroups volunteers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<OpenRound> rounds, List<ClosedRound> closed);
    }

    @GET
    @Transactional
    public TemplateInstance index() {
        Set<Long> scope = volunteers.scopeOf(identity);
        List<OpenRound> open = Round.<Round>list("status = ?1 order by deadline", RoundStatus.OPEN).stream()
                .filter(r -> scope == null || r.groups.stream().anyMatch(g -> scope.contains(g.id)))
                .map(r -> new OpenRound(r.id, r.name, OrderService.when(r.deadline))).toList();
        // After closing, the same volunteers print the lists and hold the distribution: offer them here too.
        List<ClosedRound> closed = Round.<Round>list("status in ?1 order by deadline desc",
                List.of(RoundStatus.CLOSED, RoundStatus.DISTRIBUTED)).stream()
                .filter(r -> scope == null || r.groups.stream().anyMatch(g -> scope.contains(g.id)))
                .limit(CLOSED_ROUNDS)
                .map(r -> new ClosedRound(r.id, r.name, Texts.of(RoundMessages.class).round_status(r.status))).toList();
        return Templates.index(open, closed);
    }
}
