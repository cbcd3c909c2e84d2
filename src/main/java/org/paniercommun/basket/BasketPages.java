package org.paniercommun.basket;

import org.paniercommun.distribution.DistributionMessages;
import org.paniercommun.kernel.Texts;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.account.Role;
import org.paniercommun.basket.BasketSetupService.FunderView;
import org.paniercommun.basket.BasketSetupService.OfferView;
import org.paniercommun.basket.BasketSetupService.SchemeView;
import org.paniercommun.basket.BasketStatements.FunderStatement;
import org.paniercommun.basket.DeliveryService.DeliveryView;
import org.paniercommun.basket.DeliveryService.PickupList;
import org.paniercommun.basket.DeliveryService.Plan;
import org.paniercommun.basket.SubscriptionService.ReferralView;
import org.paniercommun.basket.SubscriptionService.SubscriptionView;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Money;
import org.paniercommun.web.Downloads;

/** Solidarity baskets for coordinators (/paniers) and the pickup lists volunteers print and tick. */
@Path("/paniers")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class BasketPages {

    @Inject
    BasketSetupService setup;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryService deliveries;

    @Inject
    BasketStatements statements;

    @Inject
    VolunteerGroups volunteers;

    @Inject
    SecurityIdentity identity;

    public record Choice(String value, String label) {
    }

    /** The offer's edit form: typed (or current) values by field name, errors by field name. */
    public record OfferForm(Map<String, String> values, FormErrors errors) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean is(String field, Object expected) {
            return String.valueOf(expected).equals(values.get(field));
        }

        static OfferForm of(OfferView offer) {
            Map<String, String> values = new HashMap<>();
            values.put("name", offer.name());
            values.put("size", offer.size());
            values.put("value", Money.decimal(offer.valueCents()));
            values.put("producerId", String.valueOf(offer.producerId()));
            values.put("frequency", offer.frequency());
            values.put("pickupDay", offer.pickupDay());
            values.put("pickupTime", offer.pickupTime());
            values.put("missedRule", offer.missedRule());
            values.put("version", String.valueOf(offer.version()));
            return new OfferForm(values, FormErrors.none());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<OfferView> offers, List<FunderView> funders,
                List<SchemeView> schemes, List<ReferralView> referrals, List<SubscriptionView> subscriptions,
                List<DeliveryView> upcoming, List<Choice> producers, List<Choice> relayPoints, List<Choice> days,
                List<Choice> sizes, List<Choice> frequencies, List<Choice> missedRules, String month,
                FormErrors errors, String notice);

        static native TemplateInstance offer(OfferView offer, List<DeliveryView> deliveries, Plan plan,
                List<Choice> missedRules, FormErrors errors, String notice, OfferForm form, List<Choice> producers,
                List<Choice> days, List<Choice> sizes, List<Choice> frequencies);

        static native TemplateInstance delivery(DeliveryView delivery, FormErrors errors, String notice);

        static native TemplateInstance pickup(PickupList list, List<Choice> methods, List<Choice> missedRules,
                FormErrors errors, String notice);


        static native TemplateInstance statement(FunderStatement statement, FormErrors errors, String notice);

    }

    // ---- overview and setup ----

    @GET
    public TemplateInstance overview(@QueryParam("ok") String ok) {
        return overviewPage(FormErrors.none(), ok);
    }

    @POST
    @Path("offres")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createOffer(MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return act(in, () -> setup.createOffer(new BasketSetupService.OfferCommand(in.text("name"),
                parse(BasketSize.class, in.text("size")), in.cents("value"), in.id("producerId"),
                parse(Frequency.class, in.text("frequency")), parse(DayOfWeek.class, in.text("pickupDay")),
                in.text("pickupTime"), in.ids("relayPointIds"), parse(MissedRule.class, in.text("missedRule")))),
                messages().notice_offer_created());
    }

    @POST
    @Path("financeurs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createFunder(MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return act(in, () -> setup.createFunder(new BasketSetupService.FunderCommand(in.text("name"), in.text("email"),
                in.cents("budget"))), messages().notice_funder_added());
    }

    /** The household share first (if any), then up to four funders, in the order of the form. */
    @POST
    @Path("formules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createScheme(MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        List<BasketSetupService.ShareCommand> shares = new ArrayList<>();
        Integer household = in.integer("householdPercent");
        if (household != null && household != 0) {
            shares.add(new BasketSetupService.ShareCommand(null, household));
        }
        for (int i = 1; i <= 4; i++) {
            Long funder = in.id("funder" + i);
            Integer percent = in.integer("percent" + i);
            if (funder != null || percent != null) {
                if (funder == null) {
                    in.errors().add(new FieldError("shares", messages().error_share_funder()));
                }
                shares.add(new BasketSetupService.ShareCommand(funder, percent));
            }
        }
        return act(in, () -> setup.createScheme(new BasketSetupService.SchemeCommand(in.text("name"), shares)),
                messages().notice_scheme_created());
    }

    @POST
    @Path("abonnements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object subscribe(MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate start = date(in, "startOn");
        LocalDate end = date(in, "endOn");
        return act(in, () -> subscriptions.subscribe(new SubscriptionService.SubscriptionCommand(in.id("referralId"),
                in.id("offerId"), in.id("schemeId"), in.id("relayPointId"), start, end), viewer()), messages().notice_subscribed());
    }

    @POST
    @Path("abonnements/{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object pause(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate from = date(in, "fromOn");
        LocalDate to = date(in, "toOn");
        return act(in, () -> subscriptions.pause(id, new SubscriptionService.PauseCommand(from, to, in.text("reason")),
                viewer()), messages().notice_paused());
    }

    @POST
    @Path("abonnements/{id}/arret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object stop(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate on = date(in, "on");
        return act(in, () -> subscriptions.stop(id, new SubscriptionService.StopCommand(on, in.text("reason")), viewer()),
                messages().notice_stopped());
    }

    /** A new monthly envelope for a funder; an empty field removes the envelope. */
    @POST
    @Path("financeurs/{id}/enveloppe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object setBudget(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        Long budget = in.cents("budget");
        return act(in, () -> setup.setBudget(id, budget), messages().notice_budget_saved());
    }

    // ---- one offer: closures and planning ----

    @GET
    @Path("offres/{id}")
    public TemplateInstance offer(@PathParam("id") long id, @QueryParam("ok") String ok) {
        return offerPage(id, null, FormErrors.none(), ok);
    }

    /**
     * Saves the edit form of an offer. A wrong field comes back beside the field (400); a form read before
     * someone else saved comes back (409) with everything typed kept, the offer as it is now at the top, and the
     * current version, so saving again applies the typed values knowingly.
     */
    @POST
    @Path("offres/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object updateOffer(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        Long value = in.cents("value");
        Integer version = in.integer("version");
        return FormRoundTrip.submit(in, "offer", () -> {
            BasketSetupService.OfferUpdated updated = setup.updateOffer(id, new BasketSetupService.OfferUpdate(
                    in.text("name"), parse(BasketSize.class, in.text("size")), value, in.id("producerId"),
                    parse(Frequency.class, in.text("frequency")), parse(DayOfWeek.class, in.text("pickupDay")),
                    in.text("pickupTime"), parse(MissedRule.class, in.text("missedRule")),
                    version == null ? null : version.longValue()));
            return Html.done("/paniers/offres/" + id, updated.valueChanged()
                    ? messages().notice_offer_updated_value(updated.plannedKeepingValue())
                    : messages().notice_offer_updated());
        }, errors -> offerPage(id, null, FormErrors.none(), null,
                new OfferForm(in.typed(), errors.renamed(f -> f.equals("valueCents") ? "value" : f))), errors -> {
                    Map<String, String> typed = new HashMap<>(in.typed());
                    OfferView current = setup.offer(id);
                    boolean stale = version == null || version.longValue() != current.version();
                    typed.put("version", String.valueOf(current.version()));
                    FormErrors conflict = stale ? FormErrors.of(List.of(new FieldError("offer",
                            messages().offer_edit_stale()))) : errors;
                    return offerPage(id, null, FormErrors.none(), null, new OfferForm(typed, conflict));
                });
    }

    @POST
    @Path("offres/{id}/retrait")
    public Object withdraw(@PathParam("id") long id) {
        return offerAct(id, null, () -> setup.withdraw(id), messages().notice_offer_withdrawn());
    }

    @POST
    @Path("offres/{id}/remise-en-service")
    public Object reinstate(@PathParam("id") long id) {
        return offerAct(id, null, () -> setup.reinstate(id), messages().notice_offer_reinstated());
    }

    @POST
    @Path("offres/{id}/fermetures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addClosure(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate on = date(in, "closedOn");
        return offerAct(id, in, () -> setup.addClosure(id, new BasketSetupService.ClosureCommand(on, in.text("reason"))),
                messages().notice_closure_saved());
    }

    @POST
    @Path("offres/{id}/non-retires")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object setMissedRule(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return offerAct(id, in, () -> setup.setMissedRule(id, parse(MissedRule.class, in.text("missedRule"))),
                messages().notice_rule_saved());
    }

    /** "Aperçu" shows the plan and the envelopes; "Planifier" writes it (with the explicit override box if needed). */
    @POST
    @Path("offres/{id}/planifier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object plan(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate from = date(in, "from");
        LocalDate to = date(in, "to");
        return FormRoundTrip.submit(in, "plan", () -> {
            if (in.checked("preview")) {
                return Html.page(offerPage(id, deliveries.preview(id, from, to), FormErrors.none(), null));
            }
            Plan plan = deliveries.generate(id, new DeliveryService.PlanCommand(from, to, in.checked("overrideBudget")));
            return Html.done("/paniers/offres/" + id, messages().notice_planned(plan.newBaskets()));
        }, errors -> offerPage(id, null, errors, null), errors -> offerPage(id,
                from == null || to == null ? null : deliveries.preview(id, from, to), errors, null));
    }

    // ---- deliveries ----

    @GET
    @Path("livraisons/{id}")
    public TemplateInstance delivery(@PathParam("id") long id, @QueryParam("ok") String ok) {
        return Templates.delivery(deliveries.delivery(id), FormErrors.none(), ok);
    }

    @POST
    @Path("livraisons/{id}/contenu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object setContent(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return FormRoundTrip.submit(in, "content",
                () -> deliveries.setContent(id, new DeliveryService.ContentCommand(in.text("content"), in.text("recipe"))),
                "/paniers/livraisons/" + id, messages().notice_content_saved(),
                errors -> Templates.delivery(deliveries.delivery(id), errors, null));
    }

    @POST
    @Path("livraisons/notifier")
    public Object notifyProducers() {
        int sent = deliveries.notifyProducers(LocalDate.now(), BasketNotifier.DAYS_AHEAD);
        return Html.done("/paniers", messages().notice_notified(sent));
    }

    @GET
    @Path("livraisons/{id}/retrait/{relayPointId}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    public TemplateInstance pickup(@PathParam("id") long id, @PathParam("relayPointId") long relayPointId,
            @QueryParam("ok") String ok) {
        volunteers.requireMayActFor(identity, deliveries.groupOfRelayPoint(relayPointId));
        return Templates.pickup(deliveries.pickupList(id, relayPointId), methods(), missedRules(), FormErrors.none(), ok);
    }

    @GET
    @Path("livraisons/{id}/retrait/{relayPointId}.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    public Response pickupPdf(@PathParam("id") long id, @PathParam("relayPointId") long relayPointId) {
        volunteers.requireMayActFor(identity, deliveries.groupOfRelayPoint(relayPointId));
        return Downloads.pdf(BasketPickupDocument.pdf(deliveries.pickupList(id, relayPointId)),
                "retrait-paniers-" + id + "-" + relayPointId + ".pdf");
    }

    @POST
    @Path("livraisons/{id}/retrait/{relayPointId}/{handoutId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    public Object record(@PathParam("id") long id, @PathParam("relayPointId") long relayPointId,
            @PathParam("handoutId") long handoutId, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        String path = "/paniers/livraisons/" + id + "/retrait/" + relayPointId;
        volunteers.requireMayActFor(identity, deliveries.groupOfHandout(handoutId));
        BasketHandout.Status status = parse(BasketHandout.Status.class, in.text("status"));
        // One form per household with two buttons: the amount (filled in with the share) goes with "Retiré"
        // only; "Non retiré" leaves it aside rather than refusing an unpaid basket as paid.
        Long paid = status == BasketHandout.Status.MISSED ? null : in.cents("paid");
        Integer version = in.integer("version");
        return FormRoundTrip.submit(in, "pickup", () -> {
            deliveries.record(handoutId, new DeliveryService.PickupCommand(status, paid, parse(PaymentMethod.class,
                    in.text("paymentMethod")), parse(MissedRule.class, in.text("missedRule")), in.text("note"),
                    version == null ? null : version.longValue()), identity.getPrincipal().getName());
            return Html.done(path, messages().notice_handout_saved());
        }, errors -> Templates.pickup(deliveries.pickupList(id, relayPointId), methods(), missedRules(), errors, null));
    }

    // ---- funder statements ----

    @GET
    @Path("financeurs/{id}/releve")
    public TemplateInstance statement(@PathParam("id") long id, @QueryParam("mois") String month,
            @QueryParam("ok") String ok) {
        return Templates.statement(statements.funder(id, BasketStatements.month(month)), FormErrors.none(), ok);
    }

    /** E-mails the month's statement to the funder with its PDF (the address typed is kept on the funder). */
    @POST
    @Path("financeurs/{id}/releve/envoyer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object sendStatement(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        java.time.YearMonth month = BasketStatements.month(in.text("mois"));
        String email = in.text("email");
        return FormRoundTrip.submit(in, "email", () -> {
            FunderStatement sent = statements.send(id, month, email);
            return Response.seeOther(java.net.URI.create("/paniers/financeurs/" + id + "/releve?mois=" + sent.month()
                    + "&ok=" + java.net.URLEncoder.encode(Texts.of(BasketStatementMessages.class).notice_sent(email.trim()),
                            java.nio.charset.StandardCharsets.UTF_8))).build();
        }, errors -> Templates.statement(statements.funder(id, month), errors, null));
    }

    @GET
    @Path("financeurs/{id}/releve.pdf")
    @Produces("application/pdf")
    public Response statementPdf(@PathParam("id") long id, @QueryParam("mois") String month) {
        FunderStatement s = statements.funder(id, BasketStatements.month(month));
        return Downloads.pdf(BasketStatementDocument.pdf(s), BasketStatements.fileName(s, "pdf"));
    }

    @GET
    @Path("financeurs/{id}/releve.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response statementCsv(@PathParam("id") long id, @QueryParam("mois") String month) {
        FunderStatement s = statements.funder(id, BasketStatements.month(month));
        return Downloads.csv(BasketStatementDocument.csv(s), "releve-financeur-" + id + "-" + s.month() + ".csv");
    }

    @GET
    @Path("financeurs/{id}/releve.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    public Response statementXlsx(@PathParam("id") long id, @QueryParam("mois") String month) {
        FunderStatement s = statements.funder(id, BasketStatements.month(month));
        return Downloads.xlsx(BasketStatementDocument.table(s), "releve-financeur-" + id + "-" + s.month() + ".xlsx");
    }

    // ---- helpers ----

    private Object act(FormReader in, Runnable action, String message) {
        return FormRoundTrip.submit(in, "form", action, "/paniers", message, errors -> overviewPage(errors, null));
    }

    /** Runs an action of the offer page ({@code in} is null for a bare button). */
    private Object offerAct(long id, FormReader in, Runnable action, String message) {
        return FormRoundTrip.submit(in, "form", action, "/paniers/offres/" + id, message,
                errors -> offerPage(id, null, errors, null));
    }

    private TemplateInstance overviewPage(FormErrors errors, String notice) {
        SubscriptionService.Viewer viewer = viewer();
        return Templates.overview(setup.offers(), setup.funders(), setup.schemes(), subscriptions.referrals(viewer),
                subscriptions.subscriptions(viewer), deliveries.deliveries(null, null, LocalDate.now(),
                        LocalDate.now().plusWeeks(4)),
                setup.producers().stream().map(r -> new Choice(String.valueOf(r.id()), r.name())).toList(),
                setup.allRelayPoints().stream().map(r -> new Choice(String.valueOf(r.id()), r.name())).toList(),
                days(), sizes(), frequencies(), missedRules(),
                java.time.YearMonth.now().toString(), errors, notice);
    }

    private TemplateInstance offerPage(long id, Plan plan, FormErrors errors, String notice) {
        return offerPage(id, plan, errors, notice, null);
    }

    private TemplateInstance offerPage(long id, Plan plan, FormErrors errors, String notice, OfferForm form) {
        OfferView offer = setup.offer(id);
        List<Choice> producers = new ArrayList<>(setup.producers().stream()
                .map(r -> new Choice(String.valueOf(r.id()), r.name())).toList());
        if (producers.stream().noneMatch(c -> c.value().equals(String.valueOf(offer.producerId())))) {
            producers.add(0, new Choice(String.valueOf(offer.producerId()), offer.producer()));
        }
        return Templates.offer(offer, deliveries.deliveries(id, null, LocalDate.now().minusMonths(1),
                LocalDate.now().plusYears(2)), plan, missedRules(), errors, notice,
                form == null ? OfferForm.of(offer) : form, producers, days(), sizes(), frequencies());
    }

    private static List<Choice> days() {
        return Arrays.stream(DayOfWeek.values()).map(d -> new Choice(d.name(), BasketSetupService.dayLabel(d))).toList();
    }

    private List<Choice> sizes() {
        return Arrays.stream(BasketSize.values()).map(s -> new Choice(s.name(), sizeLabel(s))).toList();
    }

    private List<Choice> frequencies() {
        return Arrays.stream(Frequency.values()).map(f -> new Choice(f.name(), frequencyLabel(f))).toList();
    }

    static List<Choice> missedRules() {
        BasketMessages messages = Texts.of(BasketMessages.class);
        return Arrays.stream(MissedRule.values()).map(r -> new Choice(r.name(), switch (r) {
            case HELD -> messages().missed_held();
            case GIVEN_TO_OTHER -> messages().missed_given_to_other();
            case DONATED -> messages().missed_donated();
        })).toList();
    }

    private String sizeLabel(BasketSize size) {
        return switch (size) {
            case PETIT -> messages().size_petit();
            case GRAND -> messages().size_grand();
        };
    }

    private String frequencyLabel(Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> messages().frequency_weekly();
            case BIWEEKLY -> messages().frequency_biweekly();
        };
    }

    static List<Choice> methods() {
        return Arrays.stream(PaymentMethod.values()).map(m -> new Choice(m.name(), Texts.of(DistributionMessages.class).payment_method(m))).toList();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(FormReader in, String name) {
        String text = in.text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            in.errors().add(new FieldError(name, Texts.of(BasketMessages.class).error_date()));
            return null;
        }
    }

    private SubscriptionService.Viewer viewer() {
        return new SubscriptionService.Viewer(identity.getPrincipal().getName(), identity.hasRole(Role.COORDINATOR),
                identity.hasRole(Role.REFERRER));
    }

    /** The feature's texts in the request's language. */
    private static BasketMessages messages() {
        return Texts.of(BasketMessages.class);
    }
}
