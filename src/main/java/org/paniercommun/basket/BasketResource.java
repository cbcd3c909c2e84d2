package org.paniercommun.basket;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paniercommun.account.Role;
import org.paniercommun.basket.BasketSetupService.FunderView;
import org.paniercommun.basket.BasketSetupService.OfferView;
import org.paniercommun.basket.BasketSetupService.SchemeView;
import org.paniercommun.basket.BasketStatements.FunderStatement;
import org.paniercommun.basket.BasketStatements.ProducerMonth;
import org.paniercommun.basket.DeliveryService.DeliveryView;
import org.paniercommun.basket.DeliveryService.MyDelivery;
import org.paniercommun.basket.DeliveryService.PickupList;
import org.paniercommun.basket.DeliveryService.PickupRow;
import org.paniercommun.basket.DeliveryService.Plan;
import org.paniercommun.basket.SubscriptionService.ReferralView;
import org.paniercommun.basket.SubscriptionService.SubscriptionView;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.organisation.VolunteerGroups;

/**
 * Solidarity baskets (P.A.N.I.E.R.S.). Coordinators set up offers, funders, schemes and the calendar; social
 * referrers refer households and see only those; producers see their own counts; households their own baskets.
 */
@Path("/api/baskets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Paniers solidaires")
@RolesAllowed(Role.COORDINATOR)
class BasketResource {

    @Inject
    BasketSetupService setup;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryService deliveries;

    @Inject
    BasketStatements statements;

    @Inject
    CatalogueService catalogue;

    @Inject
    HouseholdService households;

    @Inject
    VolunteerGroups volunteers;

    @Inject
    SecurityIdentity identity;

    public record MissedRuleCommand(MissedRule missedRule) {
    }

    public record BudgetCommand(Long monthlyBudgetCents) {
    }

    public record MyBaskets(List<SubscriptionView> subscriptions, List<MyDelivery> deliveries) {
    }

    // ---- offers, funders, schemes ----

    @GET
    @Path("offers")
    @Operation(summary = "Offres de panier (taille, valeur, producteur, fréquence, structures relais, jour et heure de retrait)")
    public List<OfferView> offers() {
        return setup.offers();
    }

    @POST
    @Path("offers")
    @Operation(summary = "Créer une offre de panier (valeur en centimes, fréquence WEEKLY ou BIWEEKLY, jour MONDAY…SUNDAY)")
    public Response createOffer(BasketSetupService.OfferCommand command) {
        OfferView offer = setup.createOffer(command);
        return Response.created(URI.create("/api/baskets/offers/" + offer.id())).entity(offer).build();
    }

    @GET
    @Path("offers/{id}")
    @Operation(summary = "Une offre de panier, avec ses fermetures")
    public OfferView offer(@PathParam("id") long id) {
        return setup.offer(id);
    }

    @PUT
    @Path("offers/{id}")
    @Operation(summary = "Modifier une offre de panier",
            description = "Envoyez tous les champs modifiables et la version lue avec l'offre (verrou optimiste) : "
                    + "409 si quelqu'un l'a modifiée entre-temps. Une nouvelle valeur (valueCents) s'applique aux "
                    + "paniers planifiés ensuite ; les paniers déjà planifiés gardent leur valeur et leurs parts, les "
                    + "relevés ne changent pas. Un nouveau producteur prend les livraisons à venir pas encore annoncées. "
                    + "Changer frequency ou pickupDay est refusé (409) tant qu'un abonnement est en cours ou à venir. "
                    + "Les structures relais, les fermetures et l'état (retrait) ont leurs propres routes.")
    @APIResponse(responseCode = "200", description = "L'offre modifiée")
    @APIResponse(responseCode = "400", description = "Champ manquant ou invalide (application/problem+json, par champ)")
    @APIResponse(responseCode = "409", description = "Version périmée, ou rythme d'une offre qui a des abonnements en cours "
            + "(application/problem+json)")
    public OfferView updateOffer(@PathParam("id") long id, BasketSetupService.OfferUpdate command) {
        return setup.updateOffer(id, command).offer();
    }

    @POST
    @Path("offers/{id}/withdrawal")
    @Operation(summary = "Retirer une offre : plus aucun nouvel abonnement, les abonnements en cours continuent",
            description = "409 si l'offre est déjà retirée. DELETE sur la même route la remet en service.")
    @APIResponse(responseCode = "200", description = "L'offre retirée (active = false)")
    @APIResponse(responseCode = "409", description = "Offre déjà retirée (application/problem+json)")
    public OfferView withdraw(@PathParam("id") long id) {
        return setup.withdraw(id);
    }

    @DELETE
    @Path("offers/{id}/withdrawal")
    @Operation(summary = "Remettre en service une offre retirée : elle prend de nouveau des abonnements")
    @APIResponse(responseCode = "200", description = "L'offre remise en service (active = true)")
    @APIResponse(responseCode = "409", description = "Offre qui n'est pas retirée (application/problem+json)")
    public OfferView reinstate(@PathParam("id") long id) {
        return setup.reinstate(id);
    }

    @POST
    @Path("offers/{id}/closures")
    @Operation(summary = "Fermeture (vacances, jour férié) : aucun panier ce jour-là")
    public OfferView addClosure(@PathParam("id") long id, BasketSetupService.ClosureCommand command) {
        return setup.addClosure(id, command);
    }

    @PUT
    @Path("offers/{id}/missed-rule")
    @Operation(summary = "Ce que deviennent les paniers non retirés (HELD, GIVEN_TO_OTHER, DONATED)")
    public OfferView setMissedRule(@PathParam("id") long id, MissedRuleCommand command) {
        return setup.setMissedRule(id, command == null ? null : command.missedRule());
    }

    @GET
    @Path("funders")
    @Operation(summary = "Financeurs et leur enveloppe mensuelle")
    public List<FunderView> funders() {
        return setup.funders();
    }

    @POST
    @Path("funders")
    @Operation(summary = "Créer un financeur (enveloppe mensuelle en centimes, facultative)")
    public Response createFunder(BasketSetupService.FunderCommand command) {
        FunderView funder = setup.createFunder(command);
        return Response.created(URI.create("/api/baskets/funders/" + funder.id())).entity(funder).build();
    }

    @PUT
    @Path("funders/{id}/budget")
    @Operation(summary = "Changer l'enveloppe mensuelle d'un financeur (null : pas d'enveloppe)")
    public FunderView setBudget(@PathParam("id") long id, BudgetCommand command) {
        return setup.setBudget(id, command == null ? null : command.monthlyBudgetCents());
    }

    @GET
    @Path("schemes")
    @Operation(summary = "Formules de financement (parts en pourcentage, foyer compris)")
    public List<SchemeView> schemes() {
        return setup.schemes();
    }

    @POST
    @Path("schemes")
    @Operation(summary = "Créer une formule : parts entières totalisant 100 % ; funderId absent = part du foyer ; "
            + "le centime restant va au plus fort reste, à égalité au premier listé")
    public Response createScheme(BasketSetupService.SchemeCommand command) {
        SchemeView scheme = setup.createScheme(command);
        return Response.created(URI.create("/api/baskets/schemes/" + scheme.id())).entity(scheme).build();
    }

    // ---- referrals and subscriptions ----

    @GET
    @Path("referrals")
    @RolesAllowed({ Role.COORDINATOR, Role.REFERRER })
    @Operation(summary = "Orientations : toutes pour la coordination, les siennes seulement pour un référent")
    public List<ReferralView> referrals() {
        return subscriptions.referrals(viewer());
    }

    @POST
    @Path("referrals")
    @RolesAllowed({ Role.COORDINATOR, Role.REFERRER })
    @Operation(summary = "Orienter un foyer (existant, ou inscrit en même temps) : condition d'éligibilité vérifiée "
            + "et date, sans justificatif")
    public Response refer(SubscriptionService.ReferralCommand command) {
        ReferralView referral = subscriptions.refer(command, viewer());
        return Response.created(URI.create("/api/baskets/referrals/" + referral.id())).entity(referral).build();
    }

    @GET
    @Path("referrals/{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.REFERRER })
    @Operation(summary = "Une orientation (404 pour un référent qui ne l'a pas faite)")
    public ReferralView referral(@PathParam("id") long id) {
        return subscriptions.referral(id, viewer());
    }

    @GET
    @Path("subscriptions")
    @RolesAllowed({ Role.COORDINATOR, Role.REFERRER })
    @Operation(summary = "Abonnements : tous pour la coordination, ceux de ses foyers pour un référent")
    public List<SubscriptionView> subscriptions() {
        return subscriptions.subscriptions(viewer());
    }

    @POST
    @Path("subscriptions")
    @Operation(summary = "Abonner un foyer orienté : offre, formule, structure relais, début (fin par défaut : début + 2 ans)")
    public Response subscribe(SubscriptionService.SubscriptionCommand command) {
        SubscriptionView view = subscriptions.subscribe(command, viewer());
        return Response.created(URI.create("/api/baskets/subscriptions/" + view.id())).entity(view).build();
    }

    @GET
    @Path("subscriptions/{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.REFERRER })
    @Operation(summary = "Un abonnement (404 pour un référent qui n'a pas orienté ce foyer)")
    public SubscriptionView subscription(@PathParam("id") long id) {
        return subscriptions.subscription(id, viewer());
    }

    @POST
    @Path("subscriptions/{id}/pauses")
    @RolesAllowed({ Role.COORDINATOR, Role.REFERRER })
    @Operation(summary = "Suspendre un abonnement du … au … inclus (vacances) : les paniers prévus sont retirés")
    public SubscriptionView pause(@PathParam("id") long id, SubscriptionService.PauseCommand command) {
        return subscriptions.pause(id, command, viewer());
    }

    @POST
    @Path("subscriptions/{id}/stop")
    @RolesAllowed({ Role.COORDINATOR, Role.REFERRER })
    @Operation(summary = "Arrêter un abonnement à une date (plus de panier à partir de ce jour)")
    public SubscriptionView stop(@PathParam("id") long id, SubscriptionService.StopCommand command) {
        return subscriptions.stop(id, command, viewer());
    }

    // ---- calendar and deliveries ----

    @GET
    @Path("offers/{id}/plan")
    @Operation(summary = "Aperçu de la planification : paniers par date et enveloppe restante de chaque financeur par mois")
    public Plan preview(@PathParam("id") long id, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return deliveries.preview(id, from, to);
    }

    @POST
    @Path("offers/{id}/deliveries")
    @Operation(summary = "Planifier les livraisons d'une période ; 409 si une enveloppe serait dépassée, sauf "
            + "confirmation explicite (overrideBudget: true)")
    public Plan generate(@PathParam("id") long id, DeliveryService.PlanCommand command) {
        return deliveries.generate(id, command);
    }

    @GET
    @Path("deliveries")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Livraisons d'une période (par défaut : les 4 prochaines semaines), paniers par structure relais")
    public List<DeliveryView> deliveries(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("offerId") Long offerId) {
        LocalDate start = from == null ? LocalDate.now() : from;
        return deliveries.deliveries(offerId, null, start, to == null ? start.plusWeeks(4) : to);
    }

    @GET
    @Path("deliveries/{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.PRODUCER })
    @Operation(summary = "Une livraison : paniers par structure relais, contenu et recette")
    public DeliveryView delivery(@PathParam("id") long id) {
        requireStaffOrProducerOf(id);
        return deliveries.delivery(id);
    }

    @PUT
    @Path("deliveries/{id}/content")
    @RolesAllowed({ Role.COORDINATOR, Role.PRODUCER })
    @Operation(summary = "Contenu du panier de la semaine et recette (texte), montrés aux foyers abonnés")
    public DeliveryView setContent(@PathParam("id") long id, DeliveryService.ContentCommand command) {
        requireStaffOrProducerOf(id);
        return deliveries.setContent(id, command);
    }

    @POST
    @Path("deliveries/notify")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Envoyer aux producteurs les nombres de paniers des livraisons des prochains jours (une fois par livraison)")
    public int notifyProducers(@QueryParam("daysAhead") Integer daysAhead) {
        return deliveries.notifyProducers(LocalDate.now(), daysAhead == null ? BasketNotifier.DAYS_AHEAD : daysAhead);
    }

    @GET
    @Path("deliveries/{id}/pickup/{relayPointId}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Liste de retrait d'une structure relais : foyer, taille, part à payer, état")
    public PickupList pickupList(@PathParam("id") long id, @PathParam("relayPointId") long relayPointId) {
        volunteers.requireMayActFor(identity, deliveries.groupOfRelayPoint(relayPointId));
        return deliveries.pickupList(id, relayPointId);
    }

    @PUT
    @Path("handouts/{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    @Operation(summary = "Noter un panier retiré (avec le paiement de la part du foyer) ou non retiré (avec son devenir)")
    public PickupRow record(@PathParam("id") long id, DeliveryService.PickupCommand command) {
        volunteers.requireMayActFor(identity, deliveries.groupOfHandout(id));
        return deliveries.record(id, command, login());
    }

    // ---- money ----

    @GET
    @Path("statements/funders/{id}")
    @Operation(summary = "Relevé mensuel d'un financeur (month=AAAA-MM) : sa part des paniers livrés")
    public FunderStatement funderStatement(@PathParam("id") long id, @QueryParam("month") String month) {
        return statements.funder(id, BasketStatements.month(month));
    }

    @GET
    @Path("statements/producers/{id}")
    @Operation(summary = "Total mensuel d'un producteur (month=AAAA-MM) : valeur pleine de chaque panier livré")
    public ProducerMonth producerMonth(@PathParam("id") long id, @QueryParam("month") String month) {
        return statements.producer(id, BasketStatements.month(month));
    }

    // ---- producers and households ----

    @GET
    @Path("producer/deliveries")
    @RolesAllowed(Role.PRODUCER)
    @Operation(summary = "Mes livraisons de paniers à venir : nombre par structure relais et par date")
    public List<DeliveryView> myDeliveries(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        long producerId = ownProducer();
        LocalDate start = from == null ? LocalDate.now() : from;
        return deliveries.deliveries(null, producerId, start, to == null ? start.plusWeeks(8) : to);
    }

    @GET
    @Path("producer/month")
    @RolesAllowed(Role.PRODUCER)
    @Operation(summary = "Mon total mensuel de paniers (month=AAAA-MM)")
    public ProducerMonth myMonth(@QueryParam("month") String month) {
        return statements.producer(ownProducer(), BasketStatements.month(month));
    }

    @GET
    @Path("mine")
    @RolesAllowed(Role.HOUSEHOLD)
    @Operation(summary = "Mon abonnement panier, mes prochains paniers, leur contenu et la recette")
    public MyBaskets mine() {
        var household = households.forLogin(login()).orElse(null);
        if (household == null) {
            return new MyBaskets(List.of(), List.of());
        }
        return new MyBaskets(subscriptions.ofHouseholdLogin(login()),
                deliveries.ofHousehold(household.id, LocalDate.now().minusDays(7)));
    }

    // ---- helpers ----

    private void requireStaffOrProducerOf(long deliveryId) {
        if (identity.hasRole(Role.COORDINATOR) || identity.hasRole(Role.VOLUNTEER)) {
            return;
        }
        if (deliveries.producerOf(deliveryId) != ownProducer()) {
            throw new ForbiddenException();
        }
    }

    private long ownProducer() {
        return catalogue.producerOf(login()).map(p -> p.id())
                .orElseThrow(() -> new ForbiddenException(BasketTexts.get().error_no_producer_linked()));
    }

    private SubscriptionService.Viewer viewer() {
        return new SubscriptionService.Viewer(login(), identity.hasRole(Role.COORDINATOR), identity.hasRole(Role.REFERRER));
    }

    private String login() {
        return identity.getPrincipal().getName();
    }
}
