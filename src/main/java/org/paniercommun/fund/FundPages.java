package org.paniercommun.fund;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.fund.FundService.EntryCommand;
import org.paniercommun.fund.FundService.Summary;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/** The fund page of coordinators (figures, recording gifts) and the public page that invites contributions. */
@Path("/caisse-solidaire")
@Produces(MediaType.TEXT_HTML)
class FundPages {

    @Inject
    FundService fund;

    @Inject
    OrganisationService organisation;

    @Inject
    SecurityIdentity identity;

    public record Line(String label, String amount) {
    }

    public record RoundLine(String round, String given, String households) {
    }

    public record SettingsForm(String rates, String floor, String cap, boolean tier3Surplus) {
    }

    public record PublicView(long antennaId, String antenna, String balance, String totalGiven, Long householdsHelped) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(long antennaId, String antenna, String balance, String floor,
                List<Line> inflows, String totalGiven, List<RoundLine> rounds, SettingsForm settings, String chartJson,
                FormErrors errors, String notice);

        static native TemplateInstance publicPage(List<PublicView> antennas);
    }

    @GET
    @PermitAll
    public TemplateInstance publicPage() {
        List<PublicView> views = new ArrayList<>();
        for (var antenna : organisation.antennas()) {
            FundService.PublicFigures f = fund.publicFigures(antenna.id);
            views.add(new PublicView(antenna.id, antenna.name,
                    f.balanceCents() == null ? null : Money.format(f.balanceCents()),
                    f.totalGivenCents() == null ? null : Money.format(f.totalGivenCents()), f.householdsHelped()));
        }
        return Templates.publicPage(views);
    }

    @GET
    @Path("{antennaId}")
    @RolesAllowed(Role.COORDINATOR)
    public TemplateInstance manage(@PathParam("antennaId") long antennaId) {
        return page(antennaId, FormErrors.none(), null);
    }

    @POST
    @Path("{antennaId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.COORDINATOR)
    public Object record(@PathParam("antennaId") long antennaId, MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        EntryKind kind = null;
        try {
            kind = EntryKind.valueOf(reader.text("kind"));
        } catch (RuntimeException e) {
            reader.errors().add(new FieldError("kind", messages().manage_error_kind()));
        }
        Long amount = reader.cents("amount");
        EntryKind chosen = kind;
        return FormRoundTrip.submit(reader, "amount", () -> {
            fund.record(antennaId, new EntryCommand(chosen, amount, reader.text("donorName"), reader.text("reason"), null),
                    identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/caisse-solidaire/" + antennaId)).build();
        }, errors -> page(antennaId, errors, null));
    }

    @POST
    @Path("{antennaId}/reglages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.COORDINATOR)
    public Object saveSettings(@PathParam("antennaId") long antennaId, MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        List<Integer> rates = new ArrayList<>();
        for (String part : String.valueOf(reader.text("rates")).split("[,; ]+")) {
            try {
                rates.add(Integer.valueOf(part.replace("%", "").trim()));
            } catch (NumberFormatException e) {
                reader.errors().add(new FieldError("rates", messages().manage_error_rates()));
                break;
            }
        }
        Long floor = reader.text("floor") == null ? Long.valueOf(0) : reader.cents("floor");
        Long cap = reader.cents("cap");
        return FormRoundTrip.submit(reader, "rates", () -> {
            fund.settings(antennaId, new FundService.Settings(rates, floor, cap, reader.checked("tier3Surplus")));
            return Response.seeOther(URI.create("/caisse-solidaire/" + antennaId)).build();
        }, errors -> page(antennaId, errors, null));
    }

    /** Labels and euro values for the balance chart, as JSON (dates and numbers only). */
    static String chartJson(List<FundService.BalancePoint> points) {
        String labels = String.join(",", points.stream().map(p -> "\"" + p.date() + "\"").toList());
        String values = String.join(",", points.stream()
                .map(p -> java.math.BigDecimal.valueOf(p.balanceCents(), 2).toPlainString()).toList());
        return "{\"labels\":[" + labels + "],\"values\":[" + values + "]}";
    }

    private TemplateInstance page(long antennaId, FormErrors errors, String notice) {
        Summary s = fund.summary(antennaId);
        FundMessages texts = Texts.of(FundMessages.class);
        List<Line> inflows = s.inflowsByKind().entrySet().stream()
                .map(e -> new Line(texts.entry_kind(e.getKey()), Money.format(e.getValue()))).toList();
        List<RoundLine> rounds = s.rounds().stream().map(r -> new RoundLine(r.roundName(),
                r.drawnCents() == null ? messages().manage_given_hidden() : Money.format(r.drawnCents()),
                r.householdsHelped() == null ? messages().manage_households_hidden() : String.valueOf(r.householdsHelped()))).toList();
        FundService.Settings settings = fund.settings(antennaId);
        SettingsForm settingsForm = new SettingsForm(
                String.join(", ", settings.rates().stream().map(String::valueOf).toList()),
                Money.decimal(settings.reserveFloorCents()),
                settings.capPerHouseholdCents() == null ? "" : Money.decimal(settings.capPerHouseholdCents()),
                settings.tier3Surplus());
        return Templates.manage(antennaId, s.antenna(), Money.format(s.balanceCents()),
                Money.format(s.reserveFloorCents()), inflows, Money.format(s.totalGivenCents()), rounds, settingsForm,
                chartJson(fund.balanceHistory(antennaId)), errors, notice);
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static FundMessages messages() {
        return Texts.of(FundMessages.class);
    }
}
