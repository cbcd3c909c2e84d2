package org.paniercommun.settlement;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.ProducerPortal;
import org.paniercommun.settlement.SettlementService.StatementView;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.Downloads;

/** The producers' own statements, in their account. */
@Path("/producteur/releves")
@RolesAllowed(Role.PRODUCER)
@Produces(MediaType.TEXT_HTML)
class ProducerStatementPages {

    @Inject
    SettlementService settlement;

    @Inject
    ProducerPortal portal;

    @GET
    public TemplateInstance list() {
        var own = portal.documents(settlement::issuedStatementsOf);
        return SettlementPages.Templates.producerStatements(own.producerName(), own.documents());
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
        return Downloads.pdf(StatementDocument.pdf(own(roundId)), "releve-" + roundId + ".pdf");
    }

    private StatementView own(long roundId) {
        return settlement.issuedStatement(roundId, portal.producerId());
    }
}
