package org.paniercommun.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Coordinators create the accounts of volunteers, producers and households. */
@Path("/api/accounts")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comptes")
public class AccountResource {

    @Inject
    AccountService accounts;

    public record NewAccount(
            @NotBlank(message = "{panier.account.login.required}") @Size(max = 254) String login,
            @NotBlank(message = "{panier.account.password.required}")
            @Size(min = 8, max = 200, message = "{panier.account.password.size}") String password,
            @Size(max = 120) String displayName,
            @NotEmpty(message = "{panier.account.roles.required}") List<String> roles) {
    }

    public record AccountView(long id, String login, String displayName, List<String> roles, boolean active) {
        static AccountView of(UserAccount account) {
            return new AccountView(account.id, account.login, account.displayName, account.roleList(), account.active);
        }
    }

    @GET
    @Operation(summary = "Lister les comptes")
    public List<AccountView> list() {
        return UserAccount.<UserAccount>listAll(io.quarkus.panache.common.Sort.by("login")).stream()
                .map(AccountView::of).toList();
    }

    @POST
    @Operation(summary = "Créer un compte (bénévole, producteur, foyer, référent social ou coordinateur)")
    public Response create(@Valid @jakarta.validation.constraints.NotNull(message = "{panier.body.required}")
            NewAccount request) {
        UserAccount account = accounts.create(request.login(), request.password(), request.displayName(),
                request.roles());
        return Response.created(URI.create("/api/accounts/" + account.id)).entity(AccountView.of(account)).build();
    }
}
