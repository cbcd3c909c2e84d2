package org.paniercommun.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.kernel.Dates;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueMessages;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.FormReader;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Money;
import org.paniercommun.web.Downloads;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/** The funders' report as a page with charts, a PDF and a CSV (/rapports/financeurs). */
@Path("/rapports")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
class ReportPages {


    @Inject
    ReportService reports;

    @Inject
    OrganisationService organisation;

    @Inject
    ObjectMapper json;

    public record Choice(String value, String label, boolean selected) {
    }

    /** The form as typed, so it shows again with its values. */
    public record Query(String antenne, String periode, String mois, String annee, String du, String au, String km,
            String queryString) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Query query, List<Choice> antennas, FunderReport report,
                String chartJson, List<Chart> charts, FormErrors errors);

    }

    @GET
    @Path("financeurs")
    public Response page(@Context UriInfo uri) {
        Query query = query(uri);
        List<Choice> antennas = antennas(query);
        return FormRoundTrip.submit(null, "periode", () -> {
            FunderReport report = report(query, antennas);
            return Response.ok(Templates.report(query, antennas, report, report == null ? "{}" : chartJson(report),
                    report == null ? List.of() : charts(report), FormErrors.none())).build();
        }, errors -> Templates.report(query, antennas, null, "{}", List.of(), errors));
    }

    @GET
    @Path("financeurs.pdf")
    @Produces("application/pdf")
    public Response pdf(@Context UriInfo uri) {
        Query query = query(uri);
        FunderReport report = required(query);
        return Downloads.pdf(ReportDocument.pdf(report, charts(report)), fileName(report, "pdf"));
    }

    @GET
    @Path("financeurs.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response csv(@Context UriInfo uri) {
        FunderReport report = required(query(uri));
        return Downloads.csv(ReportDocument.csv(report), fileName(report, "csv"));
    }

    @GET
    @Path("financeurs.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    public Response xlsx(@Context UriInfo uri) {
        FunderReport report = required(query(uri));
        return Downloads.xlsx(ReportDocument.table(report), fileName(report, "xlsx"));
    }


    /**
     * The report's charts, in order: households by tier, kilos by category, organic / local / fair-trade shares,
     * amount due to each producer. The page (chart.js) and the PDF (SVG) draw these same data, and each bar's figure
     * is the one the tables show.
     */
    static List<Chart> charts(FunderReport r) {
        ReportMessages m = messages();
        String none = m.chart_no_data();
        List<Chart.Bar> tiers = r.households().byTier().stream().map(c -> new Chart.Bar(c.label(),
                BigDecimal.valueOf(c.count()), m.chart_households(c.count()))).toList();
        String kg = Texts.of(CatalogueMessages.class).sale_unit(SaleUnit.KG);
        List<Chart.Bar> kilos = r.volumes().stream().filter(v -> v.unit().equals(kg)).map(v -> new Chart.Bar(
                v.category(), v.quantity(), Quantities.format(v.quantity()) + "\u00a0" + v.unit())).toList();
        FunderReport.ValueShares value = r.value();
        List<Chart.Bar> quality = List.of(
                new Chart.Bar(m.common_organic(), value.organicPercent(), percentText(value.organicPercent())),
                new Chart.Bar(m.common_local(), value.localPercent(), percentText(value.localPercent())),
                new Chart.Bar(m.report_chart_fair_trade(), value.fairTradePercent(),
                        percentText(value.fairTradePercent())));
        List<Chart.Bar> producers = r.producers().producers().stream().map(p -> new Chart.Bar(p.producer(),
                BigDecimal.valueOf(p.dueCents(), 2), Money.format(p.dueCents()))).toList();
        return List.of(new Chart("tiers", m.report_chart_tiers(), none, tiers, null),
                new Chart("kilos", m.report_chart_kilos(), none, kilos, null),
                new Chart("quality", m.report_chart_quality_caption(), none,
                        value.purchaseValueCents() == 0 ? List.of() : quality, BigDecimal.valueOf(100)),
                new Chart("producers", m.report_chart_producers_caption(), none, producers, null));
    }

    /** The data of the page's charts ({@link #charts}), as JSON safe to place in a script element. */
    String chartJson(FunderReport r) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Chart chart : charts(r)) {
            data.put(chart.id(), series(chart.bars().stream().map(Chart.Bar::label).toList(),
                    chart.bars().stream().map(b -> (Object) b.value()).toList()));
        }
        try {
            return json.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> series(List<String> labels, List<Object> values) {
        return Map.of("labels", labels, "values", values);
    }

    // ---- helpers ----

    private static Query query(UriInfo uri) {
        var q = uri.getQueryParameters();
        return new Query(q.getFirst("antenne"), q.getFirst("periode") == null ? "mois" : q.getFirst("periode"),
                q.getFirst("mois"), q.getFirst("annee"), q.getFirst("du"), q.getFirst("au"), q.getFirst("km"),
                uri.getRequestUri().getRawQuery() == null ? "" : uri.getRequestUri().getRawQuery());
    }

    private List<Choice> antennas(Query query) {
        List<Antenna> all = organisation.antennas();
        String selected = query.antenne() != null ? query.antenne() : all.isEmpty() ? null : String.valueOf(all.get(0).id);
        return all.stream().map(a -> new Choice(String.valueOf(a.id), a.name, String.valueOf(a.id).equals(selected)))
                .toList();
    }

    /** The report the form asks for, or null before an antenna exists. */
    private FunderReport report(Query query, List<Choice> antennas) {
        String antenna = antennas.stream().filter(Choice::selected).map(Choice::value).findFirst().orElse(null);
        if (antenna == null) {
            return null;
        }
        var form = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>();
        form.putSingle("antenne", antenna);
        form.putSingle("annee", query.annee());
        form.putSingle("du", query.du());
        form.putSingle("au", query.au());
        form.putSingle("km", query.km());
        FormReader in = new FormReader(form);
        Long antennaId = in.id("antenne");
        Integer year = "annee".equals(query.periode()) ? in.integer("annee") : null;
        LocalDate from = "libre".equals(query.periode()) ? in.date("du") : null;
        LocalDate to = "libre".equals(query.periode()) ? in.date("au") : null;
        Integer km = in.integer("km");
        if (!in.errors().isEmpty()) {
            throw new InvalidInputException(in.errors());
        }
        String month = "mois".equals(query.periode()) ? query.mois() : null;
        LocalDate today = LocalDate.now(Dates.ZONE);
        if ("annee".equals(query.periode()) && year == null) {
            throw new InvalidInputException("annee", messages().report_error_year(today.getYear()));
        }
        if ("libre".equals(query.periode()) && from == null && to == null) {
            throw new InvalidInputException("du", messages().report_error_from());
        }
        return reports.funders(antennaId, periodOf(month, year, from, to, today), km);
    }

    /** The service speaks of month/year/from/to; the page's fields are French. */
    private static ReportPeriod periodOf(String month, Integer year, LocalDate from, LocalDate to, LocalDate today) {
        try {
            return ReportPeriod.of(month, year, from, to, today);
        } catch (ReportPeriod.Refused refused) {
            throw new InvalidInputException(ReportTexts.explained(refused).errors().stream().map(f -> new InvalidInputException.FieldError(
                    switch (f.field()) {
                        case "month" -> "mois";
                        case "year" -> "annee";
                        case "from" -> "du";
                        case "to" -> "au";
                        default -> f.field();
                    }, f.message())).toList());
        }
    }

    private FunderReport required(Query query) {
        FunderReport report = report(query, antennas(query));
        if (report == null) {
            throw new jakarta.ws.rs.NotFoundException(messages().error_no_antenna());
        }
        return report;
    }

    private static String fileName(FunderReport r, String extension) {
        return "rapport-" + r.period().from() + "-" + r.period().to() + "." + extension;
    }

    private static String percent(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    /** "27,8 %", as the page's tables write a share. */
    private static String percentText(BigDecimal value) {
        return percent(value) + " %";
    }

    /** The feature's texts in the request's language. */
    private static ReportMessages messages() {
        return Texts.of(ReportMessages.class);
    }
}
