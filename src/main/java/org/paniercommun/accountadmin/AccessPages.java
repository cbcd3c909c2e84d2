package org.paniercommun.accountadmin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paniercommun.accountadmin.AccessService.ChangeCommand;
import org.paniercommun.accountadmin.AccessService.Details;
import org.paniercommun.accountadmin.AccessService.Scope;
import org.paniercommun.accountadmin.AccessService.StaffCommand;
import org.paniercommun.accountadmin.AccessService.Status;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.web.QueryString;
import org.paniercommun.kernel.Texts;
import org.paniercommun.account.AccountMessages;
import org.paniercommun.account.Role;
import org.paniercommun.account.UserAccount;

/**
 * "Accès et comptes" ({@code /acces}; {@code /comptes} is the year's books): coordinators list the accounts of their
 * antennas by role, invite volunteers (with their groups), producers (with their producer record), referrers (with
 * their structure) and coordinators (with their antennas), change roles, groups and antennas, resend an invitation
 * and deactivate an account. Accounts outside the coordinator's antennas answer 404.
 */
@Path("/acces")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class AccessPages {

    /** Roles a page gives; a household gets its login from its own page. */
    static final List<String> STAFF_ROLES = List.of(Role.VOLUNTEER, Role.PRODUCER, Role.REFERRER, Role.COORDINATOR);

    @Inject
    AccessService access;

    @Inject
    SecurityIdentity identity;

    public record Row(long id, String name, String login, String roles, String status) {
    }

    public record Choice(String value, String label, boolean selected) {
    }

    /** The form's choices and what is typed or chosen. */
    public record Form(Map<String, String> values, List<Choice> roles, List<Choice> groups, List<Choice> producers,
            List<Choice> antennas, boolean allAntennas, boolean mayGiveAllAntennas, FormErrors errors) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<Row> page, String role, String q, List<Choice> roles,
                String params);

        static native TemplateInstance create(Form form);

        static native TemplateInstance account(long id, String title, String login, String status, boolean active,
                boolean invitable, Form form, String notice);
    }

    @GET
    public TemplateInstance list(@QueryParam("role") String role, @QueryParam("q") String q,
            @QueryParam("page") Integer page) {
        Scope scope = access.scopeOf(identity);
        PageResult<Row> found = access.search(scope, role, q, PageResult.page(page), PageResult.DEFAULT_SIZE)
                .map(a -> new Row(a.id, a.displayName, a.login, roleLabels(a.roleList()), statusLabel(access.status(a))));
        List<Choice> roles = Role.ALL.stream().map(r -> new Choice(r, roleLabel(r), r.equals(role))).toList();
        return Templates.list(found, role, q, roles, QueryString.of("role", role, "q", q));
    }

    @GET
    @Path("nouveau")
    public TemplateInstance newAccount() {
        Scope scope = access.scopeOf(identity);
        return Templates.create(form(scope, null, new HashMap<>(), List.of(), Set.of(), Set.of(), false, FormErrors.none()));
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(MultivaluedMap<String, String> form) {
        Scope scope = access.scopeOf(identity);
        FormReader reader = new FormReader(form);
        List<String> roles = form.getOrDefault("roles", List.of());
        List<Long> groups = reader.ids("groupIds");
        List<Long> antennas = reader.ids("antennaIds");
        Long producer = reader.id("producerId");
        return FormRoundTrip.submit(reader, "login", () -> {
            UserAccount account = access.create(scope, new StaffCommand(reader.text("login"), reader.text("displayName"),
                    roles, groups, producer, antennas, reader.checked("allAntennas"), reader.text("structure"), null,
                    true));
            return Html.done("/acces/" + account.id, messages().notice_invited(account.login));
        }, errors -> Templates.create(form(scope, null, reader.typed(), roles, Set.copyOf(groups),
                Set.copyOf(antennas), reader.checked("allAntennas"), errors)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance account(@PathParam("id") long id, @QueryParam("ok") String notice) {
        Scope scope = access.scopeOf(identity);
        Details details = access.details(scope, id);
        UserAccount a = details.account();
        Map<String, String> values = new HashMap<>();
        values.put("displayName", a.displayName);
        values.put("structure", a.structure == null ? "" : a.structure);
        values.put("producerId", details.producerId() == null ? "" : String.valueOf(details.producerId()));
        return page(scope, details, form(scope, a, values, a.roleList(), details.groupIds(), details.antennaIds(),
                a.allAntennas, FormErrors.none()), notice);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object change(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Scope scope = access.scopeOf(identity);
        Details details = access.details(scope, id);
        FormReader reader = new FormReader(form);
        List<String> roles = form.getOrDefault("roles", List.of());
        List<Long> groups = reader.ids("groupIds");
        List<Long> antennas = reader.ids("antennaIds");
        Long producer = reader.id("producerId");
        return FormRoundTrip.submit(reader, "displayName", () -> {
            access.change(scope, id, new ChangeCommand(reader.text("displayName"), roles, groups,
                    producer == null ? 0L : producer, antennas,
                    scope.all() ? reader.checked("allAntennas") : null, reader.text("structure") == null ? "" : reader.text("structure")));
            return Html.done("/acces/" + id, messages().notice_saved());
        }, errors -> page(scope, details, form(scope, details.account(), reader.typed(), roles,
                Set.copyOf(groups), Set.copyOf(antennas), reader.checked("allAntennas"), errors), null));
    }

    @POST
    @Path("{id}/invitation")
    public Response resend(@PathParam("id") long id) {
        String address = access.resendInvitation(access.scopeOf(identity), id);
        return Html.done("/acces/" + id, messages().notice_invited(address));
    }

    @POST
    @Path("{id}/desactiver")
    public Response deactivate(@PathParam("id") long id) {
        access.deactivate(access.scopeOf(identity), id);
        return Html.done("/acces/" + id, messages().notice_deactivated());
    }

    // ---- helpers ----

    private TemplateInstance page(Scope scope, Details details, Form form, String notice) {
        UserAccount a = details.account();
        return Templates.account(a.id, a.displayName, a.login, statusLabel(details.status()), a.active,
                a.active && !a.passwordSet, form, notice);
    }

    private Form form(Scope scope, UserAccount account, Map<String, String> values, List<String> roles,
            Set<Long> groups, Set<Long> antennas, boolean allAntennas, FormErrors errors) {
        List<String> shown = new ArrayList<>(STAFF_ROLES);
        if (account != null && account.hasRole(Role.HOUSEHOLD)) {
            shown.add(Role.HOUSEHOLD);
        }
        List<Choice> roleChoices = shown.stream().map(r -> new Choice(r, roleLabel(r), roles.contains(r))).toList();
        List<Choice> groupChoices = access.groupsInScope(scope).stream()
                .map(g -> new Choice(String.valueOf(g.id), g.name + " (" + g.antenna.name + ")", groups.contains(g.id)))
                .toList();
        String producer = values.getOrDefault("producerId", "");
        List<Choice> producerChoices = access.producersInScope(scope).stream()
                .filter(p -> p.account == null || account != null && p.account.id.equals(account.id))
                .map(p -> new Choice(String.valueOf(p.id), p.name + " (" + p.antenna.name + ")",
                        producer.equals(String.valueOf(p.id))))
                .toList();
        List<Choice> antennaChoices = access.antennasInScope(scope).stream()
                .map(a -> new Choice(String.valueOf(a.id), a.name, antennas.contains(a.id))).toList();
        return new Form(values, roleChoices, groupChoices, producerChoices, antennaChoices, allAntennas, scope.all(),
                errors);
    }

    static String roleLabels(List<String> roles) {
        return String.join(", ", roles.stream().map(AccessPages::roleLabel).toList());
    }

    static String roleLabel(String role) {
        AccountMessages m = Texts.of(AccountMessages.class);
        return switch (role) {
            case Role.COORDINATOR -> m.role_coordinator();
            case Role.VOLUNTEER -> m.role_volunteer();
            case Role.PRODUCER -> m.role_producer();
            case Role.HOUSEHOLD -> m.role_household();
            case Role.REFERRER -> m.role_referrer();
            default -> role;
        };
    }

    static String statusLabel(Status status) {
        return switch (status) {
            case ACTIVE -> messages().status_active();
            case INVITED -> messages().status_invited();
            case INVITATION_EXPIRED -> messages().status_invitation_expired();
            case NO_PASSWORD -> messages().status_no_password();
            case INACTIVE -> messages().status_inactive();
        };
    }

    private static AccessMessages messages() {
        return Texts.of(AccessMessages.class);
    }
}
