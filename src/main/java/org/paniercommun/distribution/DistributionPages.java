package org.paniercommun.distribution;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.paniercommun.fund.FundService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.paniercommun.account.Role;
import org.paniercommun.distribution.DistributionService.HandOutCommand;
import org.paniercommun.distribution.DistributionService.LineUpdate;
import org.paniercommun.distribution.DistributionService.PaymentCommand;
import org.paniercommun.distribution.PickupLists.PickupHousehold;
import org.paniercommun.distribution.PickupLists.PickupList;
import org.paniercommun.ordering.AbsenceDecision;
import org.paniercommun.ordering.OrderingMessages;
import org.paniercommun.ordering.PickupStatus;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/**
 * The distribution-day screen for the volunteers of a relay point (tablet or phone): the list of households, then
 * one household at a time with big fields for weights, coupons, round-up and payment.
 */
@Path("/tournees/{roundId}/distribution")
@RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
@Produces(MediaType.TEXT_HTML)
class DistributionPages {

    @Inject
    PickupLists lists;

    @Inject
    DistributionService distribution;

    @Inject
    RoundService rounds;

    @Inject
    VolunteerGroups volunteers;

    @Inject
    org.paniercommun.household.HouseholdService households;

    @Inject
    SecurityIdentity identity;

    @Inject
    FundService fund;

    public record Choice(String value, String label) {
    }

    public record SlotRow(long slotId, String relayPoint, String date, boolean closed) {
    }

    /** A line of the household form, with the field values to show (what was typed, or what is recorded). */
    public record LineRow(long lineId, String product, String unit, BigDecimal ordered, BigDecimal toHandOut,
            String weighedField, String weighedValue, String missingField,
            boolean missing, String error) {
    }

    /** The bons box of the day, with what was typed (or what is recorded). */
    public record BonsForm(FundService.BonsBox box, String inBox, String used) {
    }

    /** The household form. */
    public record HouseholdForm(long roundId, long slotId, String relayPoint, PickupHousehold household,
            List<LineRow> lines, String coupons, String roundUp, String paymentAmount, String paymentMethod,
            List<Choice> methods, boolean waiting, boolean leaveDebt, MembershipState membership, long bonsAccepted) {
    }

    /** The household's membership of the distribution's year: paid (with what the volunteer reads) or to collect. */
    public record MembershipState(int year, String paid, String typed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance slots(long roundId, String roundName, List<SlotRow> slots);

        static native TemplateInstance list(PickupList list, boolean coordinator, List<Choice> decisions,
                String notice, FormErrors errors, Long errorOrderId, BonsForm bons);

        static native TemplateInstance household(HouseholdForm form, FormErrors errors, String notice);
    }

    @GET
    public TemplateInstance slots(@PathParam("roundId") long roundId) {
        var scope = volunteers.scopeOf(identity);
        List<SlotRow> rows = lists.slots(roundId).stream()
                .filter(s -> scope == null || scope.contains(s.relayPoint.group.id))
                .map(s -> new SlotRow(s.id, s.relayPoint.name, org.paniercommun.round.RoundDates.slot(s),
                        s.closedAt != null)).toList();
        return Templates.slots(roundId, rounds.round(roundId).name, rows);
    }

    @GET
    @Path("{slotId}")
    public TemplateInstance list(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @QueryParam("tri") String sort, @QueryParam("ok") String ok) {
        requireMayAct(roundId, slotId);
        return listPage(roundId, slotId, sort, ok, FormErrors.none(), null);
    }

    @GET
    @Path("{slotId}/{orderId}")
    public TemplateInstance household(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @PathParam("orderId") long orderId, @QueryParam("ok") String ok) {
        RoundSlot slot = requireMayAct(roundId, slotId);
        return Templates.household(form(slot, lists.household(slot, orderId), null, FormErrors.none()), FormErrors.none(), ok);
    }

    @POST
    @Path("{slotId}/{orderId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @PathParam("orderId") long orderId, MultivaluedMap<String, String> form) {
        RoundSlot slot = requireMayAct(roundId, slotId);
        FormReader reader = new FormReader(form);
        PickupHousehold current = lists.household(slot, orderId);
        List<LineUpdate> updates = new ArrayList<>();
        for (var line : current.lines()) {
            updates.add(new LineUpdate(line.lineId(), reader.quantity("w-" + line.lineId()),
                    reader.checked("m-" + line.lineId())));
        }
        Integer coupons = reader.integer("coupons");
        Long roundUp = reader.cents("roundUp");
        Long amount = reader.cents("paymentAmount");
        PaymentMethod method = parseMethod(reader.text("paymentMethod"));
        boolean pickedUp = "remettre".equals(reader.text("action"));
        Long membership = reader.cents("membership");
        return FormRoundTrip.submit(reader, "version", () -> {
            PickupHousehold saved = distribution.handOut(roundId, slotId, orderId, new HandOutCommand(reader.id("version"),
                    updates, coupons, roundUp,
                    new PaymentCommand(method, amount), pickedUp, reader.checked("leaveDebt"),
                    membership), login(), Instant.now());
            String message = (pickedUp ? messages().household_served_notice(saved.name())
                    : messages().household_saved_notice(saved.name()))
                    + (saved.amountToCollectCents() > 0
                            ? " " + messages().household_due_notice(Money.format(saved.amountToCollectCents()))
                            : saved.amountToCollectCents() < 0
                                    ? " " + messages().household_credit_notice(Money.format(-saved.amountToCollectCents()))
                                    : "");
            return Html.done("/tournees/" + roundId + "/distribution/" + slotId, message);
        }, errors -> Templates.household(form(slot, current, form, errors), errors, null),
                // Someone else saved this household: show what is recorded now, with the message.
                errors -> Templates.household(form(slot, lists.household(slot, orderId), null, FormErrors.none()),
                        errors, null));
    }

    @POST
    @Path("{slotId}/{orderId}/absent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object absent(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @PathParam("orderId") long orderId, MultivaluedMap<String, String> form) {
        RoundSlot slot = requireMayAct(roundId, slotId);
        FormReader reader = new FormReader(form);
        return FormRoundTrip.submitAt("version", List.of(), () -> {
            PickupHousehold saved = distribution.markAbsent(roundId, slotId, orderId, reader.id("version"), login());
            return Html.done("/tournees/" + roundId + "/distribution/" + slotId, messages().household_absent_notice(saved.name()));
        }, errors -> Templates.household(form(slot, lists.household(slot, orderId), null, FormErrors.none()), errors,
                null));
    }

    @POST
    @Path("{slotId}/{orderId}/devenir")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object decideAbsence(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @PathParam("orderId") long orderId, MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        AbsenceDecision decision = null;
        try {
            decision = reader.text("decision") == null ? null : AbsenceDecision.valueOf(reader.text("decision"));
        } catch (IllegalArgumentException ignored) {
            // reported by the service as a missing choice
        }
        AbsenceDecision chosen = decision;
        return FormRoundTrip.submitAt("decision", List.of(), () -> {
            distribution.decideAbsence(roundId, orderId, new DistributionService.AbsenceCommand(chosen,
                    reader.text("note")), login());
            return Html.done("/tournees/" + roundId + "/distribution/" + slotId, messages().list_decision_saved());
        }, errors -> listPage(roundId, slotId, null, null, errors, orderId));
    }

    /** After the day closed, a coordinator reopens one household to correct it (audited, with the reason). */
    @POST
    @Path("{slotId}/{orderId}/rouvrir")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reopen(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            @PathParam("orderId") long orderId, MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        return FormRoundTrip.submitAt("reopen", List.of(), () -> {
            PickupHousehold reopened = distribution.reopen(roundId, slotId, orderId, reader.id("version"),
                    reader.text("reason"), login(), Instant.now());
            return Html.done("/tournees/" + roundId + "/distribution/" + slotId + "/" + orderId,
                    messages().list_reopened_notice(reopened.name()));
        }, errors -> listPage(roundId, slotId, null, null, errors, orderId));
    }

    @POST
    @Path("{slotId}/cloturer")
    public Object closeDay(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId) {
        requireMayAct(roundId, slotId);
        return FormRoundTrip.submit(null, "close", () -> {
            distribution.closeDay(roundId, slotId, login(), Instant.now());
            return Html.done("/tournees/" + roundId + "/distribution/" + slotId, messages().list_closed_notice());
        }, errors -> listPage(roundId, slotId, null, null, errors, null));
    }

    @POST
    @Path("{slotId}/bons")
    public Object bons(@PathParam("roundId") long roundId, @PathParam("slotId") long slotId,
            MultivaluedMap<String, String> form) {
        requireMayAct(roundId, slotId);
        List<FieldError> errors = new ArrayList<>();
        Integer inBox = wholeNumber(form.getFirst("inBox"), "inBox", errors);
        Integer used = wholeNumber(form.getFirst("used"), "used", errors);
        return FormRoundTrip.submit(errors, List::of, "inBox", () -> {
            fund.setBonsBox(slotId, inBox == null ? 0 : inBox, used, login());
            return Html.done("/tournees/" + roundId + "/distribution/" + slotId, messages().bons_saved());
        }, formErrors -> listPage(roundId, slotId, null, null, formErrors, null, form));
    }

    /** A count typed by a volunteer: blank is null; anything but a whole number is a field error. */
    private static Integer wholeNumber(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, messages().bons_whole_number()));
            return null;
        }
    }

    // ---- helpers ----

    private TemplateInstance listPage(long roundId, long slotId, String sort, String notice, FormErrors errors,
            Long errorOrderId) {
        return listPage(roundId, slotId, sort, notice, errors, errorOrderId, null);
    }

    private TemplateInstance listPage(long roundId, long slotId, String sort, String notice, FormErrors errors,
            Long errorOrderId, MultivaluedMap<String, String> typedBons) {
        List<Choice> decisions = Arrays.stream(AbsenceDecision.values()).map(d -> new Choice(d.name(), Texts.of(OrderingMessages.class).absence_decision(d))).toList();
        FundService.BonsBox box = fund.bonsBox(slotId);
        BonsForm bons = new BonsForm(box,
                typedBons != null ? blank(typedBons.getFirst("inBox")) : String.valueOf(box.inBox()),
                typedBons != null ? blank(typedBons.getFirst("used")) : box.used() == null ? "" : String.valueOf(box.used()));
        return Templates.list(lists.of(roundId, slotId, PickupLists.Sort.of(sort)),
                identity.hasRole(Role.COORDINATOR), decisions, notice, errors, errorOrderId, bons);
    }

    private HouseholdForm form(RoundSlot slot, PickupHousehold household, MultivaluedMap<String, String> typed,
            FormErrors errors) {
        List<LineRow> lines = new ArrayList<>();
        for (var line : household.lines()) {
            String weighedField = "w-" + line.lineId();
            String missingField = "m-" + line.lineId();
            String weighed = typed != null ? typed.getFirst(weighedField)
                    : line.weighed() == null ? "" : Quantities.format(line.weighed());
            boolean missing = typed != null ? typed.getFirst(missingField) != null : line.missing();
            String error = errors.all().entrySet().stream().filter(e -> e.getKey().equals(weighedField)
                    || e.getKey().endsWith("].weighed")).map(Map.Entry::getValue).findFirst().orElse(null);
            lines.add(new LineRow(line.lineId(), line.product(), line.unit(), line.ordered(), line.quantity(),
                    weighedField, weighed == null ? "" : weighed,
                    missingField, missing, error));
        }
        List<Choice> methods = Arrays.stream(PaymentMethod.values()).map(m -> new Choice(m.name(), Texts.of(DistributionMessages.class).payment_method(m))).toList();
        return new HouseholdForm(slot.round.id, slot.id, slot.relayPoint.name, household, lines,
                typed != null ? blank(typed.getFirst("coupons")) : "",
                typed != null ? blank(typed.getFirst("roundUp")) : "",
                typed != null ? blank(typed.getFirst("paymentAmount")) : "",
                typed != null ? blank(typed.getFirst("paymentMethod")) : PaymentMethod.CASH.name(), methods,
                household.status() == PickupStatus.WAITING, typed != null && typed.getFirst("leaveDebt") != null,
                membership(slot, household, typed), org.paniercommun.fund.FundRules.bonsAccepted(
                        household.amountToCollectCents(), fund.bonsBox(slot.id).maxRatePercent()));
    }

    private MembershipState membership(RoundSlot slot, PickupHousehold household, MultivaluedMap<String, String> typed) {
        int year = slot.distributionDate.getYear();
        String paid = households.membership(household.householdId(), year).filter(m -> m.paid)
                .map(m -> messages().household_membership_paid(m.paidOn == null ? ""
                        : org.paniercommun.kernel.Dates.day(m.paidOn), Money.format(m.amountCents)))
                .orElse(null);
        return new MembershipState(year, paid, typed != null ? blank(typed.getFirst("membership")) : "");
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static PaymentMethod parseMethod(String value) {
        try {
            return value == null ? null : PaymentMethod.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private RoundSlot requireMayAct(long roundId, long slotId) {
        return lists.slotToActOn(identity, roundId, slotId);
    }

    private String login() {
        return identity.getPrincipal().getName();
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static DistributionMessages messages() {
        return Texts.of(DistributionMessages.class);
    }
}
