package org.paniercommun.stock;

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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.QuantityFormats;
import org.paniercommun.distribution.DistributionMessages;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.distribution.PickupLists;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.stock.StockService.MovementView;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/** The stock on a relay point's distribution day: sell it, or write it off (its volunteers and coordinators). */
@Path("/tournees/{roundId}/distribution/{slotId}/stock")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
@Produces(MediaType.TEXT_HTML)
class StockPages {

    @Inject
    StockService stock;

    @Inject
    PickupLists lists;

    @Inject
    SecurityIdentity identity;

    public record Choice(String value, String label, boolean selected) {
    }

    /** A lot as the sale page shows it, with the form's typed values when it is shown again with an error. */
    public record LotRow(StockLot lot, String left, String costPrice, String amountHint, String quantity,
            String amount, String method, FormErrors errors, boolean writeOffOpen) {
    }

    /** The relay point's distribution the page belongs to. */
    public record Day(long roundId, long slotId, String relayPoint, String roundName) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sale(Day day, List<LotRow> lots, List<Choice> methods,
                List<MovementView> movements, long cashCents, String notice, FormErrors errors);
    }

    @GET
    public TemplateInstance sale(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @QueryParam("ok") String ok) {
        return salePage(requireMayAct(roundId, slotId), null, null, FormErrors.none(), ok);
    }

    @POST
    @Path("vente")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sell(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            MultivaluedMap<String, String> form) {
        RoundSlot slot = requireMayAct(roundId, slotId);
        FormReader in = new FormReader(form);
        Long offerId = in.id("offerId");
        BigDecimal quantity = in.quantity("quantity");
        Long amount = in.cents("amount");
        PaymentMethod method = method(in.text("method"));
        // The service reports what could not be read with every other problem at once: no reader here.
        return FormRoundTrip.submit(null, "page", () -> {
            StockMovement sold = stock.sell(roundId, slotId,
                    new StockService.SaleCommand(offerId, quantity, amount, method), login(), in.errors());
            StockLot lot = lotOf(slot, sold.offerId);
            return Html.done(base(slot), messages().notice_sold(QuantityFormats.withUnit(sold.quantity, lot.unit()),
                    lot.product(), Money.format(sold.amountCents)));
        }, errors -> salePage(slot, offerId, form, errors, null));
    }

    @POST
    @Path("perte")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writeOff(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            MultivaluedMap<String, String> form) {
        RoundSlot slot = requireMayAct(roundId, slotId);
        FormReader in = new FormReader(form);
        Long offerId = in.id("offerId");
        BigDecimal quantity = in.quantity("quantity");
        return FormRoundTrip.submit(null, "page", () -> {
            StockMovement out = stock.writeOff(roundId, slotId,
                    new StockService.WriteOffCommand(offerId, quantity, in.text("note")), login(), in.errors());
            StockLot lot = lotOf(slot, out.offerId);
            return Html.done(base(slot), messages().notice_written_off(
                    QuantityFormats.withUnit(out.quantity, lot.unit()), lot.product()));
        }, errors -> salePage(slot, offerId, form, errors, null));
    }

    // ---- helpers ----

    private TemplateInstance salePage(RoundSlot slot, Long failedOfferId, MultivaluedMap<String, String> typed,
            FormErrors errors, String notice) {
        List<LotRow> rows = stock.lots(slot.round.antenna.id, false).stream().map(lot -> {
            boolean failed = typed != null && Long.valueOf(lot.offerId()).equals(failedOfferId);
            boolean writeOff = failed && typed.getFirst("note") != null;
            BigDecimal one = BigDecimal.ONE.min(lot.remaining());
            return new LotRow(lot, messages().lot_left(QuantityFormats.withUnit(lot.remaining(), lot.unit())),
                    messages().lot_cost_price(Money.format(lot.costPriceCents()), lot.unit()),
                    messages().form_amount_hint(Money.format(lot.suggestedPriceCents(one)),
                            QuantityFormats.withUnit(one, lot.unit())),
                    failed ? value(typed, "quantity") : "", failed && !writeOff ? value(typed, "amount") : "",
                    failed && !writeOff ? value(typed, "method") : PaymentMethod.CASH.name(),
                    failed ? errors : FormErrors.none(), writeOff);
        }).toList();
        List<MovementView> movements = stock.movements(slot.round.id, slot.relayPoint.id, slot.round.antenna.id);
        long cash = movements.stream().filter(m -> m.method() == PaymentMethod.CASH)
                .mapToLong(MovementView::amountCents).reduce(0L, Math::addExact);
        List<Choice> methods = Arrays.stream(PaymentMethod.values()).map(m -> new Choice(m.name(),
                Texts.of(DistributionMessages.class).payment_method(m), false)).toList();
        FormErrors pageErrors = failedOfferId == null ? errors : FormErrors.none();
        return Templates.sale(new Day(slot.round.id, slot.id, slot.relayPoint.name, slot.round.name), rows, methods,
                movements, cash, notice, pageErrors);
    }

    private StockLot lotOf(RoundSlot slot, long offerId) {
        return stock.lots(slot.round.antenna.id, true).stream().filter(l -> l.offerId() == offerId).findFirst()
                .orElseThrow();
    }

    private static String value(MultivaluedMap<String, String> typed, String name) {
        String value = typed.getFirst(name);
        return value == null ? "" : value;
    }

    private static PaymentMethod method(String value) {
        try {
            return value == null ? null : PaymentMethod.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String base(RoundSlot slot) {
        return "/tournees/" + slot.round.id + "/distribution/" + slot.id + "/stock";
    }

    private RoundSlot requireMayAct(long roundId, long slotId) {
        return lists.slotToActOn(identity, roundId, slotId);
    }

    private String login() {
        return identity.getPrincipal().getName();
    }

    private static StockMessages messages() {
        return Texts.of(StockMessages.class);
    }
}
