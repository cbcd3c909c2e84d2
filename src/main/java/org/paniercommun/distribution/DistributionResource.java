package org.paniercommun.distribution;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.paniercommun.fund.FundService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.distribution.DistributionService.AbsenceCommand;
import org.paniercommun.distribution.DistributionService.HandOutCommand;
import org.paniercommun.distribution.PickupLists.PickupHousehold;
import org.paniercommun.distribution.PickupLists.PickupList;
import org.paniercommun.ordering.OrderingMessages;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.kernel.Texts;

/**
 * Distribution day at a relay point. Volunteers act for the relay points of their purchasing groups only.
 * The amount to collect never shows a solidarity-fund reduction.
 */
@Path("/api/rounds/{roundId}/distribution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Distribution")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
class DistributionResource {

    @Inject
    DistributionService distribution;

    @Inject
    PickupLists lists;

    @Inject
    org.paniercommun.closing.Consolidation consolidation;

    @Inject
    VolunteerGroups volunteers;

    @Inject
    SecurityIdentity identity;

    public record SlotView(long slotId, long relayPointId, String relayPoint, String date, String timeSlot,
            boolean closed) {
    }

    public record AbsentCommand(Long version) {
    }

    @GET
    @Operation(summary = "Les points relais de la tournée et l'état de leur distribution")
    public List<SlotView> slots(@PathParam("roundId") long roundId) {
        var scope = volunteers.scopeOf(identity);
        return lists.slots(roundId).stream()
                .filter(s -> scope == null || scope.contains(s.relayPoint.group.id))
                .map(s -> new SlotView(s.id, s.relayPoint.id, s.relayPoint.name, String.valueOf(s.distributionDate),
                        s.timeSlot, s.closedAt != null))
                .toList();
    }

    @GET
    @Path("{slotId}")
    @Operation(summary = "La liste d'un point relais : foyers, produits, montant à encaisser, état")
    public PickupList list(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @QueryParam("sort") String sort) {
        requireMayAct(roundId, slotId);
        return lists.of(roundId, slotId, PickupLists.Sort.of(sort));
    }

    @GET
    @Path("{slotId}/pick-list")
    @Operation(summary = "Liste de préparation : ce qui part vers ce point relais, produit par produit")
    public PickupLists.PickList pickList(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId) {
        requireMayAct(roundId, slotId);
        return lists.pickList(lists.slot(roundId, slotId), consolidation.of(roundId));
    }

    @PUT
    @Path("{slotId}/orders/{orderId}")
    @Operation(summary = "Enregistrer un foyer : poids pesés, produits manquants, coupons, arrondi, paiement, "
            + "remis ; refusé (409) si un autre bénévole l'a enregistré entre-temps")
    public PickupHousehold handOut(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @PathParam("orderId") long orderId, HandOutCommand command) {
        requireMayAct(roundId, slotId);
        if (command == null) {
            throw new org.paniercommun.kernel.InvalidInputException("version",
                    Texts.of(DistributionMessages.class).error_empty_input());
        }
        return distribution.handOut(roundId, slotId, orderId, command, login(), Instant.now());
    }

    @POST
    @Path("{slotId}/orders/{orderId}/absent")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Marquer un foyer absent")
    public PickupHousehold absent(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @PathParam("orderId") long orderId, AbsentCommand command) {
        requireMayAct(roundId, slotId);
        return distribution.markAbsent(roundId, slotId, orderId, command == null ? null : command.version(), login());
    }

    @PUT
    @Path("orders/{orderId}/absence-decision")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Ce que deviennent les produits d'un foyer absent (gardés, revendus, donnés, facturés)")
    public AbsenceView decideAbsence(@PathParam("roundId") long roundId, @PathParam("orderId") long orderId,
            AbsenceCommand command) {
        var order = distribution.decideAbsence(roundId, orderId, command, login());
        return new AbsenceView(order.id, order.absenceDecision.name(),
                Texts.of(OrderingMessages.class).absence_decision(order.absenceDecision), order.absenceNote);
    }

    public record AbsenceView(long orderId, String decision, String label, String note) {
    }

    @POST
    @Path("{slotId}/close")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Clore la distribution du point relais (les foyers non servis sont notés absents) ; "
            + "la tournée passe à « Distribuée » quand tous les points relais sont clos")
    public SlotView close(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId) {
        requireMayAct(roundId, slotId);
        var s = distribution.closeDay(roundId, slotId, login(), Instant.now());
        return new SlotView(s.id, s.relayPoint.id, s.relayPoint.name, String.valueOf(s.distributionDate), s.timeSlot,
                s.closedAt != null);
    }

    /** What staff put in and counted back from the box: totals of the day, never a household. */
    public record BonsCommand(Integer inBox, Integer used) {
    }

    @GET
    @Path("{slotId}/bons")
    @Operation(summary = "La boîte de bons solidaires du point relais : bons mis dans la boîte, bons comptés en caisse")
    public FundService.BonsBox bons(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId) {
        requireMayAct(roundId, slotId);
        return fund.bonsBox(slotId);
    }

    @PUT
    @Path("{slotId}/bons")
    @Operation(summary = "Mettre des bons solidaires dans la boîte (pris sur la caisse, au-dessus de sa réserve) et, en "
            + "fin de journée, noter combien sont revenus en paiement : les autres retournent à la caisse")
    public FundService.BonsBox setBons(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            BonsCommand command) {
        requireMayAct(roundId, slotId);
        return fund.setBonsBox(slotId, command == null ? null : command.inBox(), command == null ? null : command.used(),
                login());
    }

    private void requireMayAct(long roundId, long slotId) {
        lists.slotToActOn(identity, roundId, slotId);
    }

    @Inject
    FundService fund;

    private String login() {
        return identity.getPrincipal().getName();
    }
}
