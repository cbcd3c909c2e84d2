package org.paniercommun.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comptes")
public class MeResource {

    @Inject
    SecurityIdentity identity;

    public record MeView(String login, List<String> roles) {
    }

    @GET
    @Operation(summary = "Le compte connecté et ses rôles")
    public MeView me() {
        return new MeView(identity.getPrincipal().getName(), List.copyOf(new TreeSet<>(identity.getRoles())));
    }
}
