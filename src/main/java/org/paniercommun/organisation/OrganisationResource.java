package org.paniercommun.organisation;

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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.organisation.OrganisationService.AntennaCommand;
import org.paniercommun.organisation.OrganisationService.GroupCommand;
import org.paniercommun.organisation.OrganisationService.RelayPointCommand;
import org.paniercommun.kernel.PageResult;

/**
 * Antennas, purchasing groups and relay points. Everyone logged in may read them (households choose
 * their relay point); only coordinators change them.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
class OrganisationResource {

    @Inject
    OrganisationService organisation;

    @Inject
    SecurityIdentity identity;

    @Inject
    VolunteerGroups volunteers;

    public record AntennaView(long id, String name, String town, String contactEmail, BigDecimal tier1Percent,
            BigDecimal tier2Percent, BigDecimal tier3Percent, int priceStepCents, boolean active) {
        static AntennaView of(Antenna a) {
            return new AntennaView(a.id, a.name, a.town, a.contactEmail, a.tier1Percent, a.tier2Percent, a.tier3Percent,
                    a.priceStepCents, a.active);
        }
    }

    public record GroupView(long id, long antennaId, String antennaName, String name, String town,
            String description, boolean active) {
        static GroupView of(PurchasingGroup g) {
            return new GroupView(g.id, g.antenna.id, g.antenna.name, g.name, g.town, g.description, g.active);
        }
    }

    public record RelayPointView(long id, long groupId, String groupName, String name, String address,
            String openingHours, String contact, boolean active) {
        static RelayPointView of(RelayPoint r) {
            return new RelayPointView(r.id, r.group.id, r.group.name, r.name, r.address, r.openingHours, r.contact,
                    r.active);
        }
    }

    @GET
    @Path("antennas")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.PRODUCER, Role.HOUSEHOLD })
    @Operation(summary = "Lister les antennes")
    public List<AntennaView> antennas() {
        return organisation.antennas().stream().map(AntennaView::of).toList();
    }

    @POST
    @Path("antennas")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Créer une antenne")
    public Response createAntenna(AntennaCommand command) {
        Antenna antenna = organisation.createAntenna(command);
        return Response.created(URI.create("/api/antennas/" + antenna.id)).entity(AntennaView.of(antenna)).build();
    }

    @PUT
    @Path("antennas/{id}")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Modifier une antenne")
    public AntennaView updateAntenna(@PathParam("id") long id, AntennaCommand command) {
        return AntennaView.of(organisation.updateAntenna(id, command));
    }

    @POST
    @Path("antennas/{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Désactiver une antenne")
    public AntennaView deactivateAntenna(@PathParam("id") long id) {
        return AntennaView.of(organisation.setAntennaActive(id, false));
    }

    @POST
    @Path("antennas/{id}/activate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Réactiver une antenne")
    public AntennaView activateAntenna(@PathParam("id") long id) {
        return AntennaView.of(organisation.setAntennaActive(id, true));
    }

    @PUT
    @Path("antennas/{id}/pricing")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Régler les trois tarifs (coefficients sur le prix coûtant) et l'arrondi des prix ; "
            + "les tournées déjà ouvertes gardent leurs prix")
    public AntennaView setPricing(@PathParam("id") long id, OrganisationService.PricingCommand command) {
        return AntennaView.of(organisation.setPricing(id, command));
    }

    @GET
    @Path("volunteers/{accountId}/groups")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Les groupements dont s'occupe un bénévole")
    public java.util.Set<Long> volunteerGroups(@PathParam("accountId") long accountId) {
        return volunteers.groupsOf(accountId);
    }

    @PUT
    @Path("volunteers/{accountId}/groups")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Choisir les groupements dont s'occupe un bénévole (il ne saisit et ne voit que leurs commandes)")
    public java.util.Set<Long> assignVolunteerGroups(@PathParam("accountId") long accountId, List<Long> groupIds) {
        return volunteers.assign(accountId, groupIds == null ? List.of() : groupIds);
    }

    @GET
    @Path("groups")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.PRODUCER, Role.HOUSEHOLD })
    @Operation(summary = "Lister les groupements d'achat (actifs seulement, sauf pour la coordination)")
    public List<GroupView> groups(@QueryParam("all") boolean all) {
        boolean activeOnly = !(all && identity.hasRole(Role.COORDINATOR));
        return organisation.groups(activeOnly).stream().map(GroupView::of).toList();
    }

    @GET
    @Path("groups/{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.PRODUCER, Role.HOUSEHOLD })
    @Operation(summary = "Un groupement d'achat")
    public GroupView group(@PathParam("id") long id) {
        return GroupView.of(organisation.group(id));
    }

    @POST
    @Path("groups")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Créer un groupement d'achat")
    public Response createGroup(GroupCommand command) {
        PurchasingGroup group = organisation.createGroup(command);
        return Response.created(URI.create("/api/groups/" + group.id)).entity(GroupView.of(group)).build();
    }

    @PUT
    @Path("groups/{id}")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Modifier un groupement d'achat")
    public GroupView updateGroup(@PathParam("id") long id, GroupCommand command) {
        return GroupView.of(organisation.updateGroup(id, command));
    }

    @POST
    @Path("groups/{id}/deactivate")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Désactiver un groupement d'achat")
    public GroupView deactivateGroup(@PathParam("id") long id) {
        return GroupView.of(organisation.setGroupActive(id, false));
    }

    @POST
    @Path("groups/{id}/activate")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Réactiver un groupement d'achat")
    public GroupView activateGroup(@PathParam("id") long id) {
        return GroupView.of(organisation.setGroupActive(id, true));
    }

    @GET
    @Path("relay-points")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.PRODUCER, Role.HOUSEHOLD })
    @Operation(summary = "Chercher des points relais (pagination : page à partir de 1)")
    public PageResult<RelayPointView> relayPoints(@QueryParam("q") String query, @QueryParam("groupId") Long groupId,
            @QueryParam("all") boolean all, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        boolean activeOnly = !(all && identity.hasRole(Role.COORDINATOR));
        return organisation.searchRelayPoints(query, groupId, activeOnly, PageResult.page(page), PageResult.size(size))
                .map(RelayPointView::of);
    }

    @GET
    @Path("relay-points/{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.PRODUCER, Role.HOUSEHOLD })
    @Operation(summary = "Un point relais")
    public RelayPointView relayPoint(@PathParam("id") long id) {
        return RelayPointView.of(organisation.relayPoint(id));
    }

    @POST
    @Path("relay-points")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Créer un point relais")
    public Response createRelayPoint(RelayPointCommand command) {
        RelayPoint point = organisation.createRelayPoint(command);
        return Response.created(URI.create("/api/relay-points/" + point.id)).entity(RelayPointView.of(point)).build();
    }

    @PUT
    @Path("relay-points/{id}")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Modifier un point relais")
    public RelayPointView updateRelayPoint(@PathParam("id") long id, RelayPointCommand command) {
        return RelayPointView.of(organisation.updateRelayPoint(id, command));
    }

    @POST
    @Path("relay-points/{id}/deactivate")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Désactiver un point relais")
    public RelayPointView deactivateRelayPoint(@PathParam("id") long id) {
        return RelayPointView.of(organisation.setRelayPointActive(id, false));
    }

    @POST
    @Path("relay-points/{id}/activate")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Réactiver un point relais")
    public RelayPointView activateRelayPoint(@PathParam("id") long id) {
        return RelayPointView.of(organisation.setRelayPointActive(id, true));
    }
}
