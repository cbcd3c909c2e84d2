package org.paniercommun.round;

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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.Product;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.RelayPoint;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.Dates;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/** Coordinators prepare rounds: dates, groups, offer with caps, distribution slots, and move them along. */
@Path("/tournees")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
class RoundPages {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    RoundService rounds;

    @Inject
    RoundOrders orders;

    @Inject
    OrganisationService organisation;

    public record Row(long id, String name, String antenna, String status, String opensAt, String deadline) {
    }

    public record Choice(long id, String label, boolean checked) {
    }

    public record OfferRow(long productId, String name, String producer, String category, String unit, boolean offered,
            String cap, String ordered, String cost, String tier1, String tier2, String tier3) {
    }

    /** A relay point's slot: {@code date} is ISO for the date input, {@code label} what people will read. */
    public record SlotRow(long relayPointId, String relayPoint, String group, String date, String timeSlot,
            String label) {
    }

    public record Transition(String action, String label, boolean danger) {
    }

    public record Detail(long id, String name, String antenna, String status, boolean draft, boolean open,
            String opensAt, String deadline, String groups, boolean pricesFrozen, String pricing, int orderCount,
            String ordersTotal) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<Row> page);

        static native TemplateInstance form(Map<String, String> values, FormErrors errors, List<Choice> antennas,
                List<Choice> groups, String warning);

        static native TemplateInstance detail(Detail round, List<Transition> transitions, List<OfferRow> offer,
                List<SlotRow> slots, List<Choice> groups, FormErrors errors, String notice, String warning);

        static native TemplateInstance cancelConfirm(long roundId, String roundName, boolean possible, String refusal,
                int households);
    }

    @GET
    public TemplateInstance list(@QueryParam("page") Integer page) {
        return Templates.list(rounds.list(PageResult.page(page), PageResult.DEFAULT_SIZE)
                .map(r -> new Row(r.id, r.name, r.antenna.name, Texts.of(RoundMessages.class).round_status(r.status), display(r.opensAt), display(r.deadline))));
    }

    @GET
    @Path("nouvelle")
    public TemplateInstance newRound() {
        return form(new HashMap<>(), FormErrors.none());
    }

    @POST
    @Path("nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        List<FieldError> errors = new ArrayList<>();
        Instant opensAt = dateTime(reader.text("opensAt"), "opensAt", errors);
        Instant deadline = dateTime(reader.text("deadline"), "deadline", errors);
        RoundCommand command = new RoundCommand(reader.id("antennaId"), reader.text("name"), opensAt, deadline,
                reader.ids("groupIds"));
        errors.addAll(reader.errors());
        Map<String, String> typed = reader.typed();
        typed.put("groupIds", String.join(",", form.getOrDefault("groupIds", List.of())));
        return FormRoundTrip.submit(errors, List::of, "name", () -> {
            Round round = rounds.create(command);
            return Response.seeOther(URI.create("/tournees/" + round.id)).build();
        }, formErrors -> form(typed, formErrors));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("ok") String ok) {
        return detail(id, FormErrors.none(), ok == null ? null : messages().detail_saved());
    }

    @POST
    @Path("{id}/offre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveOffer(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        List<OfferCommand> offer = new ArrayList<>();
        for (Long productId : reader.ids("productIds")) {
            offer.add(new OfferCommand(productId, reader.quantity("cap-" + productId)));
        }
        return FormRoundTrip.submit(reader, "offer", () -> {
            rounds.setOffer(id, offer);
            return Response.seeOther(URI.create("/tournees/" + id + "?ok=1")).build();
        }, errors -> detail(id, errors, null));
    }

    @POST
    @Path("{id}/creneaux")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveSlots(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        List<SlotCommand> slots = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Long pointId : reader.ids("relayPointIds")) {
            String date = reader.text("date-" + pointId);
            String slot = reader.text("slot-" + pointId);
            if (date == null && slot == null) {
                continue;
            }
            LocalDate day = null;
            try {
                day = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("slots", messages().detail_invalid_date(date)));
            }
            slots.add(new SlotCommand(pointId, day, slot));
        }
        return FormRoundTrip.submitAt("slots", errors, () -> {
            rounds.setSlots(id, slots);
            return Response.seeOther(URI.create("/tournees/" + id + "?ok=1")).build();
        }, formErrors -> detail(id, formErrors, null));
    }

    /** Cancelling is asked first, on a page of its own (works without JavaScript): the POST is made from there. */
    @GET
    @Path("{id}/annuler")
    public TemplateInstance confirmCancel(@PathParam("id") long id) {
        Round round = rounds.round(id);
        boolean possible = round.status.canBecome(RoundStatus.CANCELLED);
        String refusal = possible ? null : messages().error_transition(messages().round_status(round.status),
                messages().round_status(RoundStatus.CANCELLED));
        return Templates.cancelConfirm(round.id, round.name, possible, refusal, orders.placed(id).count());
    }

    @POST
    @Path("{id}/etat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object transition(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String action = form.getFirst("action");
        return FormRoundTrip.submit(null, "status", () -> {
            switch (action == null ? "" : action) {
                case "open" -> rounds.open(id, Instant.now());
                case "close" -> rounds.close(id, Instant.now());
                case "cancel" -> rounds.cancel(id);
                case "distribute" -> rounds.markDistributed(id);
                case "settle" -> rounds.settle(id);
                default -> throw new ConflictException(messages().detail_unknown_action());
            }
            return Response.seeOther(URI.create("/tournees/" + id + "?ok=1")).build();
        }, errors -> detail(id, errors, null));
    }

    // ---- helpers ----

    private TemplateInstance form(Map<String, String> values, FormErrors errors) {
        List<Choice> antennas = organisation.antennas().stream()
                .map(a -> new Choice(a.id, a.name, String.valueOf(a.id).equals(values.get("antennaId")))).toList();
        Set<String> chosen = values.containsKey("groupIds") ? Set.of(values.get("groupIds").split(",")) : Set.of();
        List<Choice> groups = organisation.groups(true).stream()
                .map(g -> new Choice(g.id, g.antenna.name + " — " + g.name, chosen.contains(String.valueOf(g.id))))
                .toList();
        String warning = null;
        String opensAt = values.get("opensAt");
        if (opensAt != null && !opensAt.isBlank()) {
            try {
                warning = openingInPast(LocalDateTime.parse(opensAt.trim(), INPUT).atZone(Dates.ZONE).toInstant(), Instant.now());
            } catch (DateTimeParseException e) {
                warning = null; // the field's own error says so
            }
        }
        return Templates.form(values, errors, antennas, groups, warning);
    }

    private TemplateInstance detail(long id, FormErrors errors, String notice) {
        Round round = rounds.round(id);
        TierPricing pricing = round.pricing();
        Map<Long, RoundOffer> offered = rounds.offers(id).stream().collect(Collectors.toMap(o -> o.product.id, o -> o));
        Map<Long, BigDecimal> ordered = rounds.orderedQuantities(id);
        Set<Long> groupIds = round.groups.stream().map(g -> g.id).collect(Collectors.toSet());
        List<Product> candidates = Product.<Product>find("select distinct p from Product p join fetch p.producer "
                + "left join p.groups g where p.antenna.id = ?1 and p.active = true and (g.id in ?2 or p.id in ?3) "
                + "order by p.category, p.name", round.antenna.id, groupIds,
                offered.isEmpty() ? Set.of(-1L) : offered.keySet()).list();
        List<OfferRow> offer = new ArrayList<>();
        for (Product product : candidates) {
            RoundOffer o = offered.get(product.id);
            long cost = o == null ? product.costPriceCents() : o.costPrice();
            offer.add(new OfferRow(product.id, product.name, product.producer.name,
                    (o == null ? product.category : o.category()).label(),
                    (o == null ? product.saleUnit : o.saleUnit()).label(), o != null, o == null || o.capQuantity == null ? "" : Quantities.format(o.capQuantity),
                    o == null ? "" : Quantities.format(ordered.getOrDefault(o.id, BigDecimal.ZERO)), Money.format(cost),
                    Money.format(o == null ? pricing.unitPrice(cost, 1, product.onePriceForAll) : o.priceFor(1, pricing)),
                    Money.format(o == null ? pricing.unitPrice(cost, 2, product.onePriceForAll) : o.priceFor(2, pricing)),
                    Money.format(o == null ? pricing.unitPrice(cost, 3, product.onePriceForAll) : o.priceFor(3, pricing))));
        }
        Map<Long, RoundSlot> slotsByPoint = rounds.slots(id).stream().collect(Collectors.toMap(s -> s.relayPoint.id, s -> s));
        List<SlotRow> slots = new ArrayList<>();
        for (RelayPoint point : organisation.relayPoints(true)) {
            if (groupIds.contains(point.group.id)) {
                RoundSlot slot = slotsByPoint.get(point.id);
                slots.add(new SlotRow(point.id, point.name, point.group.name,
                        slot == null ? "" : Dates.iso(slot.distributionDate), slot == null ? "" : slot.timeSlot,
                        slot == null ? "" : RoundDates.slot(slot)));
            }
        }
        RoundOrders.Placed placed = orders.placed(id);
        Detail detail = new Detail(round.id, round.name, round.antenna.name, Texts.of(RoundMessages.class).round_status(round.status),
                round.status == RoundStatus.DRAFT, round.status == RoundStatus.OPEN, display(round.opensAt),
                display(round.deadline), round.groups.stream().map(g -> g.name).sorted()
                        .collect(Collectors.joining(", ")),
                round.tier1Percent != null, describe(round), placed.count(),
                Money.format(placed.totalCents()));
        List<Transition> transitions = rounds.nextSteps(round).stream().sorted()
                .map(this::transition).toList();
        List<Choice> groups = round.groups.stream().sorted(java.util.Comparator.comparing(g -> g.name))
                .map(g -> new Choice(g.id, g.name, false)).toList();
        String warning = round.status == RoundStatus.DRAFT ? openingInPast(round.opensAt, Instant.now()) : null;
        return Templates.detail(detail, transitions, offer, slots, groups, errors, notice, warning);
    }

    private String describe(Round round) {
        var source = round.tier1Percent != null ? round : null;
        BigDecimal t1 = source != null ? round.tier1Percent : round.antenna.tier1Percent;
        BigDecimal t2 = source != null ? round.tier2Percent : round.antenna.tier2Percent;
        BigDecimal t3 = source != null ? round.tier3Percent : round.antenna.tier3Percent;
        int step = source != null ? round.priceStepCents : round.antenna.priceStepCents;
        return messages().detail_pricing(Quantities.format(t1), Quantities.format(t2), Quantities.format(t3),
                Money.format(step));
    }

    private Transition transition(RoundStatus target) {
        return switch (target) {
            case OPEN -> new Transition("open", messages().transition_open(), false);
            case CLOSED -> new Transition("close", messages().transition_close(), false);
            case DISTRIBUTED -> new Transition("distribute", messages().transition_distribute(), false);
            case SETTLED -> new Transition("settle", messages().transition_settle(), false);
            case CANCELLED -> new Transition("cancel", messages().transition_cancel(), true);
            case DRAFT -> new Transition("", "", false);
        };
    }

    static String display(Instant instant) {
        return Dates.dayAndTime(instant);
    }

    /** A non-blocking notice when a round is set to open at a time already past; null otherwise. */
    static String openingInPast(Instant opensAt, Instant now) {
        return opensAt != null && opensAt.isBefore(now) ? messages().common_opening_in_past(display(opensAt)) : null;
    }

    private Instant dateTime(String text, String field, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, INPUT).atZone(Dates.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, messages().form_invalid_date_time()));
            return null;
        }
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static RoundMessages messages() {
        return Texts.of(RoundMessages.class);
    }
}
