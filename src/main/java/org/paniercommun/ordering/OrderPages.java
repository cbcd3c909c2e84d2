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
import org.paniercommun.distribution.HouseholdAccounts;
import org.paniercommun.fund.FundService;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.web.Texts;
import java.math.BigDecimal;

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

    @Inject
    HouseholdAccounts accounts;

    public record RoundLink(long id, String name, String deadline, String status) {
    }

    public record PastOrder(long roundId, String round, String status, String total) {
    }

    /** A line of a closed order: what was ordered, what the household gets and why it differs. */
    public record ReceiptLine(String product, String ordered, String gets, String note, String unitPrice,
            String amount) {
    }

    /** The household's own view of a closed order, with its own reduction (seen by it alone). */
    public record Receipt(String roundName, String pickupStatus, List<ReceiptLine> lines, String goodsTotal,
            String fundReduction, String contributions, String amountToPay, String paid, String carriedBalance,
            boolean adjusted) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myOrders(String household, List<RoundLink> open, List<PastOrder> past,
                String notice, String balance);

        static native TemplateInstance receipt(Receipt receipt);
    }

    @GET
    public TemplateInstance myOrders(@QueryParam("ok") String ok) {
        Household household = own();
        Map<Long, Order> byRound = new HashMap<>();
        orders.history(household.id).forEach(o -> byRound.put(o.round.id, o));
        List<RoundLink> open = rounds.openFor(household.group.id, Instant.now()).stream()
                .map(r -> new RoundLink(r.id, r.name, OrderService.when(r.deadline),
                        byRound.containsKey(r.id) && byRound.get(r.id).status == OrderStatus.SUBMITTED
                                ? messages().my_orders_sent(Money.format(byRound.get(r.id).totalCents))
                                : messages().my_orders_not_yet()))
                .toList();
        List<PastOrder> past = byRound.values().stream()
                .sorted((a, b) -> b.round.deadline.compareTo(a.round.deadline))
                .map(o -> new PastOrder(o.round.id, o.round.name, messages().order_stage(OrderStage.of(o)), Money.format(o.goodsTotalCents())))
                .toList();
        return Templates.myOrders(household.displayName, open, past, ok == null ? null : messages().my_orders_saved(),
                forms.carriedBalance(accounts.balance(household.id)));
    }

    @GET
    @Path("{roundId}")
    public TemplateInstance orderForm(@PathParam("roundId") long roundId) {
        Household household = own();
        var round = rounds.round(roundId);
        if (round.status != RoundStatus.DRAFT && round.status != RoundStatus.OPEN) {
            var order = orders.find(roundId, household.id).filter(o -> o.status == OrderStatus.SUBMITTED);
            if (order.isPresent()) {
                return Templates.receipt(receipt(order.get(), household));
            }
        }
        return OrderEntry.Templates.order(forms.form(roundId, household, null, false), FormErrors.none(), null);
    }

    private Receipt receipt(Order order, Household household) {
        List<ReceiptLine> lines = order.lines.stream().map(l -> {
            String unit = " " + l.offer.saleUnit().label();
            BigDecimal gets = l.quantityToHandOut();
            String note = l.missing ? messages().receipt_note_missing()
                    : l.deliveredQuantity != null ? messages().receipt_note_weighed()
                    : l.allocatedQuantity == null || l.allocatedQuantity.compareTo(l.quantity) == 0 ? ""
                    : l.allocatedQuantity.compareTo(l.quantity) > 0 ? messages().receipt_note_rounded_up()
                    : messages().receipt_note_reduced();
            return new ReceiptLine(l.offer.productName(), org.paniercommun.catalogue.Amounts.text(l.quantity, l.offer.saleUnit()),
                    org.paniercommun.catalogue.Amounts.text(gets, l.offer.saleUnit()), note, Money.format(l.unitPriceCents) + " /" + unit,
                    Money.format(l.amountToCharge()));
        }).toList();
        long contributions = (order.couponCount + order.pickupCoupons) * FundService.COUPON_CENTS + order.roundUpCents;
        long paid = accounts.paidFor(List.of(order.id)).getOrDefault(order.id, 0L);
        return new Receipt(order.round.name,
                messages().order_stage(OrderStage.of(order)), lines, Money.format(order.goodsTotalCents()),
                order.fundReductionCents > 0 ? Money.format(order.fundReductionCents) : null,
                contributions > 0 ? Money.format(contributions) : null, Money.format(order.amountToPayCents()),
                paid != 0 ? Money.format(paid) : null,
                forms.carriedBalance(accounts.balancesBefore(List.of(household.id), order.round.id)
                        .getOrDefault(household.id, 0L)),
                lines.stream().anyMatch(l -> !l.note().isEmpty()));
    }

    @POST
    @Path("{roundId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object placeOrder(@PathParam("roundId") long roundId, MultivaluedMap<String, String> form) {
        return forms.submit(roundId, own(), form, null, "/commandes?ok=1", false);
    }

    @GET
    @Path("{roundId}/annuler")
    public Object confirmCancel(@PathParam("roundId") long roundId) {
        return forms.confirmCancel(roundId, own(), "/commandes/" + roundId, false);
    }

    @POST
    @Path("{roundId}/annuler")
    public Object cancelOrder(@PathParam("roundId") long roundId) {
        return forms.cancel(roundId, own(), "/commandes", false);
    }

    private Household own() {
        return households.ofLogin(identity.getPrincipal().getName());
    }

    /** In the request's language (see web/Texts): this bean is made once, its texts are read per request. */
    private static OrderingMessages messages() {
        return Texts.of(OrderingMessages.class);
    }
}
