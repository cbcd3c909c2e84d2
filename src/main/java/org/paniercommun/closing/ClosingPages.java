package org.paniercommun.closing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.time.Instant;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.pricing.CaseRounding.Decision;
import org.paniercommun.closing.Consolidation.ProductRow;
import org.paniercommun.closing.Consolidation.RoundConsolidation;
import org.paniercommun.round.ReceptionStatus;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundMessages;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;

/** The coordinator's closing page: what to buy in whole cases, what the producers delivered, then confirm. */
@Path("/tournees/{roundId}/cloture")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
class ClosingPages {

    @Inject
    Consolidation consolidation;

    @Inject
    ClosingService closing;

    @Inject
    RoundService rounds;

    /** One choice of a select list. */
    public record Choice(String value, String label) {
    }

    /**
     * The page's state.
     *
     * @param editable case decisions may still change (closed, not confirmed)
     * @param receivable receptions may still be recorded (closed, distribution not started)
     * @param errorOfferId the product whose form failed, to show its errors next to it
     * @param toDecide the products with a part-filled case to decide on, shown first
     * @param others the products in whole cases (or completed by tolerances), folded below
     */
    public record View(long roundId, String roundName, String status, boolean closed, boolean editable,
            boolean confirmed, RoundConsolidation data, List<Choice> receptionStatuses, Long errorOfferId,
            List<ProductRow> toDecide, List<ProductRow> others) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance closing(View view, FormErrors errors, String notice);
    }

    @GET
    public TemplateInstance page(@PathParam("roundId") long roundId, @QueryParam("ok") String ok) {
        return page(roundId, FormErrors.none(), null, ok);
    }

    @POST
    @Path("colis/{offerId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object decide(@PathParam("roundId") long roundId, @PathParam("offerId") long offerId,
            MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        String value = reader.text("decision");
        return FormRoundTrip.submit(reader, "decision", () -> {
            Decision decision = "ROUND_UP".equals(value) ? Decision.ROUND_UP
                    : "ROUND_DOWN".equals(value) ? Decision.ROUND_DOWN : null;
            closing.decide(roundId, offerId, new ClosingService.DecisionCommand(decision, reader.checked("remember")));
            return done(roundId, messages().closing_decision_saved());
        }, errors -> page(roundId, errors, offerId, null));
    }

    @POST
    @Path("reception/{offerId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object receive(@PathParam("roundId") long roundId, @PathParam("offerId") long offerId,
            MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        var received = reader.quantity("receivedQuantity");
        String statusValue = reader.text("status");
        return FormRoundTrip.submit(reader, "receivedQuantity", () -> {
            ReceptionStatus status;
            try {
                status = statusValue == null ? null : ReceptionStatus.valueOf(statusValue);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", messages().closing_reception_status_missing());
            }
            closing.receive(roundId, offerId, new ClosingService.ReceptionCommand(received, status, reader.text("note")));
            return done(roundId, messages().closing_reception_saved());
        }, errors -> page(roundId, errors, offerId, null));
    }

    @POST
    @Path("valider")
    public Object confirm(@PathParam("roundId") long roundId) {
        return FormRoundTrip.submit(null, "confirm", () -> {
            closing.confirm(roundId, Instant.now());
            return done(roundId, messages().closing_confirm_saved());
        }, errors -> page(roundId, errors, null, null));
    }

    private static Response done(long roundId, String message) {
        return Html.done("/tournees/" + roundId + "/cloture", message);
    }

    private TemplateInstance page(long roundId, FormErrors errors, Long errorOfferId, String notice) {
        Round round = rounds.round(roundId);
        boolean closed = round.status == RoundStatus.CLOSED;
        RoundMessages roundMessages = Texts.of(RoundMessages.class);
        List<Choice> statuses = java.util.Arrays.stream(ReceptionStatus.values())
                .map(s -> new Choice(s.name(), roundMessages.reception_status(s))).toList();
        RoundConsolidation data = consolidation.of(roundId);
        View view = new View(roundId, round.name, roundMessages.round_status(round.status), closed,
                closed && round.allocationConfirmedAt == null, round.allocationConfirmedAt != null,
                data, statuses, errorOfferId,
                data.products().stream().filter(ProductRow::needsDecision).toList(),
                data.products().stream().filter(p -> !p.needsDecision()).toList());
        return Templates.closing(view, errors, notice);
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static ClosingMessages messages() {
        return Texts.of(ClosingMessages.class);
    }
}
