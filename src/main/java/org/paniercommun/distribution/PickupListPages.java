package org.paniercommun.distribution;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.closing.Consolidation;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.distribution.PickupLists.PickList;
import org.paniercommun.distribution.PickupLists.PickupList;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.web.Downloads;
import org.paniercommun.kernel.Texts;

/**
 * What volunteers print for distribution day: the pickup list (liste d'émargement) of a relay point, and its pick
 * list (what goes to this relay point when deliveries are split at the hub). A4 page, PDF and CSV.
 */
@Path("/tournees/{roundId}/listes")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
class PickupListPages {

    @Inject
    PickupLists lists;

    @Inject
    Consolidation consolidation;

    @Inject
    RoundService rounds;

    @Inject
    VolunteerGroups volunteers;

    @Inject
    SecurityIdentity identity;

    public record SlotLink(long slotId, String relayPoint, String date) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(long roundId, String roundName, List<SlotLink> slots);

        static native TemplateInstance pickup(PickupList list, String sort);

        static native TemplateInstance pick(PickList list);

    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@PathParam("roundId") long roundId) {
        var round = requireClosed(roundId);
        var scope = volunteers.scopeOf(identity);
        List<SlotLink> slots = lists.slots(roundId).stream()
                .filter(s -> scope == null || scope.contains(s.relayPoint.group.id))
                .map(s -> new SlotLink(s.id, s.relayPoint.name, org.paniercommun.round.RoundDates.slot(s))).toList();
        return Templates.index(roundId, round.name, slots);
    }

    @GET
    @Path("{slotId}/emargement")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance pickup(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @QueryParam("tri") String sort) {
        return Templates.pickup(pickupList(roundId, slotId, sort), PickupLists.Sort.of(sort) == PickupLists.Sort.NUMBER
                ? "numero" : "nom");
    }

    @GET
    @Path("{slotId}/emargement.pdf")
    @Produces("application/pdf")
    public Response pickupPdf(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @QueryParam("tri") String sort) {
        return Downloads.pdf(PickupListDocument.pdf(pickupList(roundId, slotId, sort)),
                "emargement-" + roundId + "-" + slotId + ".pdf");
    }

    @GET
    @Path("{slotId}/emargement.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response pickupCsv(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @QueryParam("tri") String sort) {
        return Downloads.csv(CsvWriter.write(PickupListDocument.table(pickupList(roundId, slotId, sort))),
                "emargement-" + roundId + "-" + slotId + ".csv");
    }

    @GET
    @Path("{slotId}/emargement.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    public Response pickupXlsx(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @QueryParam("tri") String sort) {
        return Downloads.xlsx(PickupListDocument.table(pickupList(roundId, slotId, sort)), "emargement-" + roundId + "-" + slotId + ".xlsx");
    }

    @GET
    @Path("{slotId}/preparation")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance pick(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId) {
        return Templates.pick(pickList(roundId, slotId));
    }

    @GET
    @Path("{slotId}/preparation.pdf")
    @Produces("application/pdf")
    public Response pickPdf(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId) {
        return Downloads.pdf(PickListDocument.pdf(pickList(roundId, slotId)),
                "preparation-" + roundId + "-" + slotId + ".pdf");
    }

    @GET
    @Path("{slotId}/preparation.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response pickCsv(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId) {
        return Downloads.csv(CsvWriter.write(PickListDocument.table(pickList(roundId, slotId))),
                "preparation-" + roundId + "-" + slotId + ".csv");
    }

    @GET
    @Path("{slotId}/preparation.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    public Response pickXlsx(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId) {
        return Downloads.xlsx(PickListDocument.table(pickList(roundId, slotId)), "preparation-" + roundId + "-" + slotId + ".xlsx");
    }

    private PickupList pickupList(long roundId, long slotId, String sort) {
        requireClosed(roundId);
        requireMayAct(roundId, slotId);
        return lists.of(roundId, slotId, PickupLists.Sort.of(sort));
    }

    private PickList pickList(long roundId, long slotId) {
        requireClosed(roundId);
        RoundSlot slot = requireMayAct(roundId, slotId);
        return lists.pickList(slot, consolidation.of(roundId));
    }

    private org.paniercommun.round.Round requireClosed(long roundId) {
        var round = rounds.round(roundId);
        if (round.status == RoundStatus.DRAFT || round.status == RoundStatus.OPEN) {
            throw new ConflictException(messages().index_not_closed());
        }
        return round;
    }

    private RoundSlot requireMayAct(long roundId, long slotId) {
        return lists.slotToActOn(identity, roundId, slotId);
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static DistributionMessages messages() {
        return Texts.of(DistributionMessages.class);
    }
}
