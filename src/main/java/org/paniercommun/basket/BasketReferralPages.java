package org.paniercommun.basket;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.basket.SubscriptionService.ReferralView;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Texts;

/** The social referrer's page (/orientations): the households it referred, and a form to refer one more. */
@Path("/orientations")
@RolesAllowed({ Role.REFERRER, Role.COORDINATOR })
@Produces(MediaType.TEXT_HTML)
class BasketReferralPages {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    /** A relay point with its purchasing group, where a new household is registered. */
    public record Place(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referrals(List<ReferralView> referrals, List<Place> places, String today,
                FormErrors errors, String notice);
    }

    @GET
    public TemplateInstance list(@QueryParam("ok") String ok) {
        return page(FormErrors.none(), ok);
    }

    /** Refers a new household, registered at the chosen relay point (value "groupId:relayPointId"). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object refer(MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate checked = BasketPages.date(in, "checkedOn");
        Long group = null;
        Long relay = null;
        String place = in.text("place");
        if (place == null || !place.matches("\\d+:\\d+")) {
            in.errors().add(new FieldError("place", messages().error_place()));
        } else {
            group = Long.valueOf(place.split(":")[0]);
            relay = Long.valueOf(place.split(":")[1]);
        }
        Integer people = in.integer("peopleCount");
        Long groupId = group;
        Long relayId = relay;
        return FormRoundTrip.submit(in, "form", () -> {
            subscriptions.refer(new SubscriptionService.ReferralCommand(null, new SubscriptionService.NewHousehold(
                    in.text("displayName"), people, in.text("phone"), groupId, relayId), in.text("structure"),
                    in.text("condition"), checked), viewer());
            return Html.done("/orientations", messages().notice_referred());
        }, errors -> page(errors, null));
    }

    @POST
    @Path("abonnements/{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object pause(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate from = BasketPages.date(in, "fromOn");
        LocalDate to = BasketPages.date(in, "toOn");
        return FormRoundTrip.submit(in, "form", () -> {
            subscriptions.pause(id, new SubscriptionService.PauseCommand(from, to, in.text("reason")), viewer());
            return Html.done("/orientations", messages().notice_paused());
        }, errors -> page(errors, null));
    }

    @POST
    @Path("abonnements/{id}/arret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object stop(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate on = BasketPages.date(in, "on");
        return FormRoundTrip.submit(in, "form", () -> {
            subscriptions.stop(id, new SubscriptionService.StopCommand(on, in.text("reason")), viewer());
            return Html.done("/orientations", messages().notice_stopped());
        }, errors -> page(errors, null));
    }

    private TemplateInstance page(FormErrors errors, String notice) {
        @SuppressWarnings("unchecked")
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        var query = em.createNativeQuery("select g.id, rp.id, rp.name, g.name from relay_points rp "
                + "join purchasing_groups g on g.id = rp.group_id where rp.active"
                + (visible == null ? "" : " and g.antenna_id in (:v)") + " order by rp.name");
        if (visible != null) {
            query.setParameter("v", visible);
        }
        List<Object[]> rows = query.getResultList();
        List<Place> places = rows.stream().map(r -> new Place(r[0] + ":" + r[1], r[2] + " (" + r[3] + ")")).toList();
        return Templates.referrals(subscriptions.referrals(viewer()), places, LocalDate.now().toString(), errors, notice);
    }

    private SubscriptionService.Viewer viewer() {
        return new SubscriptionService.Viewer(identity.getPrincipal().getName(), identity.hasRole(Role.COORDINATOR),
                identity.hasRole(Role.REFERRER));
    }

    /** The feature's texts in the request's language. */
    private static BasketMessages messages() {
        return Texts.of(BasketMessages.class);
    }
}
