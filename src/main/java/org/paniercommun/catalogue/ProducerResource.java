package org.paniercommun.catalogue;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.kernel.PageResult;

/** Producers of the catalogue. Coordinators manage them; a producer reads its own record. */
@Path("/api/producers")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue : producteurs")
class ProducerResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityIdentity identity;

    public record AccountLink(String login) {
    }

    @GET
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Chercher les producteurs (par nom, commune ou contact), page par page")
    public PageResult<ProducerView> list(@QueryParam("q") String q, @QueryParam("antennaId") Long antennaId,
            @QueryParam("active") Boolean active, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return catalogue.searchProducers(q, antennaId, active, PageResult.page(page), PageResult.size(size));
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.PRODUCER)
    @Operation(summary = "Le producteur lié au compte connecté")
    public ProducerView me() {
        return catalogue.producerOf(identity.getPrincipal().getName())
                .orElseThrow(() -> new NotFoundException(CatalogueService.messages().error_no_producer_for_account()));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.PRODUCER })
    @Operation(summary = "Lire un producteur (un producteur ne lit que sa propre fiche ; un bénévole, ceux de son antenne)")
    public ProducerView get(@PathParam("id") long id) {
        return catalogue.producer(id); // access/ScopeFilter: the producer's own record, or its antenna's staff
    }

    @POST
    @Operation(summary = "Créer un producteur")
    public Response create(ProducerCommand command) {
        ProducerView created = catalogue.createProducer(command);
        return Response.created(URI.create("/api/producers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Modifier un producteur (version = celle lue, pour détecter les modifications concurrentes)")
    public ProducerView update(@PathParam("id") long id, ProducerCommand command) {
        return catalogue.updateProducer(id, command);
    }

    @POST
    @Path("{id: \\d+}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Désactiver un producteur : ses produits ne sont plus proposés")
    public ProducerView deactivate(@PathParam("id") long id) {
        return catalogue.setProducerActive(id, false);
    }

    @POST
    @Path("{id: \\d+}/activate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Réactiver un producteur")
    public ProducerView activate(@PathParam("id") long id) {
        return catalogue.setProducerActive(id, true);
    }

    @PUT
    @Path("{id: \\d+}/account")
    @Operation(summary = "Lier le compte (rôle PRODUCER) du producteur")
    public ProducerView linkAccount(@PathParam("id") long id, AccountLink link) {
        return catalogue.linkAccount(id, link == null ? null : link.login());
    }

    @DELETE
    @Path("{id: \\d+}/account")
    @Operation(summary = "Retirer le lien avec le compte du producteur")
    public ProducerView unlinkAccount(@PathParam("id") long id) {
        return catalogue.linkAccount(id, null);
    }
}
