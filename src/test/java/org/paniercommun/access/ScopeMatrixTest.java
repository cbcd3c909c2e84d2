package org.paniercommun.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerView;
import org.paniercommun.catalogue.ProductView;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.OrganisationService.GroupCommand;
import org.paniercommun.organisation.OrganisationService.RelayPointCommand;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.round.RoundService.SlotCommand;

/**
 * The scope matrix of issue 21, generated from the app itself: every operation (each JAX-RS method, the JSON API of
 * the OpenAPI document and the pages alike), called as each role with the ids of its own objects, of another group
 * of its antenna and of another antenna. Expected answers come from the table below ({@link #REACHES}): outside the
 * scope, 404, whether the operation reads or writes; inside, never 404 for a read. Every 2xx answer of a non-network
 * account must also name nothing of what lies outside its scope (another antenna's names, another group's or
 * another person's households). The test fails on any miss and on a parameter kind the table does not cover, and
 * prints operations × identities checked.
 */
@QuarkusTest
class ScopeMatrixTest {

    enum Variant { OWN, OTHER_GROUP, OTHER_ANTENNA }

    /** Which variants of each kind of object a role reaches: the table the answers are checked against. */
    static final Map<String, Map<ObjectKind, Set<Variant>>> REACHES = new HashMap<>();

    static {
        Set<Variant> ownAntenna = EnumSet.of(Variant.OWN, Variant.OTHER_GROUP);
        Set<Variant> own = EnumSet.of(Variant.OWN);
        Set<Variant> everywhere = EnumSet.allOf(Variant.class);
        Set<Variant> none = EnumSet.noneOf(Variant.class);
        Set<ObjectKind> groupKinds = EnumSet.of(ObjectKind.GROUP, ObjectKind.RELAY_POINT, ObjectKind.SLOT);
        Set<ObjectKind> householdKinds = EnumSet.of(ObjectKind.HOUSEHOLD, ObjectKind.ORDER, ObjectKind.SUBSCRIPTION,
                ObjectKind.REFERRAL, ObjectKind.BASKET_HANDOUT);
        for (String role : Role.ALL) {
            Map<ObjectKind, Set<Variant>> table = new EnumMap<>(ObjectKind.class);
            for (ObjectKind kind : ObjectKind.values()) {
                boolean group = groupKinds.contains(kind);
                boolean household = householdKinds.contains(kind);
                table.put(kind, switch (role) {
                    case Role.COORDINATOR -> ownAntenna;
                    case Role.VOLUNTEER, Role.HOUSEHOLD -> group || household ? own : ownAntenna;
                    case Role.PRODUCER -> group || household ? none : ownAntenna;
                    case Role.REFERRER -> ownAntenna; // it referred both groups' households
                    default -> none;
                });
            }
            table.put(ObjectKind.FUNDER, everywhere); // funders co-fund baskets across the network
            REACHES.put(role, table);
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueFixtures catalogueFixtures;

    @Inject
    CatalogueService catalogue;

    @Inject
    OrganisationService organisation;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    TestAccounts accounts;

    @Inject
    AgroalDataSource dataSource;

    /** The ids of each kind, per variant. */
    private final Map<Variant, Map<ObjectKind, Long>> ids = new EnumMap<>(Variant.class);
    /** Names no account of antenna 1 may read, and names of households of group 1b and of household 1. */
    private final List<String> otherAntennaNames = new ArrayList<>();
    private final List<String> otherGroupHouseholds = new ArrayList<>();
    private final List<String> ownHouseholds = new ArrayList<>();
    private final Map<String, String> sessions = new LinkedHashMap<>();
    private final Map<String, String> roleOf = new HashMap<>();
    private String network;

    private record World(long antenna, long group, long groupB, long relayPoint, long relayPointB, long producer,
            long product, long round, long offer, long slot, long slotB, long household, long householdB,
            long order, long orderB, long referral, long referralB, long subscription, long subscriptionB,
            long basketOffer, long delivery, long handout, long handoutB, long volunteer, long volunteerB,
            String volunteerLogin) {
    }

    @Test
    void everyOperationAnswersWithinItsScopeOnly() throws Exception {
        network = accounts.create(Role.COORDINATOR);
        long funder = as(network).body(Map.of("name", Fixtures.unique("Financeur"))).post("/api/baskets/funders")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long scheme = as(network).body(Map.of("name", Fixtures.unique("Formule"), "shares", List.of(
                Map.of("percent", 50), Map.of("funderId", funder, "percent", 50)))).post("/api/baskets/schemes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String referrer = accounts.create(Role.REFERRER);
        String otherReferrer = accounts.create(Role.REFERRER);
        World one = world("Un", referrer, scheme, null);
        World two = world("Zzautre", otherReferrer, scheme, otherAntennaNames);
        ids.put(Variant.OWN, kinds(one, one.group(), one.relayPoint(), one.household(), one.slot(), one.order(),
                one.referral(), one.subscription(), one.handout(), one.volunteer(), funder));
        ids.put(Variant.OTHER_GROUP, kinds(one, one.groupB(), one.relayPointB(), one.householdB(), one.slotB(),
                one.orderB(), one.referralB(), one.subscriptionB(), one.handoutB(), one.volunteerB(), funder));
        ids.put(Variant.OTHER_ANTENNA, kinds(two, two.group(), two.relayPoint(), two.household(), two.slot(),
                two.order(), two.referral(), two.subscription(), two.handout(), two.volunteer(), funder));

        String coordinator = accounts.create(Role.COORDINATOR);
        sql("update user_accounts set all_antennas = false where login = ?", coordinator);
        sql("insert into account_antennas (user_account_id, antenna_id) select id, " + one.antenna()
                + " from user_accounts where login = ?", coordinator);
        sql("insert into account_antennas (user_account_id, antenna_id) select id, " + one.antenna()
                + " from user_accounts where login = ?", referrer);
        sql("insert into account_antennas (user_account_id, antenna_id) select id, " + two.antenna()
                + " from user_accounts where login = ?", otherReferrer);
        String household = accounts.create(Role.HOUSEHOLD);
        sql("update households set user_account_id = (select id from user_accounts where login = ?) where id = "
                + one.household(), household);
        String producer = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(one.producer(), producer);

        identity("coordinator", Role.COORDINATOR, coordinator);
        identity("volunteer", Role.VOLUNTEER, one.volunteerLogin());
        identity("household", Role.HOUSEHOLD, household);
        identity("producer", Role.PRODUCER, producer);
        identity("referrer", Role.REFERRER, referrer);

        List<String> failures = new ArrayList<>();
        Set<String> visited = new java.util.HashSet<>();
        int operations = 0;
        int publicOperations = 0;
        int checks = 0;
        for (Class<?> type : ParameterKindsTest.resourceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!ParameterKindsTest.isOperation(method) || type.getName().contains(".DevMailPages")) {
                    continue;
                }
                operations++;
                String template = ScopeFilter.template(type, method);
                String verb = httpMethod(method);
                visited.add(verb.toLowerCase(java.util.Locale.ROOT) + " " + template.replaceAll("\\{(\\w+)[^}]*}", "{$1}"));
                Set<String> allowed = allowedRoles(type, method);
                if (method.isAnnotationPresent(PermitAll.class)
                        || (type.isAnnotationPresent(PermitAll.class) && allowed == null
                                && !method.isAnnotationPresent(io.quarkus.security.Authenticated.class))) {
                    publicOperations++;
                    continue; // public pages (the fund's figures, sign-up): the same for everyone
                }
                for (Map.Entry<String, String> session : sessions.entrySet()) {
                    String role = roleOf.get(session.getKey());
                    if (allowed != null && !allowed.contains(role)) {
                        continue; // the role check refuses it; RoleHomePagesTest and the fuzz suite cover those
                    }
                    for (Variant variant : Variant.values()) {
                        Map<String, ObjectKind> kinds = kindsOf(template);
                        if (variant != Variant.OWN && kinds.isEmpty() && !verb.equals("GET")) {
                            continue;
                        }
                        boolean inScope = kinds.values().stream()
                                .allMatch(kind -> REACHES.get(role).get(kind).contains(variant));
                        if (verb.equals("GET") && !inScope && kinds.isEmpty()) {
                            continue;
                        }
                        if (!verb.equals("GET") && inScope) {
                            continue; // writes within the scope are the other suites' business
                        }
                        if (verb.equals("GET") && variant != Variant.OWN && kinds.isEmpty()) {
                            continue;
                        }
                        String path = fill(template, kinds, variant);
                        Response response = send(session.getValue(), verb, path, method);
                        checks++;
                        int status = response.statusCode();
                        String where = verb + " " + path + " (" + template + ") as " + session.getKey() + ", "
                                + variant;
                        if (!inScope && status != 404) {
                            failures.add(where + ": " + status + " instead of 404");
                        } else if (inScope && status == 404 && !refusedByScope(response.asString())) {
                            continue; // the resource's own 404 ("nothing ordered from this producer yet")
                        } else if (inScope && (status == 404 || status == 403 || status >= 500)) {
                            failures.add(where + ": " + status + " within the scope");
                        } else if (inScope && status < 300) {
                            String leak = leak(role, response.asString());
                            if (leak != null) {
                                failures.add(where + ": names \"" + leak + "\", outside its scope");
                            }
                        }
                    }
                }
            }
        }
        System.out.println("[scope] " + operations + " operations (" + publicOperations + " public) × "
                + sessions.size() + " identities × "
                + Variant.values().length + " scopes: " + checks + " requests checked, " + failures.size()
                + " failures");
        commandsNameOnlyWhatIsInScope(coordinator, one, two);
        // Every operation of the OpenAPI document is among those called.
        var openApi = new com.fasterxml.jackson.databind.ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi").asString()).get("paths");
        for (var path = openApi.fields(); path.hasNext();) {
            var entry = path.next();
            for (var verbs = entry.getValue().fieldNames(); verbs.hasNext();) {
                String operation = verbs.next() + " " + entry.getKey();
                if (!visited.contains(operation) && !entry.getKey().startsWith("/test-only/")) {
                    failures.add(operation + ": in the OpenAPI document but not in the scope matrix");
                }
            }
        }
        failures.forEach(failure -> System.out.println("[scope] " + failure));
        assertEquals(List.of(), failures.stream().limit(60).toList(), failures.size() + " scope failures");
    }

    /**
     * What a body names is checked too: a volunteer cannot register a household in another group nor move one there,
     * a coordinator cannot create a round in another antenna, give a volunteer another antenna's group or add a
     * product to another antenna's producer. The refusal names the field, in the words used for an id that does not
     * exist, and stores nothing. A network coordinator may do all of it.
     */
    private void commandsNameOnlyWhatIsInScope(String coordinator, World one, World two) throws Exception {
        String volunteer = one.volunteerLogin();
        long before = longOf("select count(*) from households");
        as(volunteer).body(Map.of("displayName", "Foyer égaré", "peopleCount", 2, "groupId", one.groupB(),
                "priceTier", 2)).post("/api/households").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("groupId"))
                .body("violations.message", org.hamcrest.Matchers.hasItem("Groupement introuvable."));
        as(volunteer).body(Map.of("displayName", "Foyer déplacé", "peopleCount", 2, "groupId", one.groupB(),
                "priceTier", 2)).put("/api/households/" + one.household()).then().statusCode(400);
        assertEquals(one.group(), longOf("select group_id from households where id = " + one.household()));
        assertEquals(before, longOf("select count(*) from households"));

        Instant now = Instant.now();
        as(coordinator).body(Map.of("antennaId", two.antenna(), "name", "Tournée pirate", "opensAt",
                now.toString(), "deadline", now.plus(3, ChronoUnit.DAYS).toString(), "groupIds",
                List.of(two.group()))).post("/api/rounds").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("antennaId"));
        as(coordinator).body(List.of(two.group())).put("/api/volunteers/" + one.volunteer() + "/groups").then()
                .statusCode(400);
        assertEquals(0L, longOf("select count(*) from volunteer_groups where user_account_id = " + one.volunteer()
                + " and group_id = " + two.group()));
        as(coordinator).body(Map.of("producerId", two.producer(), "name", "Huile pirate", "category",
                "EPICERIE_SECHE", "saleUnit", "LITRE", "orderStep", 1, "orderMinimum", 1, "caseSize", 1,
                "purchasePriceCents", 500, "vatRate", 5.5)).post("/api/products").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("producerId"));
        as(network).body(Map.of("displayName", "Foyer du réseau", "peopleCount", 2, "groupId", two.group(),
                "priceTier", 2)).post("/api/households").then().statusCode(201);
    }

    /** The words of a 404 the scope filter gives (access/ScopeMessages), whatever the kind. */
    private static final List<String> SCOPE_404 = java.util.Arrays.stream(ScopeMessages.class.getMethods())
            .map(m -> m.getAnnotation(io.quarkus.qute.i18n.Message.class)).filter(java.util.Objects::nonNull)
            .map(io.quarkus.qute.i18n.Message::value).toList();

    private static boolean refusedByScope(String body) {
        String text = body.replace("&#39;", "'");
        return SCOPE_404.stream().anyMatch(text::contains);
    }

    private String leak(String role, String body) {
        for (String name : otherAntennaNames) {
            if (body.contains(name)) {
                return name;
            }
        }
        if (!role.equals(Role.COORDINATOR) && !role.equals(Role.REFERRER)) {
            for (String name : otherGroupHouseholds) {
                if (body.contains(name)) {
                    return name;
                }
            }
        }
        if (role.equals(Role.PRODUCER)) {
            for (String name : ownHouseholds) {
                if (body.contains(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    private World world(String label, String referrer, long scheme, List<String> names) throws Exception {
        Fixtures.Place place = fixtures.place();
        var groupB = organisation.createGroup(new GroupCommand(place.antenna().id, Fixtures.unique("Groupe " + label
                + " B"), "Liévin", null));
        var relayB = organisation.createRelayPoint(new RelayPointCommand(groupB.id, Fixtures.unique("Relais " + label
                + " B"), "2 rue des Corons, 62800 Liévin", null, null));
        ProducerView producer = catalogueFixtures.producer(place.antenna().id, Fixtures.unique("Ferme " + label));
        ProductView product = catalogueFixtures.product(producer.id(), Fixtures.unique("Lentilles " + label), 200, 37,
                Set.of(place.group().id, groupB.id));
        String householdName = Fixtures.unique("Foyer " + label);
        String householdBName = Fixtures.unique("Foyer voisin " + label);
        sql("insert into account_antennas (user_account_id, antenna_id) select id, " + place.antenna().id
                + " from user_accounts where login = ?", referrer);
        long referral = refer(referrer, householdName, place.group().id, place.relayPoint().id);
        long referralB = refer(referrer, householdBName, groupB.id, relayB.id);
        sql("delete from account_antennas where antenna_id = " + place.antenna().id
                + " and user_account_id = (select id from user_accounts where login = ?)", referrer);
        long household = longOf("select household_id from basket_referrals where id = " + referral);
        long householdB = longOf("select household_id from basket_referrals where id = " + referralB);
        Instant now = Instant.now();
        String roundName = Fixtures.unique("Tournée " + label);
        Round round = rounds.create(new RoundCommand(place.antenna().id, roundName, now.minus(1, ChronoUnit.HOURS),
                now.plus(7, ChronoUnit.DAYS), List.of(place.group().id, groupB.id)));
        rounds.setOffer(round.id, List.of(new OfferCommand(product.id(), null)));
        rounds.setSlots(round.id, List.of(
                new SlotCommand(place.relayPoint().id, LocalDate.now().plusDays(9), "14 h – 17 h"),
                new SlotCommand(relayB.id, LocalDate.now().plusDays(9), "9 h – 12 h")));
        rounds.open(round.id, now);
        long offer = rounds.offers(round.id).get(0).id;
        orders.place(round.id, household, List.of(new LineCommand(offer, new BigDecimal("2"))), null, now);
        orders.place(round.id, householdB, List.of(new LineCommand(offer, new BigDecimal("3"))), null, now);
        long basketOffer = as(network).body(Map.of("name", Fixtures.unique("Panier " + label), "size", "PETIT",
                "valueCents", 1000, "producerId", producer.id(), "frequency", "WEEKLY", "pickupDay", "MONDAY",
                "pickupTime", "17 h – 18 h", "relayPointIds", List.of(place.relayPoint().id, relayB.id)))
                .post("/api/baskets/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        long subscription = subscribe(referral, basketOffer, scheme, place.relayPoint().id);
        long subscriptionB = subscribe(referralB, basketOffer, scheme, relayB.id);
        as(network).body(Map.of("from", "2027-06-07", "to", "2027-06-13", "overrideBudget", true))
                .post("/api/baskets/offers/" + basketOffer + "/deliveries").then().statusCode(200);
        long delivery = longOf("select id from basket_deliveries where offer_id = " + basketOffer);
        long handout = longOf("select id from basket_handouts where subscription_id = " + subscription);
        long handoutB = longOf("select id from basket_handouts where subscription_id = " + subscriptionB);
        String volunteer = fixtures.volunteerOf(place);
        String volunteerB = fixtures.volunteerOf(new Fixtures.Place(place.antenna(), groupB, relayB));
        rounds.close(round.id, Instant.now());
        if (names != null) {
            names.addAll(List.of(place.antenna().name, place.group().name, groupB.name, place.relayPoint().name,
                    relayB.name, producer.name(), product.name(), householdName, householdBName, roundName));
        } else {
            otherGroupHouseholds.add(householdBName);
            ownHouseholds.add(householdName);
        }
        return new World(place.antenna().id, place.group().id, groupB.id, place.relayPoint().id, relayB.id,
                producer.id(), product.id(), round.id, offer, slotOf(round.id, place.relayPoint().id),
                slotOf(round.id, relayB.id), household, householdB, orderOf(round.id, household),
                orderOf(round.id, householdB), referral, referralB, subscription, subscriptionB, basketOffer, delivery,
                handout, handoutB, accountId(volunteer), accountId(volunteerB), volunteer);
    }

    private Map<ObjectKind, Long> kinds(World w, long group, long relayPoint, long household, long slot, long order,
            long referral, long subscription, long handout, long account, long funder) {
        Map<ObjectKind, Long> kinds = new EnumMap<>(ObjectKind.class);
        kinds.put(ObjectKind.ANTENNA, w.antenna());
        kinds.put(ObjectKind.GROUP, group);
        kinds.put(ObjectKind.RELAY_POINT, relayPoint);
        kinds.put(ObjectKind.HOUSEHOLD, household);
        kinds.put(ObjectKind.PRODUCER, w.producer());
        kinds.put(ObjectKind.PRODUCT, w.product());
        kinds.put(ObjectKind.ROUND, w.round());
        kinds.put(ObjectKind.SLOT, slot);
        kinds.put(ObjectKind.ROUND_OFFER, w.offer());
        kinds.put(ObjectKind.ORDER, order);
        kinds.put(ObjectKind.BASKET_OFFER, w.basketOffer());
        kinds.put(ObjectKind.BASKET_DELIVERY, w.delivery());
        kinds.put(ObjectKind.BASKET_HANDOUT, handout);
        kinds.put(ObjectKind.SUBSCRIPTION, subscription);
        kinds.put(ObjectKind.REFERRAL, referral);
        kinds.put(ObjectKind.FUNDER, funder);
        kinds.put(ObjectKind.ACCOUNT, account);
        return kinds;
    }

    private long refer(String referrer, String name, long group, long relayPoint) {
        return as(referrer).body(Map.of("newHousehold", Map.of("displayName", name, "peopleCount", 2, "groupId", group,
                "relayPointId", relayPoint), "structure", "CCAS", "condition", "quotient familial ≤ 1 200 €",
                "checkedOn", "2026-11-20")).post("/api/baskets/referrals").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private long subscribe(long referral, long offer, long scheme, long relayPoint) {
        return as(network).body(Map.of("referralId", referral, "offerId", offer, "schemeId", scheme,
                "relayPointId", relayPoint, "startOn",
                "2027-06-07")).post("/api/baskets/subscriptions").then().log().ifValidationFails().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private void identity(String name, String role, String login) {
        sessions.put(name, given().redirects().follow(false).formParam("j_username", login)
                .formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check").cookie("panier_session"));
        roleOf.put(name, role);
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    private static Map<String, ObjectKind> kindsOf(String template) {
        Map<String, ObjectKind> kinds = new TreeMap<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            ObjectKind kind = ParameterKinds.ofPath(template, matcher.group(1));
            if (kind != null) {
                kinds.put(matcher.group(1), kind);
            }
        }
        return kinds;
    }

    private String fill(String template, Map<String, ObjectKind> kinds, Variant variant) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            ObjectKind kind = kinds.get(matcher.group(1));
            String value = kind == null ? String.valueOf(LocalDate.now().getYear()) : ids.get(variant).get(kind)
                    .toString();
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static Response send(String session, String verb, String path, Method method) {
        RequestSpecification request = given().redirects().follow(false).cookie("panier_session", session);
        Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                : method.getDeclaringClass().getAnnotation(Consumes.class);
        if (!verb.equals("GET")) {
            boolean json = consumes != null && List.of(consumes.value()).contains("application/json");
            if (json || path.startsWith("/api/")) {
                request.contentType(ContentType.JSON).body("{}");
            } else {
                request.contentType(ContentType.URLENC).formParam("vide", "");
            }
        }
        return request.request(verb, path);
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        throw new IllegalStateException();
    }

    /** The roles an operation allows; null for any logged-in person (or anyone). */
    private static Set<String> allowedRoles(Class<?> type, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(io.quarkus.security.Authenticated.class)) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? null : Set.of(allowed.value());
    }

    private static RequestSpecification as(String login) {
        return given().auth().preemptive().basic(login, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private long accountId(String login) throws Exception {
        return longOf("select id from user_accounts where login = '" + login.replace("'", "''") + "'");
    }

    private long slotOf(long round, long relayPoint) throws Exception {
        return longOf("select id from round_slots where round_id = " + round + " and relay_point_id = " + relayPoint);
    }

    private long orderOf(long round, long household) throws Exception {
        return longOf("select id from orders where round_id = " + round + " and household_id = " + household);
    }

    private long longOf(String query) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("nothing for " + query);
            }
            return rows.getLong(1);
        }
    }

    private void sql(String statement, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.setString(1, parameter);
            prepared.executeUpdate();
        }
    }
}
