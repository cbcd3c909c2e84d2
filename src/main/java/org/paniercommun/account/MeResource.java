package org.paniercommun.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comptes")
class MeResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    PasswordChanges passwords;

    public record MeView(String login, List<String> roles) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    @Operation(summary = "Le compte connecté et ses rôles")
    public MeView me() {
        return new MeView(identity.getPrincipal().getName(), List.copyOf(new TreeSet<>(identity.getRoles())));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changer son propre mot de passe (le mot de passe actuel est demandé)",
            description = "Au moins 12 caractères pour l'équipe, 8 pour un foyer, pas un mot de passe courant, au plus "
                    + "72 octets. Toutes les sessions du compte sont fermées ; HTTP Basic prend le nouveau mot de passe. "
                    + "Un mot de passe actuel faux compte comme une connexion échouée (429 après trop d'échecs).")
    public Response changePassword(@NotNull(message = "{panier.body.required}") PasswordChange request) {
        passwords.change(identity.getPrincipal().getName(), request.currentPassword(), request.newPassword(), null);
        return Response.noContent().build();
    }
}
