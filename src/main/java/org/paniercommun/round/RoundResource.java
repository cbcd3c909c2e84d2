package org.paniercommun.round;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.kernel.Texts;

/** Order rounds: preparation, offer, prices and life cycle. Coordinators change them; everyone reads. */
@Path("/api/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tournées")
class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    HouseholdService households;

    @Inject
    SecurityIdentity identity;

    public record RoundView(long id, String name, String status, String statusLabel, long antennaId, Instant opensAt,
            Instant deadline, List<Long> groupIds, List<String> allowedTransitions) {
        static RoundView of(Round r, java.util.Set<RoundStatus> next) {
            return new RoundView(r.id, r.name, r.status.name(), Texts.of(RoundMessages.class).round_status(r.status),
                    r.antenna.id, r.opensAt, r.deadline,
                    r.groups.stream().map(g -> g.id).sorted().toList(),
                    next.stream().map(Enum::name).sorted().toList());
        }
    }

    public record SlotView(long relayPointId, String relayPointName, LocalDate distributionDate, String timeSlot) {
        static SlotView of(RoundSlot s) {
            return new SlotView(s.relayPoint.id, s.relayPoint.name, s.distributionDate, s.timeSlot);
        }
    }

    /**
     * A product of the round. Staff see the cost price and the three tier prices; a household sees only the
     * price of its own tier ({@code priceCents}).
     */
    public record OfferView(long offerId, long productId, String name, String producer, String category,
            String unit, BigDecimal step, BigDecimal minimum, BigDecimal cap, BigDecimal remaining,
            boolean pricesFrozen, Long costPriceCents, Long tier1PriceCents, Long tier2PriceCents, Long tier3PriceCents,
            Long priceCents) {
    }

    @GET
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Lister les tournées, les plus récentes d'abord")
    public PageResult<RoundView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return rounds.list(PageResult.page(page), PageResult.size(size)).map(this::view);
    }

    @POST
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Préparer une tournée (en préparation)")
    public Response create(RoundCommand command) {
        Round round = rounds.create(command);
        return Response.created(URI.create("/api/rounds/" + round.id)).entity(view(rounds.round(round.id))).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.HOUSEHOLD, Role.PRODUCER })
    @Operation(summary = "Une tournée")
    public RoundView get(@PathParam("id") long id) {
        return view(rounds.round(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Modifier une tournée en préparation")
    public RoundView update(@PathParam("id") long id, RoundCommand command) {
        rounds.update(id, command);
        return view(rounds.round(id));
    }

    @GET
    @Path("{id}/slots")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.HOUSEHOLD })
    @Operation(summary = "Dates et créneaux de distribution par point relais")
    public List<SlotView> slots(@PathParam("id") long id) {
        return rounds.slots(id).stream().map(SlotView::of).toList();
    }

    @PUT
    @Path("{id}/slots")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Fixer les dates et créneaux de distribution")
    public List<SlotView> setSlots(@PathParam("id") long id, List<SlotCommand> slots) {
        rounds.setSlots(id, slots == null ? List.of() : slots);
        return slots(id);
    }

    @GET
    @Path("{id}/offer")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.HOUSEHOLD })
    @Operation(summary = "L'offre de la tournée avec les prix (figés à l'ouverture)")
    public List<OfferView> offer(@PathParam("id") long id) {
        Round round = rounds.round(id);
        TierPricing pricing = round.pricing();
        boolean staff = identity.hasRole(Role.COORDINATOR) || identity.hasRole(Role.VOLUNTEER);
        Integer ownTier = staff ? null : households.forLogin(identity.getPrincipal().getName())
                .map(h -> (int) h.priceTier).orElse(null);
        return rounds.offers(id).stream()
                .sorted(Comparator.comparing((RoundOffer o) -> o.category().ordinal()).thenComparing(o -> o.productName()))
                .map(o -> new OfferView(o.id, o.product.id, o.productName(), o.product.producer.name,
                        o.category().label(), o.saleUnit().label(), o.orderStep(),
                        o.orderMinimum(), o.capQuantity,
                        o.capQuantity == null ? null : o.capQuantity.subtract(o.orderedQuantity).max(BigDecimal.ZERO),
                        o.frozen(), staff ? o.costPrice() : null,
                        staff ? o.priceFor(1, pricing) : null, staff ? o.priceFor(2, pricing) : null,
                        staff ? o.priceFor(3, pricing) : null,
                        ownTier == null ? null : o.priceFor(ownTier, pricing)))
                .toList();
    }

    @PUT
    @Path("{id}/offer")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Choisir les produits de la tournée et leurs plafonds (seuls les plafonds changent une fois ouverte)")
    public List<OfferView> setOffer(@PathParam("id") long id, List<OfferCommand> offer) {
        rounds.setOffer(id, offer == null ? List.of() : offer);
        return offer(id);
    }

    @POST
    @Path("{id}/open")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Ouvrir la tournée maintenant : les prix des trois tarifs sont figés")
    public RoundView open(@PathParam("id") long id) {
        return view(rounds.open(id, Instant.now()));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Clôturer les commandes")
    public RoundView close(@PathParam("id") long id) {
        return view(rounds.close(id, Instant.now()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Annuler la tournée")
    public RoundView cancel(@PathParam("id") long id) {
        return view(rounds.cancel(id));
    }

    @POST
    @Path("{id}/distribute")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Marquer la tournée distribuée")
    public RoundView distribute(@PathParam("id") long id) {
        return view(rounds.markDistributed(id));
    }

    @POST
    @Path("{id}/settle")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Solder la tournée")
    public RoundView settle(@PathParam("id") long id) {
        return view(rounds.settle(id));
    }

    private RoundView view(Round round) {
        return RoundView.of(round, rounds.nextSteps(round));
    }
}
