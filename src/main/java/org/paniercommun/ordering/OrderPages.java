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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.account.Role;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.round.RoundService;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.Money;

/** A household orders on its phone: the open rounds of its group, its order form, its past orders. */
@Path("/commandes")
@RolesAllowed(Role.HOUSEHOLD)
@Produces(MediaType.TEXT_HTML)
public class OrderPages {

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

    public record RoundLink(long id, String name, String deadline, String status) {
    }

    public record PastOrder(String round, String status, String total) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myOrders(String household, List<RoundLink> open, List<PastOrder> past,
                String notice);
    }

    @GET
    public TemplateInstance myOrders(@QueryParam("ok") String ok) {
        Household household = own();
        Map<Long, Order> byRound = new HashMap<>();
        orders.history(household.id).forEach(o -> byRound.put(o.round.id, o));
        List<RoundLink> open = rounds.openFor(household.group.id, Instant.now()).stream()
                .map(r -> new RoundLink(r.id, r.name, OrderService.when(r.deadline),
                        byRound.containsKey(r.id) && byRound.get(r.id).status == OrderStatus.SUBMITTED
                                ? "Commande envoyée : " + Money.format(byRound.get(r.id).totalCents) : "Pas encore commandé"))
                .toList();
        List<PastOrder> past = byRound.values().stream()
                .sorted((a, b) -> b.round.deadline.compareTo(a.round.deadline))
                .map(o -> new PastOrder(o.round.name, o.status.label, Money.format(o.totalCents))).toList();
        return Templates.myOrders(household.displayName, open, past, ok == null ? null : "Votre commande est enregistrée.");
    }

    @GET
    @Path("{roundId}")
    public TemplateInstance orderForm(@PathParam("roundId") long roundId) {
        return OrderEntry.Templates.order(forms.form(roundId, own(), null, false), FormErrors.none(), null);
    }

    @POST
    @Path("{roundId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object placeOrder(@PathParam("roundId") long roundId, MultivaluedMap<String, String> form) {
        return forms.submit(roundId, own(), form, null, "/commandes?ok=1", false);
    }

    @POST
    @Path("{roundId}/annuler")
    public Object cancelOrder(@PathParam("roundId") long roundId) {
        return forms.cancel(roundId, own(), "/commandes", false);
    }

    private Household own() {
        return households.ofLogin(identity.getPrincipal().getName());
    }
}
