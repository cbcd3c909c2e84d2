package org.paniercommun.ordering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.account.Role;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundService;
import org.paniercommun.web.FormErrors;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/** Volunteers type the paper order forms collected at relay points: find the household, type its quantities. */
@Path("/tournees/{roundId}/saisie")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
@Produces(MediaType.TEXT_HTML)
class PaperEntryPages {

    @Inject
    OrderEntry forms;

    @Inject
    OrderService orders;

    @Inject
    RoundService rounds;

    @Inject
    HouseholdService households;

    @Inject
    SecurityIdentity identity;

    @Inject
    VolunteerGroups volunteers;

    public record HouseholdRow(long id, String name, String relayPoint, String status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(long roundId, String roundName, String q, List<HouseholdRow> households,
                String notice);
    }

    @GET
    public TemplateInstance search(@PathParam("roundId") long roundId, @QueryParam("q") String q,
            @QueryParam("ok") String saved) {
        Round round = rounds.round(roundId);
        Map<Long, Order> byHousehold = new HashMap<>();
        orders.forRound(roundId).forEach(o -> byHousehold.put(o.household.id, o));
        List<HouseholdRow> rows = new ArrayList<>();
        java.util.Set<Long> scope = volunteers.scopeOf(identity);
        for (var group : round.groups) {
            if (scope != null && !scope.contains(group.id)) {
                continue;
            }
            for (Household h : households.search(q, group.id, null, null, false, 1, 30).items()) {
                Order order = byHousehold.get(h.id);
                rows.add(new HouseholdRow(h.id, h.displayName, h.relayPoint == null ? "" : h.relayPoint.name,
                        order == null ? "—" : Texts.of(OrderingMessages.class).paper_products(order.lines.size())));
            }
        }
        return Templates.search(roundId, round.name, q, rows, saved);
    }

    @GET
    @Path("{householdId}")
    public TemplateInstance form(@PathParam("roundId") long roundId, @PathParam("householdId") long householdId,
            @QueryParam("aller") String jump) {
        Household household = households.household(householdId);
        volunteers.requireMayActFor(identity, household.group.id);
        return OrderEntry.Templates.order(forms.form(roundId, household, null, true, FormErrors.none(), jump),
                FormErrors.none(), null);
    }

    @POST
    @Path("{householdId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(@PathParam("roundId") long roundId, @PathParam("householdId") long householdId,
            MultivaluedMap<String, String> form) {
        Household household = households.household(householdId);
        volunteers.requireMayActFor(identity, household.group.id);
        String next = "/tournees/" + roundId + "/saisie?ok="
                + URLEncoder.encode(messages().paper_search_saved(household.displayName), StandardCharsets.UTF_8);
        return forms.submit(roundId, household, form, identity.getPrincipal().getName(), next, true);
    }

    @GET
    @Path("{householdId}/annuler")
    public Object confirmCancel(@PathParam("roundId") long roundId, @PathParam("householdId") long householdId) {
        Household household = households.household(householdId);
        volunteers.requireMayActFor(identity, household.group.id);
        return forms.confirmCancel(roundId, household, "/tournees/" + roundId + "/saisie/" + householdId, true);
    }

    @POST
    @Path("{householdId}/annuler")
    public Object cancel(@PathParam("roundId") long roundId, @PathParam("householdId") long householdId) {
        Household household = households.household(householdId);
        volunteers.requireMayActFor(identity, household.group.id);
        return forms.cancel(roundId, household, "/tournees/" + roundId + "/saisie", true);
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static OrderingMessages messages() {
        return Texts.of(OrderingMessages.class);
    }
}
