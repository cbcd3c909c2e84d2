package org.paniercommun.household;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.web.Downloads;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.household.HouseholdService.HouseholdExport;
import org.paniercommun.household.HouseholdService.MembershipCommand;
import org.paniercommun.kernel.PageResult;

/**
 * Households. Coordinators and volunteers manage them; a household sees and edits only itself
 * ({@code /api/households/me}).
 */
@Path("/api/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Foyers")
class HouseholdResource {

    @Inject
    HouseholdService households;

    @Inject
    HouseholdCsv csv;

    @Inject
    SecurityIdentity identity;

    public record HouseholdView(long id, String displayName, int peopleCount, String email, String phone,
            long groupId, String groupName, Long relayPointId, String relayPointName,
            @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Integer priceTier,
            boolean hasLogin, boolean active) {
        public static HouseholdView of(Household h) {
            return of(h, true);
        }

        /** @param withTier false for a volunteer: a tier is an income level, only coordinators and the household read it */
        public static HouseholdView of(Household h, boolean withTier) {
            return new HouseholdView(h.id, h.displayName, h.peopleCount, h.email, h.phone, h.group.id, h.group.name,
                    h.relayPoint == null ? null : h.relayPoint.id, h.relayPoint == null ? null : h.relayPoint.name,
                    withTier ? Integer.valueOf(h.priceTier) : null, h.userAccount != null, h.active);
        }
    }

    public record MembershipView(int year, MembershipKind kind, long amountCents, boolean paid, LocalDate paidOn) {
        static MembershipView of(Membership m) {
            return new MembershipView(m.year, m.kind, m.amountCents, m.paid, m.paidOn);
        }
    }

    public record SelfRegistration(HouseholdCommand household, String login, String password) {
    }

    public record ImportResult(int imported) {
    }

    @GET
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Chercher des foyers (nom, numéro, e-mail, téléphone), page à partir de 1")
    public PageResult<HouseholdView> search(@QueryParam("q") String query, @QueryParam("groupId") Long groupId,
            @QueryParam("relayPointId") Long relayPointId, @QueryParam("tier") Integer tier,
            @QueryParam("inactive") boolean includeInactive, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return households.search(query, groupId, relayPointId, staffTier() ? tier : null, includeInactive,
                PageResult.page(page), PageResult.size(size)).map(this::staffView);
    }

    @POST
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Inscrire un foyer (sans compte de connexion)")
    public Response register(HouseholdCommand command) {
        Household household = households.register(command, null);
        return Response.created(URI.create("/api/households/" + household.id))
                .entity(staffView(households.household(household.id))).build();
    }

    @POST
    @Path("registrations")
    @PermitAll
    @Operation(summary = "Un foyer s'inscrit lui-même et crée son compte")
    public Response selfRegister(SelfRegistration registration) {
        if (registration == null || registration.household() == null) {
            throw new org.paniercommun.kernel.InvalidInputException("household",
                    HouseholdService.messages().error_household_missing());
        }
        Household household = households.registerWithAccount(registration.household(), registration.login(),
                registration.password());
        return Response.created(URI.create("/api/households/me"))
                .entity(staffView(households.household(household.id))).build();
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.HOUSEHOLD)
    @Operation(summary = "Mon foyer")
    public HouseholdView me() {
        return HouseholdView.of(own());
    }

    @PUT
    @Path("me")
    @RolesAllowed(Role.HOUSEHOLD)
    @Operation(summary = "Modifier mon foyer")
    public HouseholdView updateMe(HouseholdCommand command) {
        return HouseholdView.of(households.update(own().id, command));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.HOUSEHOLD })
    @Operation(summary = "Un foyer (un foyer ne voit que lui-même)")
    public HouseholdView get(@PathParam("id") long id) {
        Household household = households.household(id);
        requireStaffOrSelf(household);
        if (household.erased()) {
            throw new NotFoundException(HouseholdService.messages().error_household_not_found());
        }
        return staffView(household);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Modifier un foyer")
    public HouseholdView update(@PathParam("id") long id, HouseholdCommand command) {
        if (!staffTier() && command != null) {
            // A volunteer cannot see the tier, so it keeps the household's.
            command = command.withPriceTier((int) households.household(id).priceTier);
        }
        return staffView(households.update(id, command));
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Désactiver un foyer")
    public HouseholdView deactivate(@PathParam("id") long id) {
        return staffView(households.setActive(id, false));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Réactiver un foyer")
    public HouseholdView activate(@PathParam("id") long id) {
        return staffView(households.setActive(id, true));
    }

    @GET
    @Path("{id}/memberships")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.HOUSEHOLD })
    @Operation(summary = "Adhésions d'un foyer")
    public List<MembershipView> memberships(@PathParam("id") long id) {
        requireStaffOrSelf(households.household(id));
        return households.memberships(id).stream().map(MembershipView::of).toList();
    }

    @PUT
    @Path("{id}/memberships")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Enregistrer l'adhésion d'une année (quartier 1 €, solidaire à partir de 20 €)")
    public MembershipView setMembership(@PathParam("id") long id, MembershipCommand command) {
        return MembershipView.of(households.setMembership(id, command));
    }

    @GET
    @Path("{id}/personal-data")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Exporter toutes les données d'un foyer (action tracée)")
    public Response exportPersonalData(@PathParam("id") long id) {
        HouseholdExport export = households.export(id);
        return Response.ok(export).header("Content-Disposition",
                "attachment; filename=\"foyer-" + id + ".json\"").build();
    }

    @GET
    @Path("me/personal-data")
    @RolesAllowed(Role.HOUSEHOLD)
    @Operation(summary = "Télécharger toutes mes données (droit d'accès), réductions de la caisse solidaire comprises")
    public Response exportOwnPersonalData() {
        HouseholdExport export = households.exportOwn(identity.getPrincipal().getName());
        return Response.ok(export).header("Content-Disposition",
                "attachment; filename=\"mes-donnees.json\"").build();
    }

    @POST
    @Path("{id}/erase")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Effacer les données personnelles d'un foyer (la comptabilité est conservée ; action tracée)")
    public HouseholdView erase(@PathParam("id") long id) {
        return HouseholdView.of(households.erase(id));
    }

    @GET
    @Path("export.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Exporter les foyers en CSV (séparateur ;)")
    public Response exportCsv() {
        return Response.ok(csv.export()).header("Content-Disposition", "attachment; filename=\"foyers.csv\"").build();
    }

    @GET
    @Path("export.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Exporter les foyers en classeur Excel (.xlsx), mêmes colonnes que le CSV")
    public Response exportXlsx() {
        return Downloads.xlsx(csv.table(), "foyers.xlsx");
    }

    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Importer des foyers en CSV : tout ou rien, avec le rapport des lignes en erreur")
    public ImportResult importCsv(InputStream body) {
        return new ImportResult(csv.importCsv(body));
    }

    private Household own() {
        return households.ofLogin(identity.getPrincipal().getName());
    }

    private void requireStaffOrSelf(Household household) {
        if (identity.hasRole(Role.COORDINATOR) || identity.hasRole(Role.VOLUNTEER)) {
            return;
        }
        if (household.userAccount == null || !household.userAccount.login.equals(identity.getPrincipal().getName())) {
            throw new ForbiddenException();
        }
    }

    private boolean staffTier() {
        return identity.hasRole(Role.COORDINATOR);
    }

    private HouseholdView staffView(Household household) {
        return HouseholdView.of(household, staffTier());
    }
}
