package org.paniercommun.purchaseorder;

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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paniercommun.account.Role;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.purchaseorder.PurchaseOrderService.DeliveryCommand;
import org.paniercommun.purchaseorder.PurchaseOrderService.PurchaseOrderView;
import org.paniercommun.round.RoundService;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.web.Downloads;
import org.paniercommun.kernel.Texts;

/** The producers' purchase orders of a round, for coordinators (/tournees/{id}/bons-de-commande). */
@Path("/tournees/{roundId}/bons-de-commande")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
class PurchaseOrderPages {

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    RoundService rounds;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(long roundId, String roundName, boolean confirmed,
                List<PurchaseOrderView> orders, LocalDate deliveryDate, String deliveryAddress, FormErrors errors,
                String notice);

        static native TemplateInstance order(PurchaseOrderView order, boolean coordinator, FormErrors errors,
                String notice);


        static native TemplateInstance producerOrders(String producer, List<PurchaseOrderView> orders);
    }

    @GET
    public TemplateInstance list(@PathParam("roundId") long roundId, @QueryParam("ok") String ok) {
        return listPage(roundId, FormErrors.none(), ok);
    }

    @POST
    @Path("livraison")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object deliveryForAll(@PathParam("roundId") long roundId, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        DeliveryCommand command = delivery(in);
        return act(in, () -> {
            purchaseOrders.setDelivery(roundId, null, command);
            return messages().list_delivery_saved();
        }, "/tournees/" + roundId + "/bons-de-commande", errors -> listPage(roundId, errors, null));
    }

    @POST
    @Path("envoyer-tout")
    public Object sendAll(@PathParam("roundId") long roundId) {
        return act(new FormReader(new MultivaluedHashMap<>()), () -> {
            var result = purchaseOrders.sendAll(roundId, login(), Instant.now());
            return messages().list_sent_notice(result.sent()) + (result.withoutEmail().isEmpty() ? ""
                    : " " + messages().list_without_email_notice(String.join(", ", result.withoutEmail())));
        }, "/tournees/" + roundId + "/bons-de-commande", errors -> listPage(roundId, errors, null));
    }

    @GET
    @Path("{producerId}")
    public TemplateInstance order(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            @QueryParam("ok") String ok) {
        return Templates.order(purchaseOrders.forProducer(roundId, producerId), true, FormErrors.none(), ok);
    }

    @GET
    @Path("{producerId}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return pdf(purchaseOrders.forProducer(roundId, producerId));
    }

    @GET
    @Path("{producerId}.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response csv(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return csv(purchaseOrders.forProducer(roundId, producerId));
    }

    @GET
    @Path("{producerId}.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    public Response xlsx(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return xlsx(purchaseOrders.forProducer(roundId, producerId));
    }

    @POST
    @Path("{producerId}/livraison")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object delivery(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        DeliveryCommand command = delivery(in);
        return act(in, () -> {
            purchaseOrders.setDelivery(roundId, producerId, command);
            return messages().order_delivery_saved();
        }, orderPath(roundId, producerId), errors -> orderPage(roundId, producerId, errors));
    }

    @POST
    @Path("{producerId}/envoyer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object send(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        boolean handDelivered = in.checked("handDelivered");
        return act(in, () -> {
            purchaseOrders.send(roundId, producerId, handDelivered, login(), Instant.now());
            return messages().order_sent_notice();
        }, orderPath(roundId, producerId), errors -> orderPage(roundId, producerId, errors));
    }

    static Response pdf(PurchaseOrderView order) {
        return Downloads.pdf(PurchaseOrderDocument.pdf(order), PurchaseOrderService.fileName(order, "pdf"));
    }

    static Response csv(PurchaseOrderView order) {
        return Downloads.csv(PurchaseOrderDocument.csv(order), PurchaseOrderService.fileName(order, "csv"));
    }

    static Response xlsx(PurchaseOrderView order) {
        return Downloads.xlsx(PurchaseOrderDocument.table(order), PurchaseOrderService.fileName(order, "xlsx"));
    }

    // ---- helpers ----

    private static DeliveryCommand delivery(FormReader in) {
        return new DeliveryCommand(in.date("deliveryDate"), in.text("deliveryAddress"), in.text("note"));
    }

    /**
     * Runs a form's action (which returns its notice): back to {@code path}, or the page again with the errors.
     * The form must be read before, so that what could not be parsed is refused first.
     */
    private Object act(FormReader in, Supplier<String> action, String path, Function<FormErrors, TemplateInstance> page) {
        return FormRoundTrip.submit(in, "order", () -> Html.done(path, action.get()), page);
    }

    private TemplateInstance listPage(long roundId, FormErrors errors, String notice) {
        List<PurchaseOrderView> orders = purchaseOrders.forRound(roundId);
        var round = rounds.round(roundId);
        PurchaseOrderView first = orders.isEmpty() ? null : orders.get(0);
        return Templates.list(roundId, round.name, round.allocationConfirmedAt != null, orders,
                first == null ? null : first.deliveryDate(), first == null ? null : first.deliveryAddress(), errors,
                notice);
    }

    private TemplateInstance orderPage(long roundId, long producerId, FormErrors errors) {
        return Templates.order(purchaseOrders.forProducer(roundId, producerId), true, errors, null);
    }

    private static String orderPath(long roundId, long producerId) {
        return "/tournees/" + roundId + "/bons-de-commande/" + producerId;
    }

    private String login() {
        return identity.getPrincipal().getName();
    }

    /** The feature's texts in the request's language. */
    private static PurchaseOrderMessages messages() {
        return Texts.of(PurchaseOrderMessages.class);
    }
}
