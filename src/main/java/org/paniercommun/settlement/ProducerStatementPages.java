package org.paniercommun.settlement;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.settlement.SettlementService.StatementView;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.Pdf;

/** The producers' own statements, in their account. */
@Path("/producteur/releves")
@RolesAllowed(Role.PRODUCER)
@Produces(MediaType.TEXT_HTML)
public class ProducerStatementPages {

    @Inject
    SettlementService settlement;

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance list() {
        var producer = catalogue.producerOf(identity.getPrincipal().getName()).orElse(null);
        return SettlementPages.Templates.producerStatements(producer == null ? null : producer.name(),
                producer == null ? List.of() : settlement.issuedStatementsOf(producer.id()));
    }

    @GET
    @Path("{roundId}")
    public TemplateInstance one(@PathParam("roundId") long roundId) {
        return SettlementPages.Templates.statement(own(roundId), false, FormErrors.none(), null);
    }

    @GET
    @Path("{roundId}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("roundId") long roundId) {
        return Pdf.response(StatementPdf.render(own(roundId)), "releve-" + roundId + ".pdf");
    }

    private StatementView own(long roundId) {
        return settlement.issuedStatement(roundId, catalogue.requireProducerOf(identity.getPrincipal().getName()).id());
    }
}
