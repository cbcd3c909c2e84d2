package org.paniercommun.fund;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.fund.FundService.EntryCommand;
import org.paniercommun.fund.FundService.Summary;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;

/**
 * The solidarity fund of an antenna. Coordinators see balances and aggregates, never who drew: individual
 * draws are not listed, and per-round figures are hidden below three households.
 */
@Path("/api/fund/{antennaId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Caisse solidaire")
class FundResource {

    @Inject
    FundService fund;

    @Inject
    SecurityIdentity identity;

    /** An inflow or a correction; draws are never listed one by one. */
    public record EntryView(long id, String kind, String kindLabel, long amountCents, LocalDate date, Long roundId,
            String donorName, String reason, String recordedBy) {
        static EntryView of(FundEntry e) {
            return new EntryView(e.id, e.kind.name(), Texts.of(FundMessages.class).entry_kind(e.kind), e.amountCents, e.entryDate, e.roundId, e.donorName,
                    e.reason, e.recordedBy);
        }
    }

    public record PublicFigures(String antenna, long balanceCents, long totalGivenCents, Long householdsHelpedLastRound) {
    }

    @GET
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Solde, entrées par type et réductions par tournée (masquées sous 3 foyers)")
    public Summary summary(@PathParam("antennaId") long antennaId) {
        return fund.summary(antennaId);
    }

    @GET
    @Path("settings")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Réglages de la caisse : taux proposés, réserve minimale, plafond par foyer, part du tarif 3")
    public FundService.Settings settings(@PathParam("antennaId") long antennaId) {
        return fund.settings(antennaId);
    }

    @jakarta.ws.rs.PUT
    @Path("settings")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Changer les réglages de la caisse")
    public FundService.Settings updateSettings(@PathParam("antennaId") long antennaId, FundService.Settings settings) {
        return fund.settings(antennaId, settings);
    }

    @GET
    @Path("entries")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Les entrées et corrections enregistrées (les réductions ne sont jamais listées une à une)")
    public List<EntryView> entries(@PathParam("antennaId") long antennaId) {
        return FundEntry.<FundEntry>list("antennaId = ?1 and kind not in ?2 order by id desc", antennaId,
                List.of(EntryKind.DRAW, EntryKind.DRAW_RELEASE)).stream().map(EntryView::of).toList();
    }

    @POST
    @Path("entries")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Enregistrer des coupons, un don, une subvention, un arrondi ou une correction (motif obligatoire)")
    public Response record(@PathParam("antennaId") long antennaId, EntryCommand command) {
        boolean coordinator = identity.hasRole(Role.COORDINATOR);
        if (!coordinator && command != null && command.kind() != EntryKind.COUPON && command.kind() != EntryKind.ROUND_UP) {
            throw new InvalidInputException("kind", Texts.of(FundMessages.class).error_volunteer_kinds());
        }
        FundEntry entry = fund.record(antennaId, command, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/fund/" + antennaId + "/entries")).entity(EntryView.of(entry)).build();
    }

    @GET
    @Path("public")
    @PermitAll
    @Operation(summary = "Ce que les adhérents voient : solde, total donné, foyers aidés (si au moins 3)")
    public PublicFigures publicFigures(@PathParam("antennaId") long antennaId) {
        Summary summary = fund.summary(antennaId);
        Long helped = summary.rounds().isEmpty() ? null : summary.rounds().get(0).householdsHelped();
        return new PublicFigures(summary.antenna(), summary.balanceCents(), summary.totalGivenCents(), helped);
    }
}
