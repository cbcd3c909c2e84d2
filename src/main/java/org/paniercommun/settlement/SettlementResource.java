package org.paniercommun.settlement;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.settlement.SettlementService.BalanceSheet;
import org.paniercommun.settlement.SettlementService.StatementView;

/** Producer statements and the round's balance sheet. Producers see only their own statements. */
@Path("/api/rounds/{roundId}/settlement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Règlements et bilan")
@RolesAllowed(Role.COORDINATOR)
class SettlementResource {

    @Inject
    SettlementService settlement;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("statements")
    @Operation(summary = "Relevés des producteurs : quantités reçues × prix d'achat, ajustements, état")
    public List<StatementView> statements(@PathParam("roundId") long roundId) {
        return settlement.statements(roundId);
    }

    @GET
    @Path("statements/{producerId}")
    @Operation(summary = "Le relevé d'un producteur")
    public StatementView statement(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId) {
        return settlement.statement(roundId, producerId);
    }

    @POST
    @Path("statements/{producerId}/adjustments")
    @Operation(summary = "Ajuster un relevé en brouillon (montant en centimes, négatif pour une retenue, motif obligatoire)")
    public StatementView adjust(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            SettlementService.AdjustmentCommand command) {
        return settlement.adjust(roundId, producerId, command, login());
    }

    @POST
    @Path("statements/{producerId}/send")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Envoyer le relevé au producteur par e-mail (ou noter qu'il a été remis en main propre)")
    public StatementView send(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            @QueryParam("handDelivered") boolean handDelivered) {
        return settlement.send(roundId, producerId, handDelivered, login(), Instant.now());
    }

    @PUT
    @Path("statements/{producerId}/payment")
    @Operation(summary = "Noter le paiement du producteur (date et référence)")
    public StatementView paid(@PathParam("roundId") long roundId, @PathParam("producerId") long producerId,
            SettlementService.PaymentCommand command) {
        return settlement.markPaid(roundId, producerId, command, login());
    }

    @POST
    @Path("costs")
    @Operation(summary = "Ajouter un frais logistique de la tournée (libellé, montant en centimes)")
    public BalanceSheet addCost(@PathParam("roundId") long roundId, SettlementService.AmountCommand command) {
        settlement.add(roundId, RoundAmount.Kind.COST, command, login());
        return settlement.balanceSheet(roundId);
    }

    @POST
    @Path("subsidies")
    @Operation(summary = "Affecter une subvention ou un don à la tournée (financeur, montant en centimes)")
    public BalanceSheet addSubsidy(@PathParam("roundId") long roundId, SettlementService.AmountCommand command) {
        settlement.add(roundId, RoundAmount.Kind.SUBSIDY, command, login());
        return settlement.balanceSheet(roundId);
    }

    @PUT
    @Path("cash")
    @Operation(summary = "Caisse comptée dans un point relais (comparée aux paiements en espèces enregistrés)")
    public BalanceSheet countCash(@PathParam("roundId") long roundId, SettlementService.CashCommand command) {
        settlement.countCash(roundId, command, login());
        return settlement.balanceSheet(roundId);
    }

    @GET
    @Path("balance-sheet")
    @Operation(summary = "Bilan de la tournée : ressources, emplois, résultat expliqué, écarts par tarif, caisses")
    public BalanceSheet balanceSheet(@PathParam("roundId") long roundId) {
        return settlement.balanceSheet(roundId);
    }

    @POST
    @Path("settle")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Solder la tournée : seulement si le bilan s'équilibre et tous les relevés sont payés")
    public BalanceSheet settle(@PathParam("roundId") long roundId) {
        return settlement.settle(roundId, login());
    }

    private String login() {
        return identity.getPrincipal().getName();
    }
}
