package org.paniercommun.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.SlotCommand;

/**
 * Bad input never answers 500 (issue 22). Every write operation of the OpenAPI document gets JSON bodies built from its
 * schema, then spoilt field by field; every {@code <form>} of the templates gets its fields spoilt the same way. A
 * variant fails the test when it answers 5xx, when an API refusal is not problem+json with a message, or when a
 * refused request left a row behind. Seeded ({@code -Dfuzz.seed=…}): the seed is printed, and the same seed sends the
 * same requests.
 */
@QuarkusTest
class FuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A message written for people in French: an accented letter, French quotes or a French word. */
    private static final Pattern FRENCH = Pattern.compile("[éèêàùçô«]|\\b(le|la|les|un|une|des|du|de|est|pas)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Tables a refused request must leave as they were (every table with business rows). */
    private static final List<String> TABLES = List.of("antennas", "purchasing_groups", "relay_points", "producers",
            "products", "households", "memberships", "rounds", "round_offers", "round_slots", "orders", "order_lines",
            "payments", "fund_entries", "producer_statements", "statement_adjustments", "round_amounts", "cash_counts",
            "basket_offers", "basket_funders", "basket_deliveries", "basket_handouts", "stock_movements",
            "user_accounts", "account_tokens", "account_antennas", "volunteer_groups");

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    TestAccounts accounts;

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, Long> ids = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private Random random;
    private String coordinator;
    /** Sessions (cookies, so that no request spends its time on the password hash), coordinator first. */
    private final Map<String, String> sessions = new LinkedHashMap<>();
    /** The session the current operation is sent with: the first role it does not refuse. */
    private String session;

    @Inject
    org.paniercommun.household.HouseholdService households;

    @Inject
    org.paniercommun.catalogue.CatalogueService catalogue;

    @Test
    void badInputNeverAnswers500AndARefusalStoresNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261207L);
        random = new Random(seed);
        world();
        JsonNode openApi = JSON.readTree(given().accept("application/json").get("/q/openapi").asString());
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/") || path.getKey().contains("/import")) {
                continue; // forms are fuzzed from the templates below; CSV imports have their own line-by-line tests
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode schema = method.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                operations++;
                fuzzJson(method.getKey(), path.getKey(), schema.isMissingNode() ? null : resolve(openApi, schema),
                        openApi);
            }
        }
        int forms = fuzzForms();
        System.out.println("[fuzz] seed " + seed + ": " + operations + " API write operations and " + forms
                + " forms, " + sent + " requests, " + failures.size() + " failures");
        assertEquals(List.of(), failures.stream().limit(40).toList(), failures.size() + " variants failed");
    }

    // ---- the world the requests point into ----

    private void world() {
        coordinator = accounts.create(Role.COORDINATOR);
        sessions.put("coordinator", logIn(coordinator));
        RoundFixtures.Setup open = roundFixtures.openRound(null);
        RoundFixtures.Setup closed = roundFixtures.draftRound(null);
        long roundId = closed.round().id;
        rounds.setSlots(roundId, List.of(new SlotCommand(closed.place().relayPoint().id, LocalDate.now().plusDays(3),
                "14 h – 17 h")));
        rounds.open(roundId, Instant.now());
        Household household = fixtures.household(closed.place(), Fixtures.unique("Foyer fuzz"), 2);
        orders.place(roundId, household.id, List.of(new LineCommand(roundFixtures.offerId(closed, 0),
                new BigDecimal("3"))), null, Instant.now());
        rounds.close(roundId, Instant.now());
        ids.put("round", roundId);
        ids.put("openRound", open.round().id);
        ids.put("antenna", closed.place().antenna().id);
        ids.put("group", closed.place().group().id);
        ids.put("relayPoint", closed.place().relayPoint().id);
        ids.put("household", household.id);
        ids.put("producer", closed.products().get(0).producerId());
        ids.put("product", closed.products().get(0).id());
        ids.put("offer", roundFixtures.offerId(closed, 0));
        ids.put("slot", rounds.slots(roundId).get(0).id);
        ids.put("order", io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.paniercommun.ordering.Order.<org.paniercommun.ordering.Order>find("household.id", household.id)
                        .firstResult().id));
        // Another antenna's objects: a request reaching them must be refused like any other bad id.
        ids.put("otherAntenna", fixtures.place().antenna().id);

        // The other roles, for the operations a coordinator may not call (a household's own order, a producer's own
        // products…).
        sessions.put("volunteer", logIn(fixtures.volunteerOf(closed.place())));
        String householdLogin = Fixtures.unique("foyer-fuzz").replace(' ', '-');
        households.registerWithAccount(new org.paniercommun.household.HouseholdService.HouseholdCommand(
                Fixtures.unique("Foyer connecté"), 2, null, null, closed.place().group().id,
                closed.place().relayPoint().id, 2), householdLogin, TestAccounts.PASSWORD);
        sessions.put("household", logIn(householdLogin));
        String producerLogin = accounts.create(Role.PRODUCER);
        catalogue.linkAccount(ids.get("producer"), producerLogin);
        sessions.put("producer", logIn(producerLogin));
        sessions.put("referrer", logIn(accounts.create(Role.REFERRER)));
        // The account the account pages and /api/accounts/{id} act on (deactivated, changed): never a login in use.
        String spare = accounts.create(Role.VOLUNTEER);
        ids.put("account", io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.paniercommun.account.UserAccount.findByLogin(spare).orElseThrow().id));
        session = sessions.get("coordinator");
    }

    private static String logIn(String login) {
        return given().redirects().follow(false).formParam("j_username", login)
                .formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check").cookie("panier_session");
    }

    /** Sends with the first role the operation does not refuse (403), and keeps it for its variants. */
    private void chooseRole(String method, String path, String contentType, Object probe) {
        for (String candidate : sessions.values()) {
            session = candidate;
            int status = request(contentType, probe).request(method, path).statusCode();
            sent++;
            if (status != 403) {
                return;
            }
        }
        session = sessions.get("coordinator");
    }

    /** The id a path or form variable stands for, from its name and the path segment before it. */
    private long idFor(String variable, String segmentBefore) {
        String name = (variable + " " + segmentBefore).toLowerCase();
        String[][] rules = { { "slot", "slot" }, { "order", "order" }, { "offer", "offer" }, { "household", "household" },
                { "foyer", "household" }, { "producer", "producer" }, { "producteur", "producer" },
                { "product", "product" }, { "produit", "product" }, { "relay", "relayPoint" },
                { "points-relais", "relayPoint" }, { "group", "group" }, { "antenna", "antenna" },
                { "antenne", "antenna" }, { "round", "round" }, { "tournee", "round" }, { "account", "account" },
                { "acces", "account" } };
        for (String[] rule : rules) {
            if (name.contains(rule[0])) {
                return ids.get(rule[1]);
            }
        }
        return 1;
    }

    private String fill(String template) {
        Matcher variable = Pattern.compile("([a-z-]*)/?\\{([^}]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String segment = variable.group(1);
            variable.appendReplacement(out, Matcher.quoteReplacement(segment + (template.charAt(variable.start()
                    + segment.length()) == '/' ? "/" : "") + idFor(variable.group(2), segment)));
        }
        variable.appendTail(out);
        return out.toString();
    }

    // ---- JSON ----

    private void fuzzJson(String method, String pathTemplate, JsonNode schema, JsonNode openApi) {
        String path = fill(pathTemplate);
        List<String[]> variants = new ArrayList<>();
        variants.add(new String[] { "empty body", "" });
        variants.add(new String[] { "null", "null" });
        variants.add(new String[] { "not JSON", "{\"a\": " });
        variants.add(new String[] { "array", "[]" });
        variants.add(new String[] { "empty object", "{}" });
        if (schema != null && schema.has("properties")) {
            ObjectNode valid = example(schema, openApi);
            variants.add(new String[] { "example", valid.toString() });
            for (Iterator<String> fields = schema.get("properties").fieldNames(); fields.hasNext();) {
                String field = fields.next();
                for (Map.Entry<String, JsonNode> bad : badValues(field).entrySet()) {
                    ObjectNode body = valid.deepCopy();
                    body.set(field, bad.getValue());
                    variants.add(new String[] { field + " = " + bad.getKey(), body.toString() });
                }
                ObjectNode missing = valid.deepCopy();
                missing.remove(field);
                variants.add(new String[] { field + " missing", missing.toString() });
            }
        }
        chooseRole(method, path, "application/json", variants.get(variants.size() > 5 ? 5 : 4)[1]);
        for (String[] variant : variants) {
            send(method, path, "application/json", variant[1], method.toUpperCase() + " " + pathTemplate + " ["
                    + variant[0] + "]", true);
        }
    }

    private Map<String, JsonNode> badValues(String field) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("null", f.nullNode());
        values.put("NUL", f.textNode("a\u0000b"));
        values.put("10,000 chars", f.textNode("é".repeat(10_000)));
        values.put("unicode", f.textNode(List.of("𝓟𝓪𝓷𝓲𝓮𝓻 🍏", "‮rtl‬", "ﷺ", "\uFEFF").get(random.nextInt(4))));
        values.put("23 digits", f.numberNode(new BigDecimal("99999999999999999999999")));
        values.put("2^63-1", f.numberNode(Long.MAX_VALUE));
        values.put("-1", f.numberNode(-1));
        values.put("0", f.numberNode(0));
        values.put("0.0001", f.numberNode(new BigDecimal("0.0001")));
        values.put("1e15", f.numberNode(new BigDecimal("1e15")));
        values.put("1e308", f.numberNode(new BigDecimal("1e308")));
        values.put("true", f.booleanNode(true));
        values.put("object", f.objectNode());
        values.put("duplicate ids", f.arrayNode().add(ids.get("group")).add(ids.get("group")));
        values.put("another antenna", f.numberNode(ids.get("otherAntenna")));
        return values;
    }

    /** A plausible body from the schema: ids of the world, small numbers, short French text. */
    private ObjectNode example(JsonNode schema, JsonNode openApi) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.get("properties").fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            body.set(field.getKey(), exampleValue(field.getKey(), resolve(openApi, field.getValue()), openApi, 0));
        }
        return body;
    }

    private JsonNode exampleValue(String name, JsonNode schema, JsonNode openApi, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "integer" -> name.toLowerCase().endsWith("id") ? f.numberNode(idFor(name, "")) : f.numberNode(1);
            case "number" -> f.numberNode(1);
            case "boolean" -> f.booleanNode(false);
            case "string" -> "date".equals(schema.path("format").asText()) ? f.textNode(LocalDate.now().plusDays(5).toString())
                    : "date-time".equals(schema.path("format").asText()) ? f.textNode(Instant.now().plusSeconds(86_400).toString())
                    : name.toLowerCase().contains("email") ? f.textNode("essai@exemple.org")
                    : f.textNode("Essai");
            case "array" -> depth > 2 ? f.arrayNode() : f.arrayNode().add(exampleValue(name,
                    resolve(openApi, schema.path("items")), openApi, depth + 1));
            default -> {
                ObjectNode object = f.objectNode();
                if (depth <= 2 && schema.has("properties")) {
                    schema.get("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            exampleValue(p.getKey(), resolve(openApi, p.getValue()), openApi, depth + 1)));
                }
                yield object;
            }
        };
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = openApi;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(openApi, current.get("allOf").get(0));
        }
        return current;
    }

    // ---- forms ----

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("\\bname=\"([^\"{}]+)\"");

    private int fuzzForms() throws IOException {
        Map<String, Set<String>> forms = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file).replaceAll("(?s)\\{!.*?!}", "");
                Matcher form = FORM.matcher(text);
                while (form.find()) {
                    String attributes = form.group(1);
                    if (!attributes.contains("method=\"post\"")) {
                        continue;
                    }
                    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(attributes);
                    if (!action.find() || action.group(1).startsWith("{") || action.group(1).contains("j_security")
                            || action.group(1).equals("/logout")) {
                        // an address the page bean computes, the login form, or logging out (it ends every session of
                        // the account on the server, so the rest of the run would be sent logged out)
                        continue;
                    }
                    Set<String> fields = forms.computeIfAbsent(action.group(1), k -> new LinkedHashSet<>());
                    Matcher field = FIELD.matcher(form.group(2));
                    while (field.find()) {
                        if (!field.group(1).equals("csrf-token")) {
                            fields.add(field.group(1));
                        }
                    }
                }
            }
        }
        String[] bad = { "", "a\u0000b", "é".repeat(10_000), "99999999999999999999999", "-1", "0", "0,0001", "1e308",
                "𝓟🍏", "abc" };
        for (Map.Entry<String, Set<String>> form : forms.entrySet()) {
            String action = fill(form.getKey().replaceAll("\\?.*", ""));
            Map<String, String> probe = new LinkedHashMap<>();
            form.getValue().forEach(f -> probe.put(f, "1"));
            chooseRole("post", action, "application/x-www-form-urlencoded", probe);
            for (String field : form.getValue()) {
                for (String value : bad) {
                    Map<String, String> body = new LinkedHashMap<>();
                    form.getValue().forEach(f -> body.put(f, "1"));
                    body.put(field, value);
                    send("post", action, "application/x-www-form-urlencoded", body, "POST " + form.getKey() + " ["
                            + field + " = " + (value.length() > 20 ? value.length() + " chars" : value) + "]", false);
                }
            }
            send("post", action, "application/x-www-form-urlencoded", Map.of(), "POST " + form.getKey()
                    + " [no field]", false);
        }
        return forms.size();
    }

    // ---- sending and checking ----

    private void send(String method, String path, String contentType, Object body, String label, boolean api) {
        long[] before = counts();
        Response response = request(contentType, body).request(method, path);
        sent++;
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(label + " → " + status + " " + excerpt(response.asString()));
            return;
        }
        if (status >= 400 && api && status != 404 && status != 405 && status != 415 && status != 403) {
            String type = response.contentType();
            String detail = type != null && type.startsWith("application/problem+json")
                    ? response.jsonPath().getString("detail") : null;
            String words = response.jsonPath().getString("title") + " " + detail;
            if (detail == null || !FRENCH.matcher(words).find() || detail.contains("Exception")
                    || detail.contains("java.")) {
                failures.add(label + " → " + status + " not a problem with a French message: " + type + " "
                        + excerpt(response.asString()));
            }
        }
        if (status >= 400) {
            long[] after = counts();
            for (int i = 0; i < TABLES.size(); i++) {
                if (after[i] != before[i]) {
                    failures.add(label + " → " + status + " but " + TABLES.get(i) + " went from " + before[i] + " to "
                            + after[i] + " rows");
                }
            }
        }
    }

    private RequestSpecification request(String contentType, Object body) {
        RequestSpecification request = given().config(RestAssuredConfig.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .cookie("panier_session", session).contentType(contentType + "; charset=UTF-8");
        if (body instanceof String text && !text.isEmpty()) {
            request.body(text);
        } else if (body instanceof Map<?, ?> fields) {
            fields.forEach((k, v) -> request.formParam((String) k, v));
        }
        return request;
    }

    private long[] counts() {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(TABLES.get(i)).append(")");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql.toString())) {
            row.next();
            long[] counts = new long[TABLES.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = row.getLong(i + 1);
            }
            return counts;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
