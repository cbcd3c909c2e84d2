package org.paniercommun.accountadmin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.accountadmin.AccessService.ChangeCommand;
import org.paniercommun.accountadmin.AccessService.Details;
import org.paniercommun.accountadmin.AccessService.Scope;
import org.paniercommun.accountadmin.AccessService.StaffCommand;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.account.Role;
import org.paniercommun.account.UserAccount;

/**
 * Coordinators manage the accounts of their antennas (a network coordinator: all of them); an account outside the
 * coordinator's antennas answers 404. See {@link AccessService}.
 */
@Path("/api/accounts")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comptes")
class AccountResource {

    @Inject
    AccessService access;

    @Inject
    SecurityIdentity identity;

    /**
     * A new account. With {@code invite: true} and no password, an invitation is e-mailed to the login (an e-mail
     * address): its owner chooses the password within 7 days. {@code groupIds} for a volunteer, {@code producerId}
     * for a producer, {@code structure} for a referrer, {@code antennaIds} (or {@code allAntennas}, network
     * coordinators only) for a coordinator or a referrer.
     */
    public record NewAccount(
            @NotBlank(message = "{panier.account.login.required}") @Size(max = 254) String login,
            @Size(min = 8, max = 200, message = "{panier.account.password.size}") String password,
            @Size(max = 120) String displayName,
            @NotEmpty(message = "{panier.account.roles.required}") List<String> roles,
            List<Long> groupIds, Long producerId, List<Long> antennaIds, Boolean allAntennas,
            @Size(max = 160) String structure, Boolean invite) {
    }

    /** A change: a field left out stays as it is ({@code producerId: 0} unlinks the producer). */
    public record AccountChange(@Size(max = 120) String displayName, List<String> roles, List<Long> groupIds,
            Long producerId, List<Long> antennaIds, Boolean allAntennas, @Size(max = 160) String structure) {
    }

    public record AccountView(long id, String login, String displayName, List<String> roles, boolean active,
            String status, Set<Long> groupIds, Set<Long> antennaIds, boolean allAntennas, Long producerId,
            String structure, Long householdId) {
        static AccountView of(Details d) {
            UserAccount a = d.account();
            return new AccountView(a.id, a.login, a.displayName, a.roleList(), a.active, d.status().name(),
                    d.groupIds(), d.antennaIds(), a.allAntennas, d.producerId(), a.structure, d.householdId());
        }
    }

    @GET
    @Operation(summary = "Lister les comptes de ses antennes (par rôle, recherche dans le nom et l'identifiant), "
            + "par pages de size (200 au plus, par défaut) ; l'en-tête X-Total-Count donne leur nombre")
    public Response list(@QueryParam("role") String role, @QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Scope scope = access.scopeOf(identity);
        PageResult<UserAccount> found = access.search(scope, role, q, PageResult.page(page),
                size == null ? PageResult.MAX_SIZE : PageResult.size(size));
        List<AccountView> views = found.items().stream().map(a -> AccountView.of(access.details(scope, a.id))).toList();
        return Response.ok(views).header("X-Total-Count", found.total()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un compte, avec ses groupements, antennes et producteur")
    public AccountView get(@PathParam("id") long id) {
        return AccountView.of(access.details(access.scopeOf(identity), id));
    }

    @POST
    @Operation(summary = "Créer un compte (bénévole, producteur, foyer, référent social ou coordinateur), avec mot de passe ou invitation")
    public Response create(@Valid @NotNull(message = "{panier.body.required}") NewAccount request) {
        Scope scope = access.scopeOf(identity);
        UserAccount account = access.create(scope, new StaffCommand(request.login(), request.displayName(),
                request.roles(), request.groupIds(), request.producerId(), request.antennaIds(), request.allAntennas(),
                request.structure(), request.password(), Boolean.TRUE.equals(request.invite())));
        return Response.created(URI.create("/api/accounts/" + account.id))
                .entity(AccountView.of(access.details(scope, account.id))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changer les rôles, groupements, antennes, producteur ou structure d'un compte")
    public AccountView change(@PathParam("id") long id,
            @Valid @NotNull(message = "{panier.body.required}") AccountChange request) {
        Scope scope = access.scopeOf(identity);
        access.change(scope, id, new ChangeCommand(request.displayName(), request.roles(), request.groupIds(),
                request.producerId(), request.antennaIds(), request.allAntennas(), request.structure()));
        return AccountView.of(access.details(scope, id));
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Désactiver un compte : il ne se connecte plus, ses sessions prennent fin, son historique reste")
    public AccountView deactivate(@PathParam("id") long id) {
        Scope scope = access.scopeOf(identity);
        access.deactivate(scope, id);
        return AccountView.of(access.details(scope, id));
    }

    @POST
    @Path("{id}/invitation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Renvoyer l'invitation d'un compte qui n'a pas encore choisi son mot de passe")
    public AccountView resendInvitation(@PathParam("id") long id) {
        Scope scope = access.scopeOf(identity);
        access.resendInvitation(scope, id);
        return AccountView.of(access.details(scope, id));
    }
}
