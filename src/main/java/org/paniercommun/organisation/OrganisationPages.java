package org.paniercommun.organisation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paniercommun.account.Role;
import org.paniercommun.organisation.OrganisationService.AntennaCommand;
import org.paniercommun.organisation.OrganisationService.GroupCommand;
import org.paniercommun.organisation.OrganisationService.RelayPointCommand;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.web.QueryString;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/** Coordinators set up the antenna: purchasing groups and their relay points. */
@Path("/organisation")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class OrganisationPages {

    @Inject
    OrganisationService organisation;

    public record Option(String value, String label, boolean selected) {
    }

    /** One field of a generic form; {@code type} is text, email, textarea or select. */
    public record Field(String name, String label, String type, String value, String error, boolean required,
            String hint, List<Option> options) {
    }

    public record GroupRow(long id, String antenna, String name, String town, long relayPoints, boolean active) {
    }

    public record PointRow(long id, String group, String name, String address, String openingHours, boolean active) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<Antenna> antennas, List<GroupRow> groups);

        static native TemplateInstance relayPoints(PageResult<PointRow> page, String q, String params);

        static native TemplateInstance form(String title, String action, List<Field> fields, boolean invalid,
                String toggleAction, String toggleLabel, String backLink);
    }

    @GET
    public TemplateInstance overview() {
        Map<Long, Long> pointCounts = organisation.relayPoints(false).stream()
                .collect(Collectors.groupingBy(r -> r.group.id, Collectors.counting()));
        List<GroupRow> groups = organisation.groups(false).stream()
                .map(g -> new GroupRow(g.id, g.antenna.name, g.name, g.town == null ? "" : g.town,
                        pointCounts.getOrDefault(g.id, 0L), g.active))
                .toList();
        return Templates.overview(organisation.antennas(), groups);
    }

    @GET
    @Path("points-relais")
    public TemplateInstance relayPoints(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        PageResult<PointRow> found = organisation.searchRelayPoints(q, null, false, PageResult.page(page),
                PageResult.DEFAULT_SIZE).map(r -> new PointRow(r.id, r.group.name, r.name, r.address,
                        r.openingHours == null ? "" : r.openingHours, r.active));
        return Templates.relayPoints(found, q, QueryString.of("q", q));
    }

    // ---- antennas ----

    @GET
    @Path("antennes/nouvelle")
    public TemplateInstance newAntenna() {
        return antennaForm(null, new MultivaluedHashMap<>(), FormErrors.none());
    }

    @POST
    @Path("antennes/nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createAntenna(MultivaluedMap<String, String> form) {
        return save(form, () -> organisation.createAntenna(antennaCommand(form)),
                errors -> antennaForm(null, form, errors));
    }

    @GET
    @Path("antennes/{id}")
    public TemplateInstance editAntenna(@PathParam("id") long id) {
        Antenna a = organisation.antenna(id);
        return antennaForm(id, values("name", a.name, "town", a.town, "contactEmail", a.contactEmail), FormErrors.none());
    }

    @POST
    @Path("antennes/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object updateAntenna(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return save(form, () -> organisation.updateAntenna(id, antennaCommand(form)),
                errors -> antennaForm(id, form, errors));
    }

    @POST
    @Path("antennes/{id}/desactiver")
    public Response deactivateAntenna(@PathParam("id") long id) {
        organisation.setAntennaActive(id, false);
        return Response.seeOther(URI.create("/organisation")).build();
    }

    @POST
    @Path("antennes/{id}/reactiver")
    public Response activateAntenna(@PathParam("id") long id) {
        organisation.setAntennaActive(id, true);
        return Response.seeOther(URI.create("/organisation")).build();
    }

    private TemplateInstance antennaForm(Long id, MultivaluedMap<String, String> values, FormErrors errors) {
        List<Field> fields = List.of(
                text("name", messages().antenna_name(), values, errors, true, messages().antenna_name_hint()),
                text("town", messages().common_town(), values, errors, false, null),
                new Field("contactEmail", messages().antenna_email(), "email", values.getFirst("contactEmail"),
                        errors.get("contactEmail"), false, null, List.of()));
        Antenna existing = id == null ? null : organisation.antenna(id);
        String base = id == null ? "/organisation/antennes/nouvelle" : "/organisation/antennes/" + id;
        return Templates.form(id == null ? messages().antenna_new() : messages().antenna_edit(), base, fields, !errors.isEmpty(),
                existing == null ? null : base + (existing.active ? "/desactiver" : "/reactiver"),
                existing == null ? null : existing.active ? messages().antenna_deactivate() : messages().antenna_reactivate(),
                "/organisation");
    }

    private static AntennaCommand antennaCommand(MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        return new AntennaCommand(r.text("name"), r.text("town"), r.text("contactEmail"));
    }

    @GET
    @Path("antennes/{id}/tarifs")
    public TemplateInstance pricing(@PathParam("id") long id) {
        Antenna a = organisation.antenna(id);
        return pricingForm(a, values("tier1Percent", Quantities.format(a.tier1Percent), "tier2Percent",
                Quantities.format(a.tier2Percent), "tier3Percent", Quantities.format(a.tier3Percent), "priceStepCents",
                String.valueOf(a.priceStepCents)), FormErrors.none());
    }

    @POST
    @Path("antennes/{id}/tarifs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object savePricing(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        OrganisationService.PricingCommand command = new OrganisationService.PricingCommand(
                r.decimal("tier1Percent"), r.decimal("tier2Percent"), r.decimal("tier3Percent"),
                r.integer("priceStepCents"));
        return FormRoundTrip.submit(r, "tier1Percent", () -> {
            organisation.setPricing(id, command);
            return Response.seeOther(URI.create("/organisation")).build();
        }, errors -> pricingForm(organisation.antenna(id), form, errors));
    }

    private TemplateInstance pricingForm(Antenna antenna, MultivaluedMap<String, String> values, FormErrors errors) {
        String step = values.getFirst("priceStepCents");
        List<Option> steps = List.of(new Option("1", messages().pricing_step_cent(), "1".equals(step)),
                new Option("5", messages().pricing_step_5(), "5".equals(step)),
                new Option("10", messages().pricing_step_10(), "10".equals(step)));
        List<Field> fields = List.of(
                text("tier1Percent", messages().pricing_tier1(), values, errors, true,
                        messages().pricing_tier1_hint()),
                text("tier2Percent", messages().pricing_tier2(), values, errors, true,
                        messages().pricing_tier2_hint()),
                text("tier3Percent", messages().pricing_tier3(), values, errors, true,
                        messages().pricing_tier3_hint()),
                new Field("priceStepCents", messages().pricing_step(), "select", step, errors.get("priceStepCents"), true,
                        null, steps));
        return Templates.form(messages().pricing_title(antenna.name), "/organisation/antennes/" + antenna.id + "/tarifs", fields,
                !errors.isEmpty(), null, null, "/organisation");
    }

    // ---- purchasing groups ----

    @GET
    @Path("groupements/nouveau")
    public TemplateInstance newGroup() {
        return groupForm(null, new MultivaluedHashMap<>(), FormErrors.none());
    }

    @POST
    @Path("groupements/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createGroup(MultivaluedMap<String, String> form) {
        return save(form, () -> organisation.createGroup(groupCommand(form)), errors -> groupForm(null, form, errors));
    }

    @GET
    @Path("groupements/{id}")
    public TemplateInstance editGroup(@PathParam("id") long id) {
        PurchasingGroup g = organisation.group(id);
        return groupForm(g, values("antennaId", String.valueOf(g.antenna.id), "name", g.name, "town", g.town,
                "description", g.description), FormErrors.none());
    }

    @POST
    @Path("groupements/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object updateGroup(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return save(form, () -> organisation.updateGroup(id, groupCommand(form)),
                errors -> groupForm(organisation.group(id), form, errors));
    }

    @POST
    @Path("groupements/{id}/desactiver")
    public Response deactivateGroup(@PathParam("id") long id) {
        organisation.setGroupActive(id, false);
        return Response.seeOther(URI.create("/organisation")).build();
    }

    @POST
    @Path("groupements/{id}/reactiver")
    public Response activateGroup(@PathParam("id") long id) {
        organisation.setGroupActive(id, true);
        return Response.seeOther(URI.create("/organisation")).build();
    }

    private TemplateInstance groupForm(PurchasingGroup group, MultivaluedMap<String, String> values, FormErrors errors) {
        List<Option> antennas = organisation.antennas().stream()
                .map(a -> new Option(String.valueOf(a.id), a.name, String.valueOf(a.id).equals(values.getFirst("antennaId"))))
                .toList();
        List<Field> fields = List.of(
                new Field("antennaId", messages().common_antenna(), "select", values.getFirst("antennaId"), errors.get("antennaId"), true,
                        null, antennas),
                text("name", messages().group_name(), values, errors, true, messages().group_name_hint()),
                text("town", messages().common_town(), values, errors, false, null),
                new Field("description", messages().common_description(), "textarea", values.getFirst("description"),
                        errors.get("description"), false, null, List.of()));
        String base = group == null ? "/organisation/groupements/nouveau" : "/organisation/groupements/" + group.id;
        return Templates.form(group == null ? messages().group_new() : messages().group_edit(), base, fields,
                !errors.isEmpty(), group == null ? null : base + (group.active ? "/desactiver" : "/reactiver"),
                group == null ? null : group.active ? messages().group_deactivate() : messages().group_reactivate(),
                "/organisation");
    }

    private static GroupCommand groupCommand(MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        return new GroupCommand(r.id("antennaId"), r.text("name"), r.text("town"), r.text("description"));
    }

    // ---- relay points ----

    @GET
    @Path("points-relais/nouveau")
    public TemplateInstance newRelayPoint() {
        return relayPointForm(null, new MultivaluedHashMap<>(), FormErrors.none());
    }

    @POST
    @Path("points-relais/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createRelayPoint(MultivaluedMap<String, String> form) {
        return save(form, () -> organisation.createRelayPoint(relayPointCommand(form)),
                errors -> relayPointForm(null, form, errors), "/organisation/points-relais");
    }

    @GET
    @Path("points-relais/{id}")
    public TemplateInstance editRelayPoint(@PathParam("id") long id) {
        RelayPoint r = organisation.relayPoint(id);
        return relayPointForm(r, values("groupId", String.valueOf(r.group.id), "name", r.name, "address", r.address,
                "openingHours", r.openingHours, "contact", r.contact), FormErrors.none());
    }

    @POST
    @Path("points-relais/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object updateRelayPoint(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return save(form, () -> organisation.updateRelayPoint(id, relayPointCommand(form)),
                errors -> relayPointForm(organisation.relayPoint(id), form, errors), "/organisation/points-relais");
    }

    @POST
    @Path("points-relais/{id}/desactiver")
    public Response deactivateRelayPoint(@PathParam("id") long id) {
        organisation.setRelayPointActive(id, false);
        return Response.seeOther(URI.create("/organisation/points-relais")).build();
    }

    @POST
    @Path("points-relais/{id}/reactiver")
    public Response activateRelayPoint(@PathParam("id") long id) {
        organisation.setRelayPointActive(id, true);
        return Response.seeOther(URI.create("/organisation/points-relais")).build();
    }

    private TemplateInstance relayPointForm(RelayPoint point, MultivaluedMap<String, String> values, FormErrors errors) {
        List<Option> groups = organisation.groups(false).stream()
                .map(g -> new Option(String.valueOf(g.id), g.antenna.name + " — " + g.name,
                        String.valueOf(g.id).equals(values.getFirst("groupId"))))
                .toList();
        List<Field> fields = List.of(
                new Field("groupId", messages().point_group(), "select", values.getFirst("groupId"), errors.get("groupId"),
                        true, null, groups),
                text("name", messages().point_name(), values, errors, true, messages().point_name_hint()),
                text("address", messages().point_address(), values, errors, true, null),
                text("openingHours", messages().point_opening(), values, errors, false, messages().point_opening_hint()),
                text("contact", messages().common_contact(), values, errors, false, messages().point_contact_hint()));
        String base = point == null ? "/organisation/points-relais/nouveau" : "/organisation/points-relais/" + point.id;
        return Templates.form(point == null ? messages().point_new() : messages().point_edit(), base, fields,
                !errors.isEmpty(), point == null ? null : base + (point.active ? "/desactiver" : "/reactiver"),
                point == null ? null : point.active ? messages().point_deactivate() : messages().point_reactivate(),
                "/organisation/points-relais");
    }

    private static RelayPointCommand relayPointCommand(MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        return new RelayPointCommand(r.id("groupId"), r.text("name"), r.text("address"), r.text("openingHours"),
                r.text("contact"));
    }

    // ---- helpers ----

    private Object save(MultivaluedMap<String, String> form, Runnable action,
            Function<FormErrors, TemplateInstance> reshow) {
        return save(form, action, reshow, "/organisation");
    }

    private Object save(MultivaluedMap<String, String> form, Runnable action,
            Function<FormErrors, TemplateInstance> reshow, String next) {
        return FormRoundTrip.submit(null, "name", () -> {
            action.run();
            return Response.seeOther(URI.create(next)).build();
        }, reshow);
    }

    private static Field text(String name, String label, MultivaluedMap<String, String> values, FormErrors errors,
            boolean required, String hint) {
        return new Field(name, label, "text", values.getFirst(name), errors.get(name), required, hint, List.of());
    }

    private static MultivaluedMap<String, String> values(String... pairs) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.putSingle(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static OrganisationMessages messages() {
        return Texts.of(OrganisationMessages.class);
    }
}
