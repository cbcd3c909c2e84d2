package org.paniercommun.ordering;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;

/**
 * Orders. A household places and changes its own order ({@code /mine}); coordinators and volunteers enter
 * orders for households (paper order forms). Whose households staff may reach ({@code {householdId}}: a
 * coordinator's antennas, a volunteer's groups) is checked before any of these methods runs, by
 * {@code access/ScopeFilter} for every operation (404 outside), as the scope matrix test proves operation by operation.
 */
@Path("/api/rounds/{roundId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commandes")
class OrderResource {

    @Inject
    OrderService orders;

    @Inject
    HouseholdService households;

    @Inject
    SecurityIdentity identity;

    @Inject
    VolunteerGroups volunteers;

    /**
     * The lines of an order and, for the household itself only, the reduction asked from the solidarity fund (10,
     * 20 or 30 %).
     */
    public record OrderRequest(@NotNull List<LineCommand> lines, Integer fundRatePercent, Integer coupons) {
    }

    /**
     * A line: what was ordered and, once the round closed, what the household gets (whole cases, shortages,
     * weighing) and its amount.
     */
    public record LineView(long offerId, String product, String unit, BigDecimal quantity, BigDecimal tolerance,
            long unitPriceCents, long amountCents, BigDecimal allocatedQuantity, BigDecimal deliveredQuantity,
            boolean missing, Long finalAmountCents) {
    }

    /** A household's own order, with its solidarity-fund reduction: only ever sent to that household. */
    public record OwnOrderView(long id, long roundId, String status, long totalCents, Long finalTotalCents,
            Integer fundRatePercent, long fundReductionCents, int coupons, long amountToPayCents, String fundMessage,
            String pickupStatus, String stage, String stageLabel, List<LineView> lines) {
        static OwnOrderView of(Order o) {
            OrderStage stage = OrderStage.of(o);
            return new OwnOrderView(o.id, o.round.id, o.status.name(), o.totalCents, o.finalTotalCents,
                    o.fundRatePercent == null ? null : o.fundRatePercent.intValue(), o.fundReductionCents,
                    o.couponCount, o.amountToPayCents(), o.fundMessage, o.pickupStatus.name(), stage.name(),
                    Texts.of(OrderingMessages.class).order_stage(stage), lineViews(o));
        }
    }

    /** A line as staff see it: quantities, never a price (prices beside the amount to pay would show a reduction). */
    public record StaffLineView(long offerId, String product, String unit, BigDecimal quantity, BigDecimal tolerance,
            BigDecimal allocatedQuantity, BigDecimal deliveredQuantity, boolean missing) {
    }

    /**
     * An order as volunteers and coordinators see it: what to hand over and the amount to pay, with no price, no
     * tier and no mark of any solidarity-fund reduction.
     */
    public record OrderView(long id, long roundId, long householdId, String householdName, String status,
            String stage, String stageLabel, long amountToPayCents, boolean enteredOnPaper, List<StaffLineView> lines) {
        static OrderView of(Order o) {
            OrderStage stage = OrderStage.of(o);
            return new OrderView(o.id, o.round.id, o.household.id, o.household.displayName, o.status.name(),
                    stage.name(), Texts.of(OrderingMessages.class).order_stage(stage), o.amountToPayCents(),
                    o.enteredBy != null, o.lines.stream().map(l -> new StaffLineView(l.offer.id,
                            l.offer.productName(), l.offer.saleUnit().label(), l.quantity, l.tolerance,
                            l.allocatedQuantity, l.deliveredQuantity, l.missing)).toList());
        }
    }

    static List<LineView> lineViews(Order o) {
        return o.lines.stream().map(l -> new LineView(l.offer.id, l.offer.productName(),
                l.offer.saleUnit().label(), l.quantity, l.tolerance, l.unitPriceCents, l.amountCents,
                l.allocatedQuantity, l.deliveredQuantity, l.missing, l.finalAmountCents)).toList();
    }

    /** One order of a list, with where it stands as its round moves on ({@link OrderStage}). */
    public record OrderSummary(long id, long householdId, String householdName, String stage, String stageLabel,
            long amountToPayCents) {
        static OrderSummary of(Order o, long householdId, String householdName) {
            OrderStage stage = OrderStage.of(o);
            return new OrderSummary(o.id, householdId, householdName, stage.name(),
                    Texts.of(OrderingMessages.class).order_stage(stage), o.amountToPayCents());
        }
    }

    @GET
        @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Les commandes envoyées d'une tournée (pour un bénévole : celles de ses groupements)")
    public List<OrderSummary> forRound(@PathParam("roundId") long roundId) {
        java.util.Set<Long> scope = volunteers.scopeOf(identity);
        return orders.forRound(roundId).stream()
                .filter(o -> scope == null || scope.contains(o.household.group.id))
                .map(o -> OrderSummary.of(o, o.household.id, o.household.displayName)).toList();
    }

    @GET
    @Path("mine")
    @RolesAllowed(Role.HOUSEHOLD)
    @Operation(summary = "Ma commande dans cette tournée")
    public OwnOrderView mine(@PathParam("roundId") long roundId) {
        return ownView(roundId, ownId(), null);
    }

    // One transaction for the whole request, the resource's own lookups included: one session and one connection
    // instead of a read-only session's besides the transaction's (issue 25).
    @PUT
    @Path("mine")
    @Transactional
    @RolesAllowed(Role.HOUSEHOLD)
    @Operation(summary = "Passer ou modifier ma commande (la renvoyer ne crée jamais de doublon)")
    public OwnOrderView placeMine(@PathParam("roundId") long roundId, OrderRequest request) {
        long householdId = ownId();
        // The order as this transaction saved it: reading it back would cost a second query per order.
        return OwnOrderView.of(orders.place(roundId, householdId, lines(request), request.fundRatePercent(),
                request.coupons(), null, Instant.now()));
    }

    @DELETE
    @Path("mine")
    @RolesAllowed(Role.HOUSEHOLD)
    @Operation(summary = "Annuler ma commande (jusqu'à la date limite)")
    public OwnOrderView cancelMine(@PathParam("roundId") long roundId) {
        long householdId = ownId();
        orders.cancel(roundId, householdId, Instant.now());
        return ownView(roundId, householdId, null);
    }

    @GET
    @Path("households/{householdId}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "La commande d'un foyer")
    public OrderView forHousehold(@PathParam("roundId") long roundId, @PathParam("householdId") long householdId) {
        return view(roundId, householdId);
    }

    @PUT
    @Path("households/{householdId}")
    @Transactional
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Saisir la commande d'un foyer (bon de commande papier)")
    public OrderView placeForHousehold(@PathParam("roundId") long roundId, @PathParam("householdId") long householdId,
            OrderRequest request) {
        if (request != null && request.fundRatePercent() != null) {
            throw new InvalidInputException("fundRatePercent",
                    Texts.of(OrderingMessages.class).error_fund_asked_by_staff());
        }
        return OrderView.of(orders.placeOnPaper(roundId, householdId, lines(request), request.coupons(),
                identity.getPrincipal().getName(), Instant.now()));
    }

    @DELETE
    @Path("households/{householdId}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Annuler la commande d'un foyer")
    public OrderView cancelForHousehold(@PathParam("roundId") long roundId, @PathParam("householdId") long householdId) {
        orders.cancel(roundId, householdId, Instant.now());
        return view(roundId, householdId);
    }

    private OwnOrderView ownView(long roundId, long householdId, String fundMessage) {
        Order order = orders.find(roundId, householdId)
                .orElseThrow(() -> new NotFoundException(Texts.of(OrderingMessages.class).error_no_order()));
        order.fundMessage = fundMessage;
        return OwnOrderView.of(order);
    }

    private OrderView view(long roundId, long householdId) {
        return orders.find(roundId, householdId).map(OrderView::of)
                .orElseThrow(() -> new NotFoundException(Texts.of(OrderingMessages.class).error_no_order()));
    }

    private static List<LineCommand> lines(OrderRequest request) {
        if (request == null || request.lines() == null) {
            throw new InvalidInputException("lines", Texts.of(OrderingMessages.class).error_lines_missing());
        }
        return request.lines();
    }

    private long ownId() {
        return households.idOfLogin(identity.getPrincipal().getName());
    }
}
