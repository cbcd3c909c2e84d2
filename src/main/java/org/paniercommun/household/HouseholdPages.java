package org.paniercommun.household;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paniercommun.account.Role;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.household.HouseholdService.MembershipCommand;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.RelayPoint;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.web.QueryString;
import org.paniercommun.kernel.Texts;
import org.paniercommun.kernel.Validation;

/**
 * Household pages: the list and file of each household (coordinators, volunteers), quick registration at
 * a relay point, self-registration, and a household's own profile.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HouseholdPages {

    @Inject
    HouseholdService households;

    @Inject
    OrganisationService organisation;

    @Inject
    SecurityIdentity identity;

    @Inject
    Validation validation;

    /** Relay points grouped by purchasing group, for one select with optgroups. */
    public record GroupChoice(long id, String name, List<PointChoice> points) {
    }

    public record PointChoice(long id, String label) {
    }

    public record TierChoice(int number, String label, String explanation) {
    }

    public record Row(long id, String displayName, int peopleCount, String group, String relayPoint, Integer tier,
            String membership, boolean active) {
    }

    /** What a form shows: typed values by field name, errors by field name. */
    public record Form(Map<String, String> values, FormErrors errors) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean is(String field, Object expected) {
            return String.valueOf(expected).equals(values.get(field));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<Row> page, String q, Long groupId, Integer tier,
                List<GroupChoice> groups, Long registered, String params, boolean showTier);

        static native TemplateInstance edit(Long id, String title, Form form, List<GroupChoice> groups,
                List<TierChoice> tiers, String action, boolean staff, boolean coordinator, boolean active,
                List<String> memberships, String notice);

        static native TemplateInstance register(Form form, List<GroupChoice> groups, List<TierChoice> tiers);

        static native TemplateInstance erased(long id);
    }

    // ---- list ----

    @GET
    @Path("foyers")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("groupId") Long groupId,
            @QueryParam("tier") Integer tier, @QueryParam("page") Integer page, @QueryParam("inscrit") Long registered) {
        // A household's tier is an income level: coordinators set it, volunteers neither see nor sort by it.
        Integer byTier = seesTier() ? tier : null;
        PageResult<Household> found = households.search(q, groupId, null, byTier, true, PageResult.page(page),
                PageResult.DEFAULT_SIZE);
        Map<Long, Membership> thisYear = membershipsThisYear(found.items());
        return Templates.list(found.map(h -> row(h, thisYear.get(h.id))), q, groupId, byTier, groupChoices(),
                registered, QueryString.of("q", q, "groupId", groupId, "tier", byTier), seesTier());
    }

    // ---- quick registration by staff ----

    @GET
    @Path("foyers/nouveau")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    public TemplateInstance newHousehold() {
        Map<String, String> defaults = new HashMap<>(Map.of("peopleCount", "1", "membershipKind", "QUARTIER"));
        return edit(null, messages().edit_title_new(), new Form(defaults, FormErrors.none()), true);
    }

    @POST
    @Path("foyers/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    public Object createHousehold(MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        HouseholdCommand command = command(reader);
        MembershipCommand membership = membership(reader);
        return submit(reader, command, () -> {
            Household household = households.register(command, membership);
            return Response.seeOther(URI.create("/foyers?inscrit=" + household.id)).build();
        }, errors -> edit(null, messages().edit_title_new(), new Form(reader.typed(), errors), true));
    }

    // ---- a household's file ----

    @GET
    @Path("foyers/{id}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("enregistre") String saved,
            @QueryParam("confirmer") String confirm) {
        Household household = households.household(id);
        if (household.erased()) {
            return Templates.erased(id);
        }
        String notice = saved != null ? messages().common_saved()
                : confirm != null ? messages().edit_confirm_erase() : null;
        return edit(household.id, household.displayName, new Form(values(household, seesTier()), FormErrors.none()), true)
                .data("notice", notice);
    }

    @POST
    @Path("foyers/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER })
    public Object update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        HouseholdCommand command = command(reader);
        if (!seesTier()) {
            // A volunteer's form has no tier: the household keeps the one its coordinator set.
            command = command.withPriceTier((int) households.household(id).priceTier);
        }
        MembershipCommand membership = membership(reader);
        HouseholdCommand checked = command;
        return submit(reader, command, () -> {
            households.update(id, checked);
            if (membership != null) {
                households.setMembership(id, membership);
            }
            return Response.seeOther(URI.create("/foyers/" + id + "?enregistre=1")).build();
        }, errors -> edit(id, households.household(id).displayName, new Form(reader.typed(), errors), true));
    }

    @POST
    @Path("foyers/{id}/desactiver")
    @RolesAllowed(Role.COORDINATOR)
    public Response deactivate(@PathParam("id") long id) {
        households.setActive(id, false);
        return Response.seeOther(URI.create("/foyers/" + id)).build();
    }

    @POST
    @Path("foyers/{id}/reactiver")
    @RolesAllowed(Role.COORDINATOR)
    public Response activate(@PathParam("id") long id) {
        households.setActive(id, true);
        return Response.seeOther(URI.create("/foyers/" + id)).build();
    }

    @POST
    @Path("foyers/{id}/effacer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.COORDINATOR)
    public Response erase(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        if (!new FormReader(form).checked("confirm")) {
            return Response.seeOther(URI.create("/foyers/" + id + "?confirmer=1")).build();
        }
        households.erase(id);
        return Response.seeOther(URI.create("/foyers/" + id)).build();
    }

    // ---- self-registration and own profile ----

    @GET
    @Path("inscription")
    @PermitAll
    public TemplateInstance registration() {
        return Templates.register(new Form(new HashMap<>(Map.of("peopleCount", "1")), FormErrors.none()),
                groupChoices(), tierChoices());
    }

    @POST
    @Path("inscription")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Object register(MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        HouseholdCommand command = command(reader);
        Map<String, String> typed = reader.typed();
        typed.remove("password");
        return submit(reader, command, () -> {
            households.registerWithAccount(command, reader.text("login"), form.getFirst("password"));
            return Response.seeOther(URI.create("/login?inscrit=1")).build();
        }, errors -> Templates.register(new Form(typed, errors), groupChoices(), tierChoices()));
    }

    @GET
    @Path("mon-foyer")
    @RolesAllowed(Role.HOUSEHOLD)
    public TemplateInstance myHousehold(@QueryParam("enregistre") String saved) {
        Household household = own();
        return edit(household.id, messages().edit_title_mine(), new Form(values(household, true), FormErrors.none()), false)
                .data("notice", saved != null ? messages().common_saved() : null);
    }

    @POST
    @Path("mon-foyer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HOUSEHOLD)
    public Object updateMyHousehold(MultivaluedMap<String, String> form) {
        Household household = own();
        FormReader reader = new FormReader(form);
        HouseholdCommand command = command(reader);
        return submit(reader, command, () -> {
            households.update(household.id, command);
            return Response.seeOther(URI.create("/mon-foyer?enregistre=1")).build();
        }, errors -> edit(household.id, messages().edit_title_mine(), new Form(reader.typed(), errors), false));
    }

    // ---- helpers ----

    private Household own() {
        return households.ofLogin(identity.getPrincipal().getName());
    }

    private TemplateInstance edit(Long id, String title, Form form, boolean staff) {
        boolean active = true;
        List<String> memberships = List.of();
        if (id != null) {
            Household household = households.household(id);
            active = household.active;
            memberships = households.memberships(id).stream().map(this::describe).toList();
        }
        String action = !staff ? "/mon-foyer" : id == null ? "/foyers/nouveau" : "/foyers/" + id;
        // Volunteers choose a tier when they register a household (from its papers), never read it back.
        List<TierChoice> tiers = staff && id != null && !seesTier() ? List.of() : tierChoices();
        return Templates.edit(id, title, form, groupChoices(), tiers, action, staff,
                identity.hasRole(Role.COORDINATOR), active, memberships, null);
    }

    /** The form has one relay point select; the group follows from the chosen point. */
    private HouseholdCommand command(FormReader reader) {
        Long relayPointId = reader.id("relayPointId");
        Long groupId = null;
        if (relayPointId != null) {
            try {
                groupId = organisation.relayPoint(relayPointId).group.id;
            } catch (NotFoundException e) {
                reader.errors().add(new InvalidInputException.FieldError("relayPointId", messages().fields_unknown_relay_point()));
            }
        } else {
            reader.errors().add(new InvalidInputException.FieldError("relayPointId", messages().fields_choose_relay_point()));
        }
        return new HouseholdCommand(reader.text("displayName"), reader.integer("peopleCount"), reader.text("email"),
                reader.text("phone"), groupId, relayPointId, reader.integer("priceTier"));
    }

    private MembershipCommand membership(FormReader reader) {
        String kind = reader.text("membershipKind");
        if (kind == null || "NONE".equals(kind)) {
            return null;
        }
        MembershipKind membershipKind;
        try {
            membershipKind = MembershipKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            reader.errors().add(new InvalidInputException.FieldError("membershipKind", messages().edit_unknown_membership_kind()));
            return null;
        }
        Long amount = reader.cents("amountCents");
        return new MembershipCommand(Year.now().getValue(), membershipKind, amount, reader.checked("membershipPaid"));
    }

    /** Parse errors and rule errors are shown together; a field's parse error comes first. */
    private Response submit(FormReader reader, Object command, Supplier<Response> action,
            Function<FormErrors, TemplateInstance> page) {
        return FormRoundTrip.submit(reader.errors(), () -> validation.errors(command), "displayName", action, page);
    }

    private boolean seesTier() {
        return identity.hasRole(Role.COORDINATOR);
    }

    private static Map<String, String> values(Household h, boolean withTier) {
        Map<String, String> values = new HashMap<>();
        values.put("displayName", h.displayName);
        values.put("peopleCount", String.valueOf(h.peopleCount));
        values.put("email", h.email == null ? "" : h.email);
        values.put("phone", h.phone == null ? "" : h.phone);
        values.put("relayPointId", h.relayPoint == null ? "" : String.valueOf(h.relayPoint.id));
        if (withTier) {
            values.put("priceTier", String.valueOf(h.priceTier));
        }
        values.put("membershipKind", "NONE");
        return values;
    }

    private static Map<Long, Membership> membershipsThisYear(List<Household> list) {
        Map<Long, Membership> byHousehold = new HashMap<>();
        if (!list.isEmpty()) {
            Membership.<Membership>list("household.id in ?1 and year = ?2",
                    list.stream().map(h -> h.id).toList(), Year.now().getValue())
                    .forEach(m -> byHousehold.put(m.household.id, m));
        }
        return byHousehold;
    }

    private Row row(Household h, Membership membership) {
        String membershipText = membership == null ? messages().common_none()
                : messages().membership_kind(membership.kind) + " "
                        + (membership.paid ? messages().list_membership_paid() : messages().list_membership_to_pay());
        return new Row(h.id, h.displayName, h.peopleCount, h.group.name,
                h.relayPoint == null ? messages().common_none() : h.relayPoint.name,
                seesTier() ? Integer.valueOf(h.priceTier) : null, membershipText, h.active);
    }

    private String describe(Membership m) {
        return messages().edit_membership(m.year, messages().membership_kind(m.kind), Money.format(m.amountCents))
                + (!m.paid ? messages().edit_membership_to_pay()
                        : m.paidOn == null ? messages().edit_membership_paid_short()
                        : messages().edit_membership_paid_on(org.paniercommun.kernel.Dates.day(m.paidOn)));
    }

    private List<GroupChoice> groupChoices() {
        Map<Long, List<PointChoice>> pointsByGroup = new HashMap<>();
        for (RelayPoint point : organisation.relayPoints(true)) {
            pointsByGroup.computeIfAbsent(point.group.id, k -> new ArrayList<>())
                    .add(new PointChoice(point.id, point.name + " — " + point.address));
        }
        List<GroupChoice> choices = new ArrayList<>();
        for (PurchasingGroup group : organisation.groups(true)) {
            choices.add(new GroupChoice(group.id, group.name, pointsByGroup.getOrDefault(group.id, List.of())));
        }
        return choices;
    }

    static List<TierChoice> tierChoices() {
        return java.util.Arrays.stream(PriceTier.values())
                .map(t -> new TierChoice(t.number, messages().tier_label(t), messages().tier_explanation(t))).toList();
    }

    /** The feature's texts in the request's language. */
    private static HouseholdMessages messages() {
        return Texts.of(HouseholdMessages.class);
    }
}
