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
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.kernel.Money;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.kernel.Texts;
import java.math.BigDecimal;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.paniercommun.web.Html;

/** A household orders on its phone: the open rounds of its group, its order form, its past orders. */
@Path("/commandes")
@RolesAllowed(Role.HOUSEHOLD)
@Produces(MediaType.TEXT_HTML)
class OrderPages {

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

    @Inject
    HouseholdOrders pages;

    /** The value of the "Envoyer" button, and what a post without a button means. */
    static final String SEND = "envoyer";

    /** An open round: whether the household's order is sent, and whether its last order can be taken up again. */
    public record RoundLink(long id, String name, String deadline, String status, boolean sent, boolean canRefill) {
    }

    /** An order of the household, as a card: its round, where it stands, its goods total and what it pays. */
    public record PastOrder(long roundId, String round, String status, String total, String toPay) {
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

        static native TemplateInstance order(HouseholdOrders.OrderPage form, FormErrors errors);

        static native TemplateInstance confirmation(HouseholdOrders.Confirmation order);
    }

    @GET
    public TemplateInstance myOrders(@QueryParam("ok") String ok, @QueryParam("annulee") String cancelled) {
        Household household = own();
        Map<Long, Order> byRound = new HashMap<>();
        orders.history(household.id).forEach(o -> byRound.put(o.round.id, o));
        List<RoundLink> open = rounds.openFor(household.group.id, Instant.now()).stream()
                .map(r -> {
                    Order order = byRound.get(r.id);
                    boolean sent = order != null && order.status == OrderStatus.SUBMITTED;
                    return new RoundLink(r.id, r.name, OrderService.when(r.deadline),
                            sent ? messages().my_orders_sent(Money.format(order.amountToPayCents()))
                                    : messages().my_orders_not_yet(),
                            sent, !sent && pages.lastOrderId(r.id, household.id) != null);
                })
                .toList();
        List<PastOrder> past = byRound.values().stream()
                .sorted((a, b) -> b.round.deadline.compareTo(a.round.deadline))
                .map(o -> new PastOrder(o.round.id, o.round.name, messages().order_stage(OrderStage.of(o)),
                        Money.format(o.goodsTotalCents()), o.status == OrderStatus.SUBMITTED
                                ? Money.format(o.amountToPayCents()) : null))
                .toList();
        String notice = cancelled != null ? messages().my_orders_cancelled()
                : ok != null ? messages().my_orders_saved() : null;
        return Templates.myOrders(household.displayName, open, past, notice,
                forms.carriedBalance(accounts.balance(household.id)));
    }

    /**
     * The order form; after the deadline, the household's receipt. {@code reprendre}: fill an empty form from the
     * household's last order (nothing is saved until it sends).
     */
    @GET
    @Path("{roundId}")
    public TemplateInstance orderForm(@PathParam("roundId") long roundId, @QueryParam("reprendre") String refill) {
        Household household = own();
        var round = rounds.round(roundId);
        if (round.status != RoundStatus.DRAFT && round.status != RoundStatus.OPEN) {
            var order = orders.find(roundId, household.id).filter(o -> o.status == OrderStatus.SUBMITTED);
            if (order.isPresent()) {
                return Templates.receipt(receipt(order.get(), household));
            }
        }
        boolean wantsRefill = refill != null && !refill.isBlank();
        return Templates.order(pages.form(roundId, household, new HouseholdOrders.Request(null, FormErrors.none(),
                null, wantsRefill, null, false)), FormErrors.none());
    }

    /** What a sent order holds, where and when to fetch it, and what to pay; "Modifier" until the deadline. */
    @GET
    @Path("{roundId}/confirmation")
    public Object confirmation(@PathParam("roundId") long roundId) {
        HouseholdOrders.Confirmation confirmation = pages.confirmation(roundId, own());
        if (confirmation == null) {
            return Response.seeOther(URI.create("/commandes/" + roundId)).build();
        }
        return Templates.confirmation(confirmation);
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
        long contributions = order.figures().contributionsCents();
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

    /**
     * The form's buttons. "Envoyer" (or no button: a script, Enter in a field with no other default) saves the order;
     * the others only show the form again with the server's figures, which is how the page works without a script:
     * "Chercher" (the search), "Voir ma sélection" / "Voir tous les produits", "Recalculer", and a quick amount
     * ({@code choisir=<offer>:<quantity>}) that fills one product's field.
     */
    @POST
    @Path("{roundId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object placeOrder(@PathParam("roundId") long roundId, MultivaluedMap<String, String> form) {
        Household household = own();
        Map<String, String> typed = HouseholdOrders.firstValues(form);
        String action = typed.getOrDefault("action", SEND);
        String quick = typed.get("choisir");
        if (quick != null && quick.matches("\\d{1,18}:[0-9]{1,6}([,.][0-9]{1,3})?")) {
            String[] parts = quick.split(":", 2);
            typed.put("q-" + parts[0], parts[1]);
            action = "recalculer";
        }
        if (!SEND.equals(action) || quick != null) {
            boolean selection = "voir".equals(action);
            String search = "chercher".equals(action) ? typed.get("recherche") : null;
            return Templates.order(pages.form(roundId, household, new HouseholdOrders.Request(typed, FormErrors.none(),
                    null, false, search, selection)), FormErrors.none());
        }
        return send(roundId, household, form, typed);
    }

    private Object send(long roundId, Household household, MultivaluedMap<String, String> form,
            Map<String, String> typed) {
        OrderFormInput input = OrderFormInput.read(form, true);
        return forms.send(roundId, input, () -> {
            Order placed = orders.place(roundId, household.id, input.lines(), input.fundRate(), input.coupons(), null,
                    Instant.now());
            if (placed.fundMessage != null) {
                // The order is saved; what the fund can do now is said on the form, where the rate is chosen.
                return Html.page(Templates.order(pages.form(roundId, household, new HouseholdOrders.Request(null,
                        FormErrors.none(), placed.fundMessage, false, null, false)), FormErrors.none()));
            }
            return Response.seeOther(URI.create("/commandes/" + roundId + "/confirmation")).build();
        }, errors -> Templates.order(pages.form(roundId, household, new HouseholdOrders.Request(typed, errors, null,
                false, null, false)), errors));
    }

    @GET
    @Path("{roundId}/annuler")
    public Object confirmCancel(@PathParam("roundId") long roundId) {
        return forms.confirmCancel(roundId, own(), "/commandes/" + roundId, false);
    }

    @POST
    @Path("{roundId}/annuler")
    public Object cancelOrder(@PathParam("roundId") long roundId) {
        Household household = own();
        return FormRoundTrip.submit(null, "order", () -> {
            orders.cancel(roundId, household.id, Instant.now());
            return Response.seeOther(URI.create("/commandes?annulee=1")).build();
        }, errors -> Templates.order(pages.form(roundId, household, new HouseholdOrders.Request(null, errors, null,
                false, null, false)), errors));
    }

    private Household own() {
        return households.ofLogin(identity.getPrincipal().getName());
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static OrderingMessages messages() {
        return Texts.of(OrderingMessages.class);
    }
}
