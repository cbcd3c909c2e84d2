package org.paniercommun.settlement;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.settlement.SettlementService.BalanceSheet;
import org.paniercommun.settlement.SettlementService.StatementView;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.web.Downloads;

/** The round's books for coordinators (/tournees/{id}/bilan) and the producers' statements. */
@Path("/tournees/{roundId}/bilan")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
class SettlementPages {

    @Inject
    SettlementService settlement;

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityIdentity identity;

    public record Choice(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance balance(BalanceSheet books, List<StatementView> statements,
                List<Choice> relayPoints, FormErrors errors, String notice);

        static native TemplateInstance statement(StatementView statement, boolean coordinator, FormErrors errors,
                String notice);

        static native TemplateInstance producerStatements(String producer, List<StatementView> statements);
    }

    @GET
    public TemplateInstance balance(@PathParam("roundId") long roundId, @QueryParam("ok") String ok) {
        return balancePage(roundId, FormErrors.none(), ok);
    }

    @POST
    @Path("frais")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addCost(@PathParam("roundId") long roundId, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return act(roundId, in, () -> settlement.add(roundId, RoundAmount.Kind.COST, new SettlementService.AmountCommand(
                in.text("label"), in.cents("amount")), login()), messages().notice_cost_added());
    }

    @POST
    @Path("subvention")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addSubsidy(@PathParam("roundId") long roundId, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return act(roundId, in, () -> settlement.add(roundId, RoundAmount.Kind.SUBSIDY, new SettlementService.AmountCommand(
                in.text("funder"), in.cents("amount")), login()), messages().notice_subsidy_added());
    }

    @POST
    @Path("caisse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object countCash(@PathParam("roundId") long roundId, MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return act(roundId, in, () -> settlement.countCash(roundId, new SettlementService.CashCommand(
                in.id("relayPointId"), in.cents("counted"), in.text("note")), login()), messages().notice_cash_counted());
    }

    @POST
    @Path("solder")
    public Object settle(@PathParam("roundId") long roundId) {
        return act(roundId, null, () -> settlement.settle(roundId, login()), messages().notice_settled());
    }

    // ---- statements ----

    @GET
    @Path("releves/{producerId}")
    public TemplateInstance statement(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            @QueryParam("ok") String ok) {
        return Templates.statement(settlement.statement(roundId, producerId), true, FormErrors.none(), ok);
    }

    @GET
    @Path("releves/{producerId}.pdf")
    @Produces("application/pdf")
    public Response statementPdf(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return Downloads.pdf(StatementDocument.pdf(settlement.statement(roundId, producerId)),
                statementFile(roundId, producerId, "pdf"));
    }

    @GET
    @Path("releves/{producerId}.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response statementCsv(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return Downloads.csv(StatementDocument.csv(settlement.statement(roundId, producerId)),
                statementFile(roundId, producerId, "csv"));
    }

    @GET
    @Path("releves/{producerId}.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    public Response statementXlsx(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return Downloads.xlsx(StatementDocument.table(settlement.statement(roundId, producerId)),
                statementFile(roundId, producerId, "xlsx"));
    }

    @POST
    @Path("releves/{producerId}/ajustement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object adjust(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return statementAct(roundId, producerId, in, () -> settlement.adjust(roundId, producerId,
                new SettlementService.AdjustmentCommand(in.cents("amount"), in.text("reason")), login()),
                messages().notice_adjusted());
    }

    @POST
    @Path("releves/{producerId}/envoyer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object send(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        return statementAct(roundId, producerId, in, () -> settlement.send(roundId, producerId,
                in.checked("handDelivered"), login(), Instant.now()), messages().notice_sent());
    }

    @POST
    @Path("releves/{producerId}/paye")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object paid(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            MultivaluedMap<String, String> form) {
        FormReader in = new FormReader(form);
        LocalDate paidOn = in.date("paidOn");
        return statementAct(roundId, producerId, in, () -> settlement.markPaid(roundId, producerId,
                new SettlementService.PaymentCommand(paidOn, in.text("reference")), login()), messages().notice_paid());
    }

    // ---- helpers ----

    private Object act(long roundId, FormReader in, Runnable action, String message) {
        return FormRoundTrip.submit(in, "settle", action, "/tournees/" + roundId + "/bilan", message,
                errors -> balancePage(roundId, errors, null));
    }

    private Object statementAct(long roundId, long producerId, FormReader in, Runnable action, String message) {
        return FormRoundTrip.submit(in, "statement", action, "/tournees/" + roundId + "/bilan/releves/" + producerId,
                message, errors -> Templates.statement(settlement.statement(roundId, producerId), true, errors, null));
    }

    private TemplateInstance balancePage(long roundId, FormErrors errors, String notice) {
        List<Choice> points = settlement.relayPoints(roundId).stream()
                .map(r -> new Choice(String.valueOf(r[0]), (String) r[1])).toList();
        return Templates.balance(settlement.balanceSheet(roundId), settlement.statements(roundId), points, errors,
                notice);
    }

    private static String statementFile(long roundId, long producerId, String extension) {
        return "releve-" + roundId + "-" + producerId + "." + extension;
    }

    private String login() {
        return identity.getPrincipal().getName();
    }

    /** The feature's texts in the request's language. */
    private static SettlementMessages messages() {
        return Texts.of(SettlementMessages.class);
    }
}
