package org.paniercommun.fund;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.TestAccounts;
import org.paniercommun.access.ObjectKind;
import org.paniercommun.access.Operations;
import org.paniercommun.access.ParameterKinds;
import org.paniercommun.access.ScopeFilter;
import org.paniercommun.account.Role;
import org.paniercommun.closing.ClosingService;
import org.paniercommun.distribution.DistributionService;
import org.paniercommun.distribution.DistributionService.HandOutCommand;
import org.paniercommun.distribution.DistributionService.LineUpdate;
import org.paniercommun.distribution.DistributionService.PaymentCommand;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.distribution.PickupLists;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderLine;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.kernel.Money;

/**
 * Issue 23, point 5: the solidarity fund is anonymous for the staff. A month is lived with households of every tier
 * that draw from the fund and that do not, online and on paper; then, as a volunteer of the group and as a
 * coordinator, every GET operation of the app (the JSON API and the pages, their PDF, CSV and spreadsheet exports)
 * is read for that month, and each output is searched, household by household, for what would tell a reader who drew
 * or how much:
 * <ul>
 * <li>(a) a drawing household's net amount to pay beside its goods total or line amounts, in one output or in two
 * outputs the same role can get;</li>
 * <li>(b) its reduction amount, its rate or a fund word near it (more than near a household of its tier that did not
 * draw);</li>
 * <li>(c) a household's tier shown to a volunteer;</li>
 * <li>(d) a field, or a word, present for a drawing household and not for a household of its tier that did not draw
 * (or the other way round).</li>
 * </ul>
 * The household itself still sees its reduction and its amount to pay. {@link #theDetectorsFindKnownLeaks()} feeds each
 * detector a made-up leak so that none of them can pass by finding nothing.
 */
@QuarkusTest
class FundAnonymityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VOLUNTEER = "bénévole";
    private static final String COORDINATOR = "coordinateur";
    /** How far after a household's name its block reaches when no other household follows. */
    private static final int BLOCK_CAP = 2500;
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(:[^}]*)?}");
    private static final Pattern FUND_WORDS = Pattern.compile(
            "(?iu)caisse[\\s_-]*solidaire|r[ée]duction|solidaire|fund|reduction|taux|cagnotte|fundRate|fundReduction");
    private static final Pattern TIER_WORDS = Pattern.compile("(?iu)\\btarif(?:s)?\\b(?:\\s*[123])?|\\btier\\b|pricetier|\\btiers?\\s*[123]\\b");

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    ClosingService closing;

    @Inject
    FundService fund;

    @Inject
    DistributionService distribution;

    @Inject
    PickupLists lists;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    /** A household of the month and what its order came to once handed out. */
    static final class Hh {
        final String name;
        final long id;
        final int tier;
        final Integer rate;
        final boolean paper;
        long orderId;
        long net;
        long reduction;
        /** Every net amount and reduction it had this month (before and after weighing). */
        final Set<Long> nets = new LinkedHashSet<>();
        final Set<Long> reductions = new LinkedHashSet<>();
        /** Unit price of each offer at its tier, by offer. */
        final Map<Long, Long> unitPrices = new TreeMap<>();
        final Set<Long> goods = new LinkedHashSet<>();

        Hh(String name, long id, int tier, Integer rate, boolean paper) {
            this.name = name;
            this.id = id;
            this.tier = tier;
            this.rate = rate;
            this.paper = paper;
        }

        boolean draws() {
            return rate != null;
        }

        @Override
        public String toString() {
            return name + " (n° " + id + ", tarif " + tier + (draws() ? ", tire " + rate + " %" : ", ne tire pas")
                    + (paper ? ", papier" : "") + ")";
        }
    }

    /** One answer read: who read it, from which operation, as text (and as JSON when it is). */
    record Output(String role, String operation, String path, String kind, String text, JsonNode json,
            Long forHousehold) {

        String where() {
            return operation + " → " + path;
        }
    }

    record Finding(String role, String operation, String path, String household, String rule, String excerpt) {

        @Override
        public String toString() {
            return "[" + role + "] " + operation + " (" + path + ") · " + household + " · " + rule + " · «" + excerpt
                    + "»";
        }
    }

    /** The detectors, over a set of households and outputs: kept apart from the month so the self-check can feed them. */
    static final class Detectors {
        final List<Hh> households;
        final List<Finding> findings = new ArrayList<>();
        /** Per role and drawing household: where its net was found, where its goods or line amounts were. */
        final Map<String, Map<Long, Set<String>>> netSeen = new TreeMap<>();
        final Map<String, Map<Long, Set<String>>> goodsSeen = new TreeMap<>();

        Detectors(List<Hh> households) {
            this.households = households;
        }

        Hh byId(long id) {
            return households.stream().filter(h -> h.id == id).findFirst().orElseThrow();
        }

        /** Its unit prices that no household of another tier pays: reading one tells its tier. */
        Set<Long> tierPrices(Hh h) {
            Set<Long> prices = new TreeSet<>();
            for (Map.Entry<Long, Long> price : h.unitPrices.entrySet()) {
                boolean distinct = households.stream().filter(k -> k.tier != h.tier)
                        .map(k -> k.unitPrices.get(price.getKey()))
                        .allMatch(other -> other == null || !other.equals(price.getValue()));
                boolean othersPriced = households.stream().anyMatch(k -> k.tier != h.tier
                        && k.unitPrices.containsKey(price.getKey()));
                if (distinct && othersPriced) {
                    prices.add(price.getValue());
                }
            }
            return prices;
        }

        /** The household of the same tier and kind that did not draw, as a control for a drawing one. */
        Hh controlOf(Hh drawer) {
            return households.stream().filter(h -> !h.draws() && !h.paper && h.tier == drawer.tier).findFirst()
                    .orElse(null);
        }

        /** Runs the detectors that look at one output at a time; {@code controls} gives the same operation for another household. */
        void examine(Output output, Map<Long, Output> sameOperation) {
            Map<Long, Block> blocks = blocks(output);
            for (Hh h : households) {
                Block block = blocks.get(h.id);
                if (block == null) {
                    continue;
                }
                if (h.draws()) {
                    netBesideLines(output, h, block);
                    fundTrace(output, h, block, controlBlock(output, h, blocks, sameOperation));
                    difference(output, h, block, controlBlock(output, h, blocks, sameOperation));
                }
                if (output.role().equals(VOLUNTEER)) {
                    Matcher tier = TIER_WORDS.matcher(block.text);
                    if (tier.find()) {
                        add(output, h, "c: palier tarifaire montré à un bénévole (" + tier.group() + ")", block.text,
                                tier.start());
                    }
                    Set<Long> prices = tierPrices(h);
                    int price = firstAmount(block.text, prices, output.json() != null);
                    if (price >= 0) {
                        add(output, h, "c: prix unitaire de son tarif montré à un bénévole (" + amounts(prices)
                                + ", propres au tarif " + h.tier + ")", block.text, price);
                    }
                }
            }
        }

        private Block controlBlock(Output output, Hh drawer, Map<Long, Block> blocks, Map<Long, Output> sameOperation) {
            Hh control = controlOf(drawer);
            if (control == null) {
                return null;
            }
            if (blocks.containsKey(control.id)) {
                return blocks.get(control.id);
            }
            Output other = sameOperation == null ? null : sameOperation.get(control.id);
            return other == null ? null : blocks(other).get(control.id);
        }

        private void netBesideLines(Output output, Hh h, Block block) {
            boolean json = output.json() != null;
            int net = firstAmount(block.text, h.nets, json);
            int goods = firstAmount(block.text, h.goods, json);
            String key = output.where();
            if (net >= 0) {
                netSeen.computeIfAbsent(output.role(), r -> new TreeMap<>()).computeIfAbsent(h.id,
                        k -> new TreeSet<>()).add(key);
            }
            if (goods >= 0) {
                goodsSeen.computeIfAbsent(output.role(), r -> new TreeMap<>()).computeIfAbsent(h.id,
                        k -> new TreeSet<>()).add(key);
            }
            if (net >= 0 && goods >= 0) {
                add(output, h, "a: net à payer (" + amounts(h.nets) + ") à côté du total ou des lignes", block.text,
                        net);
            }
        }

        private void fundTrace(Output output, Hh h, Block block, Block control) {
            boolean json = output.json() != null;
            int reduction = firstAmount(block.text, h.reductions, json);
            if (reduction >= 0) {
                add(output, h, "b: montant de la réduction (" + amounts(h.reductions) + ") près du foyer",
                        block.text, reduction);
            }
            Pattern rate = Pattern.compile("(?<![\\d,.])" + h.rate + "\\s?%|\"\\w*(?:rate|percent|taux)\\w*\"\\s*:\\s*"
                    + h.rate + "(?!\\d)", Pattern.CASE_INSENSITIVE);
            traceBeyondControl(output, h, block, control, rate, "b: taux de la réduction près du foyer");
            traceBeyondControl(output, h, block, control, FUND_WORDS, "b: mot de la caisse solidaire près du foyer");
        }

        /** A trace counts when the drawing household's block has more of it than its control's (a heading repeated for all is no trace). */
        private void traceBeyondControl(Output output, Hh h, Block block, Block control, Pattern pattern, String rule) {
            Map<String, Integer> mine = counts(pattern, block.text);
            Map<String, Integer> theirs = control == null ? Map.of() : counts(pattern, control.text);
            for (Map.Entry<String, Integer> entry : mine.entrySet()) {
                if (entry.getValue() > theirs.getOrDefault(entry.getKey(), 0)) {
                    Matcher m = pattern.matcher(block.text);
                    int at = 0;
                    while (m.find()) {
                        if (m.group().toLowerCase(Locale.ROOT).equals(entry.getKey())) {
                            at = m.start();
                            break;
                        }
                    }
                    add(output, h, rule + " (" + entry.getKey() + (control == null ? ", sans témoin"
                            : ", " + entry.getValue() + " fois contre " + theirs.getOrDefault(entry.getKey(), 0)
                                    + " chez le foyer témoin") + ")", block.text, at);
                    return;
                }
            }
        }

        private static Map<String, Integer> counts(Pattern pattern, String text) {
            Map<String, Integer> counts = new TreeMap<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            return counts;
        }

        /** (d) What differs between the blocks of a drawing household and its control, names, numbers and amounts aside. */
        private void difference(Output output, Hh h, Block block, Block control) {
            if (control == null) {
                return;
            }
            if (block.json != null && control.json != null) {
                Set<String> mine = meaningfulKeys(block.json);
                Set<String> theirs = meaningfulKeys(control.json);
                Set<String> onlyMine = new TreeSet<>(mine);
                onlyMine.removeAll(theirs);
                Set<String> onlyTheirs = new TreeSet<>(theirs);
                onlyTheirs.removeAll(mine);
                if (!onlyMine.isEmpty() || !onlyTheirs.isEmpty()) {
                    String fields = (onlyMine.isEmpty() ? "" : "renseigné seulement pour lui : " + onlyMine)
                            + (onlyTheirs.isEmpty() ? "" : " ; seulement pour le foyer témoin : " + onlyTheirs);
                    add(output, h, "d: champ JSON différent du foyer témoin (" + fields + ")", block.text,
                            Math.max(0, block.text.indexOf(onlyMine.isEmpty() ? "" : lastName(onlyMine.iterator().next()))));
                }
                return;
            }
            if (block.json == null && control.json == null && block.bounded != null && control.bounded != null) {
                Set<String> mine = words(block.bounded, h);
                Set<String> theirs = words(control.bounded, controlOf(h));
                Set<String> onlyMine = new TreeSet<>(mine);
                onlyMine.removeAll(theirs);
                Set<String> onlyTheirs = new TreeSet<>(theirs);
                onlyTheirs.removeAll(mine);
                // Page furniture (a PDF's running title and page numbers) falls between households where pages break.
                Set<String> furniture = words(preamble(output.text()), null);
                furniture.addAll(List.of("page", "pages", "sur", "suite"));
                onlyMine.removeAll(furniture);
                onlyTheirs.removeAll(furniture);
                if (!onlyMine.isEmpty() || !onlyTheirs.isEmpty()) {
                    String word = onlyMine.isEmpty() ? "" : onlyMine.iterator().next();
                    add(output, h, "d: mots différents du foyer témoin (seulement lui : " + onlyMine
                            + " ; seulement le témoin : " + onlyTheirs + ")", block.text,
                            Math.max(0, block.text.toLowerCase(Locale.ROOT).indexOf(word)));
                }
            }
        }

        /** The text before the first household's name: the output's heading. */
        private String preamble(String text) {
            int first = text.length();
            for (Hh h : households) {
                Matcher m = namePattern(h.name).matcher(text);
                if (m.find()) {
                    first = Math.min(first, m.start());
                }
            }
            return text.substring(0, first);
        }

        private static String lastName(String path) {
            return path.substring(path.lastIndexOf('.') + 1).replace("[]", "");
        }

        /** The key paths of a JSON block whose value says something: not null, not 0, not false, not empty. */
        static Set<String> meaningfulKeys(JsonNode node) {
            Set<String> keys = new TreeSet<>();
            collectKeys(node, "", keys);
            return keys;
        }

        private static void collectKeys(JsonNode node, String path, Set<String> keys) {
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    collectKeys(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), keys);
                }
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    collectKeys(item, path + "[]", keys);
                }
            } else if (!(node.isNull() || (node.isNumber() && node.asDouble() == 0) || (node.isBoolean() && !node.asBoolean())
                    || (node.isTextual() && node.asText().isBlank()))) {
                keys.add(path);
            }
        }

        /** The words of a text, household names and anything with a digit (numbers, amounts, references) left out. */
        private Set<String> words(String text, Hh self) {
            String rest = text;
            for (Hh h : households) {
                rest = namePattern(h.name).matcher(rest).replaceAll(" ");
            }
            Set<String> words = new TreeSet<>();
            Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(rest.toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (m.group().length() >= 3 && m.group().chars().allMatch(Character::isLetter)) {
                    words.add(m.group());
                }
            }
            return words;
        }

        /** The pair rule: a role gets a drawing household's net in one output and its goods in another. */
        void pairs() {
            for (String role : netSeen.keySet()) {
                for (Map.Entry<Long, Set<String>> net : netSeen.get(role).entrySet()) {
                    Set<String> goods = goodsSeen.getOrDefault(role, Map.of()).getOrDefault(net.getKey(), Set.of());
                    Set<String> elsewhere = new TreeSet<>(goods);
                    elsewhere.removeAll(net.getValue());
                    Set<String> netOnly = new TreeSet<>(net.getValue());
                    netOnly.removeAll(goods);
                    if (!elsewhere.isEmpty() && (!netOnly.isEmpty() || !net.getValue().isEmpty())) {
                        Hh h = byId(net.getKey());
                        findings.add(new Finding(role, "(paire de sorties)", "", h.toString(),
                                "a: net dans une sortie, total ou lignes dans une autre", "net dans "
                                        + first(net.getValue(), 50) + " ; lignes dans " + first(elsewhere, 50)));
                    }
                }
            }
        }

        private static String first(Set<String> set, int n) {
            return set.stream().limit(n).toList() + (set.size() > n ? " (+" + (set.size() - n) + ")" : "");
        }

        private void add(Output output, Hh h, String rule, String text, int at) {
            findings.add(new Finding(output.role(), output.operation(), output.path(), h.toString(), rule,
                    excerpt(text, at)));
        }

        /** Each household's block in an output: after its name up to the next household's name; in JSON, the part about it alone. */
        Map<Long, Block> blocks(Output output) {
            return output.json() != null ? jsonBlocks(output) : textBlocks(output.text(), output.forHousehold());
        }

        Map<Long, Block> textBlocks(String text, Long forHousehold) {
            List<int[]> marks = new ArrayList<>(); // start, end, index of the household
            for (int i = 0; i < households.size(); i++) {
                Matcher m = namePattern(households.get(i).name).matcher(text);
                while (m.find()) {
                    marks.add(new int[] { m.start(), m.end(), i });
                }
                // Its number, as lists print it ("N° 107"): a household shown by number only is still told apart.
                Matcher number = Pattern.compile("(?iu)\\bn[°o]\\s*" + households.get(i).id + "(?!\\d)").matcher(text);
                while (number.find()) {
                    marks.add(new int[] { number.start(), number.end(), i });
                }
            }
            marks.sort((a, b) -> Integer.compare(a[0], b[0]));
            Map<Long, Block> blocks = new LinkedHashMap<>();
            Set<Integer> named = new TreeSet<>();
            marks.forEach(m -> named.add(m[2]));
            if (named.isEmpty()) {
                if (forHousehold != null) {
                    blocks.put(forHousehold, new Block(text, null, null));
                }
                return blocks;
            }
            if (named.size() == 1 && forHousehold != null && named.contains(indexOf(forHousehold))) {
                blocks.put(forHousehold, new Block(text, null, null));
                return blocks;
            }
            Map<Integer, StringBuilder> texts = new TreeMap<>();
            Map<Integer, StringBuilder> bounded = new TreeMap<>();
            for (int k = 0; k < marks.size(); k++) {
                int[] mark = marks.get(k);
                int end = -1;
                for (int j = k + 1; j < marks.size(); j++) {
                    if (marks.get(j)[2] != mark[2]) {
                        end = marks.get(j)[0];
                        break;
                    }
                }
                // The line the name is on (a CSV row starts with the household's number).
                int previousEnd = k == 0 ? 0 : marks.get(k - 1)[1];
                int lineStart = Math.max(previousEnd, text.lastIndexOf('\n', mark[0]) + 1);
                boolean isBounded = end >= 0 && end - mark[0] <= BLOCK_CAP;
                int stop = end >= 0 ? Math.min(end, mark[0] + BLOCK_CAP) : Math.min(text.length(), mark[0] + BLOCK_CAP);
                texts.computeIfAbsent(mark[2], i -> new StringBuilder()).append(text, lineStart, stop).append('\n');
                if (isBounded) {
                    bounded.computeIfAbsent(mark[2], i -> new StringBuilder()).append(text, lineStart, stop)
                            .append('\n');
                }
            }
            texts.forEach((i, t) -> blocks.put(households.get(i).id, new Block(t.toString(), null,
                    bounded.containsKey(i) ? bounded.get(i).toString() : null)));
            return blocks;
        }

        private int indexOf(long householdId) {
            for (int i = 0; i < households.size(); i++) {
                if (households.get(i).id == householdId) {
                    return i;
                }
            }
            return -1;
        }

        Map<Long, Block> jsonBlocks(Output output) {
            Map<Long, Block> blocks = new LinkedHashMap<>();
            JsonNode root = output.json();
            Map<JsonNode, Set<Long>> mentions = new java.util.IdentityHashMap<>();
            Set<Long> all = mentions(root, mentions);
            if (all.isEmpty() && output.forHousehold() != null) {
                blocks.put(output.forHousehold(), new Block(root.toString(), root, null));
                return blocks;
            }
            if (output.forHousehold() != null && all.equals(Set.of(output.forHousehold()))) {
                blocks.put(output.forHousehold(), new Block(root.toString(), root, null));
                return blocks;
            }
            collectBlocks(root, mentions, blocks);
            return blocks;
        }

        private void collectBlocks(JsonNode node, Map<JsonNode, Set<Long>> mentions, Map<Long, Block> blocks) {
            Set<Long> set = mentions.getOrDefault(node, Set.of());
            if (set.size() == 1) {
                long id = set.iterator().next();
                Block previous = blocks.get(id);
                blocks.put(id, previous == null ? new Block(node.toString(), node, null)
                        : new Block(previous.text + "\n" + node, previous.json, null));
                return;
            }
            if (set.isEmpty()) {
                return;
            }
            for (JsonNode child : node) {
                collectBlocks(child, mentions, blocks);
            }
        }

        /** Which households a JSON node speaks of: by name, by {@code householdId} or {@code orderId}. */
        private Set<Long> mentions(JsonNode node, Map<JsonNode, Set<Long>> mentions) {
            Set<Long> set = new TreeSet<>();
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    JsonNode value = field.getValue();
                    if (value.isValueNode()) {
                        String key = field.getKey().toLowerCase(Locale.ROOT);
                        for (Hh h : households) {
                            if ((key.equals("householdid") && value.asLong() == h.id)
                                    || (key.equals("orderid") && value.asLong() == h.orderId && h.orderId != 0)
                                    || (value.isTextual() && namePattern(h.name).matcher(value.asText()).find())) {
                                set.add(h.id);
                            }
                        }
                    } else {
                        set.addAll(mentions(value, mentions));
                    }
                }
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    set.addAll(mentions(item, mentions));
                }
            } else if (node.isTextual()) {
                for (Hh h : households) {
                    if (namePattern(h.name).matcher(node.asText()).find()) {
                        set.add(h.id);
                    }
                }
            }
            mentions.put(node, set);
            return set;
        }
    }

    /** A household's part of an output; {@code bounded}: its text up to another household's name only (or null). */
    record Block(String text, JsonNode json, String bounded) {
    }

    static String amounts(Set<Long> cents) {
        return String.join(" / ", cents.stream().map(Money::format).toList()).replace('\u00a0', ' ');
    }

    static Pattern namePattern(String name) {
        StringBuilder regex = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Where one of these amounts first appears: "33,27 €", "33,27", "33.27", and in JSON the cents 3327. */
    static int firstAmount(String text, java.util.Collection<Long> amounts, boolean json) {
        int first = -1;
        for (long cents : amounts) {
            if (cents <= 0) {
                continue;
            }
            String euros = String.valueOf(cents / 100);
            String rest = String.format("%02d", cents % 100);
            List<String> forms = new ArrayList<>();
            forms.add("(?<![\\d.,])" + euros + "[,.]" + rest + "(?!\\d)");
            if (cents >= 100_000) {
                forms.add("(?<![\\d.,])" + Money.format(cents).replace("\u00a0€", "").replace("\u202f", "\\s?")
                        .replace("\u00a0", "\\s?").replace(" ", "\\s?") + "(?!\\d)");
            }
            if (json) {
                // A JSON number stands alone: "330" inside a name such as "Groupe 330cd9a3" is not an amount.
                forms.add("(?<![\\w.])" + cents + "(?![\\w.])");
                if (cents % 100 == 0) {
                    forms.add("(?<![\\w.])" + euros + "(?:\\.0+)?(?![\\w.])");
                } else if (cents % 10 == 0) {
                    forms.add("(?<![\\d.,])" + euros + "\\." + (cents % 100) / 10 + "(?!\\d)");
                }
            }
            for (String form : forms) {
                Matcher m = Pattern.compile(form).matcher(text);
                if (m.find() && (first < 0 || m.start() < first)) {
                    first = m.start();
                }
            }
        }
        return first;
    }

    static String excerpt(String text, int at) {
        int from = Math.max(0, at - 50);
        int to = Math.min(text.length(), from + 120);
        return text.substring(from, to).replaceAll("\\s+", " ").trim();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The month
    // ------------------------------------------------------------------------------------------------------------

    private RoundFixtures.Setup setup;
    private long roundId;
    private long slotId;
    private String volunteer;
    private final List<Hh> households = new ArrayList<>();

    private void liveTheMonth() throws Exception {
        setup = roundFixtures.draftRound(null);
        var place = setup.place();
        roundId = setup.round().id;
        long antenna = place.antenna().id;
        fund.settings(antenna, new FundService.Settings(List.of(10, 20, 30), 0L, null, true));
        fund.record(antenna, new FundService.EntryCommand(EntryKind.GRANT, 100_000L, "Fondation du bassin", null, null),
                "test");
        rounds.setSlots(roundId, List.of(new SlotCommand(place.relayPoint().id, LocalDate.now().plusDays(2),
                "14 h – 17 h")));
        rounds.open(roundId, Instant.now());
        long lentils = roundFixtures.offerId(setup, 0);
        long flour = roundFixtures.offerId(setup, 1);
        volunteer = accounts.volunteerOf(place.group().id);
        // Lentils 6 kg (paper 7) and flour 3 kg (paper 3.5) each: 50 kg and 25 kg, whole sacks, nothing trimmed.
        String[][] online = { { "Capucine", "1", "10" }, { "Verveine", "1", null }, { "Mistral", "2", "20" },
                { "Églantier", "2", null }, { "Sorbier", "3", "30" }, { "Genêt", "3", null } };
        Instant now = Instant.now();
        for (String[] o : online) {
            Household h = fixtures.household(place, Fixtures.unique(o[0]), Integer.parseInt(o[1]));
            Integer rate = o[2] == null ? null : Integer.valueOf(o[2]);
            households.add(new Hh(h.displayName, h.id, h.priceTier, rate, false));
            orders.place(roundId, h.id, List.of(new LineCommand(lentils, new BigDecimal("6")),
                    new LineCommand(flour, new BigDecimal("3"))), rate, null, null, now);
        }
        String[][] paper = { { "Iris", "1" }, { "Kaolin", "2" } };
        for (String[] p : paper) {
            Household h = fixtures.household(place, Fixtures.unique(p[0]), Integer.parseInt(p[1]));
            households.add(new Hh(h.displayName, h.id, h.priceTier, null, true));
            orders.place(roundId, h.id, List.of(new LineCommand(lentils, new BigDecimal("7")),
                    new LineCommand(flour, new BigDecimal("3.5"))), null, null, volunteer, now);
        }
        rounds.close(roundId, Instant.now());
        closing.confirm(roundId, Instant.now());
        slotId = rounds.slots(roundId).get(0).id;
        // The box of bons solidaires before the day: the paper households (and anyone) may pay part with them.
        fund.setBonsBox(slotId, 10, null, volunteer);
        recordAmounts();
    }

    /** Distribution day, then what each household's order came to. */
    private void handOutEveryHousehold() {
        // Distribution day: every household's lentils weighed (each a little off), then it pays what it owes.
        String[] weights = { "6.12", "5.94", "6.26", "6.08", "5.88", "6.18", "7.04", "6.96" };
        for (var row : lists.of(roundId, slotId, PickupLists.Sort.NUMBER).households()) {
            int index = indexOf(row.householdId());
            List<LineUpdate> weighed = row.lines().stream().filter(l -> l.product().equals("Lentilles vertes"))
                    .map(l -> new LineUpdate(l.lineId(), new BigDecimal(weights[index]), false)).toList();
            var saved = distribution.handOut(roundId, slotId, row.orderId(), new HandOutCommand(row.version(), weighed,
                    0, 0L, null, false, false), volunteer, Instant.now());
            distribution.handOut(roundId, slotId, row.orderId(), new HandOutCommand(saved.version(), List.of(), 0, 0L,
                    new PaymentCommand(index % 2 == 0 ? PaymentMethod.CASH : PaymentMethod.CARD,
                            saved.amountToCollectCents()), true, false), volunteer, Instant.now());
        }
        paperHouseholdsPayPartWithBons();
        distribution.closeDay(roundId, slotId, volunteer, Instant.now());
        recordAmounts();
    }

    private void recordAmounts() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Hh h : households) {
                Order order = Order.find("round.id = ?1 and household.id = ?2", roundId, h.id).firstResult();
                h.orderId = order.id;
                h.net = order.amountToPayCents();
                h.reduction = order.fundReductionCents;
                h.nets.add(h.net);
                h.reductions.add(h.reduction);
                h.goods.add(order.goodsTotalCents());
                h.goods.add(order.totalCents);
                for (OrderLine line : order.lines) {
                    h.unitPrices.put(line.offer.id, line.unitPriceCents);
                    h.goods.add(line.amountCents);
                    if (line.finalAmountCents != null) {
                        h.goods.add(line.finalAmountCents);
                    }
                }
            }
        });
        for (Hh h : households) {
            if (h.draws()) {
                assertTrue(h.reduction > 0, "the fund granted the draw of " + h);
                Set<Long> seen = new java.util.HashSet<>();
                boolean apart = h.nets.stream().allMatch(seen::add) && h.reductions.stream().allMatch(seen::add)
                        && h.goods.stream().allMatch(seen::add);
                assertTrue(apart, "net, reduction and goods of " + h + " are told apart: " + h.nets + " "
                        + h.reductions + " " + h.goods);
            } else {
                assertEquals(0, h.reduction, h.toString());
            }
        }
    }

    /**
     * The paper households paid part of what they owed with bons solidaires from the box (their whole amount went in
     * the till, bons counted as cash); at the end of the day the volunteer records only the total found in the till.
     */
    void paperHouseholdsPayPartWithBons() {
        fund.setBonsBox(slotId, 10, 4, volunteer);
        assertEquals(-400, QuarkusTransaction.requiringNew().call(() -> ((Number) FundEntry.getEntityManager()
                .createNativeQuery("select coalesce(sum(amount_cents), 0) from fund_entries where round_id = :r "
                        + "and kind = 'BONS'").setParameter("r", roundId).getSingleResult()).longValue()));
    }

    private int indexOf(long householdId) {
        for (int i = 0; i < households.size(); i++) {
            if (households.get(i).id == householdId) {
                return i;
            }
        }
        throw new IllegalStateException("not a household of the month: " + householdId);
    }

    // ------------------------------------------------------------------------------------------------------------
    // The crawl
    // ------------------------------------------------------------------------------------------------------------

    /** What one crawl read, and the operations it could not fill. */
    private final List<Output> outputs = new ArrayList<>();
    private final List<Finding> filterFindings = new ArrayList<>();
    private final Set<String> notApplicable = new TreeSet<>();
    private final Map<String, Long> millisByOperation = new TreeMap<>();
    private int operations;

    @Test
    void noOutputForStaffTellsWhoDrewFromTheFundOrHowMuch() throws Exception {
        long started = System.nanoTime();
        long mailsBefore = longOf("select coalesce(max(id), 0) from outbox_emails");
        long auditBefore = longOf("select coalesce(max(id), 0) from audit_entries");
        liveTheMonth();
        var place = setup.place();
        String coordinator = accounts.create(Role.COORDINATOR);
        Map<String, String> sessions = new LinkedHashMap<>();
        sessions.put(VOLUNTEER, session(volunteer));
        sessions.put(COORDINATOR, session(coordinator));

        Map<ObjectKind, List<Long>> ids = new java.util.EnumMap<>(ObjectKind.class);
        ids.put(ObjectKind.ANTENNA, List.of(place.antenna().id));
        ids.put(ObjectKind.GROUP, List.of(place.group().id));
        ids.put(ObjectKind.RELAY_POINT, List.of(place.relayPoint().id));
        ids.put(ObjectKind.ROUND, List.of(roundId));
        ids.put(ObjectKind.SLOT, List.of(slotId));
        ids.put(ObjectKind.PRODUCER, List.of(setup.products().get(0).producerId()));
        ids.put(ObjectKind.PRODUCT, setup.products().stream().map(p -> p.id()).toList());
        ids.put(ObjectKind.ROUND_OFFER, List.of(roundFixtures.offerId(setup, 0), roundFixtures.offerId(setup, 1)));
        ids.put(ObjectKind.ACCOUNT, List.of(longOf("select id from user_accounts where login = '" + volunteer + "'")));

        // The lists are printed before distribution day (what each household has to pay), read again once it is over
        // (what each paid).
        crawl("avant la remise", sessions, ids);
        long firstCrawl = System.nanoTime();
        handOutEveryHousehold();
        crawl("après la remise", sessions, ids);
        // What the staff got by e-mail this month, and what the audit log keeps.
        outputs.addAll(stored("courriels", "select subject || E'\\n' || coalesce(text_body, '') || E'\\n' || "
                + "coalesce(convert_from(attachment, 'UTF8'), '') from outbox_emails where id > " + mailsBefore
                + " and (attachment_type is null or attachment_type like 'text/%')"));
        for (String login : List.of(volunteer, coordinator)) {
            for (var mail : mailbox.getMailsSentTo(login)) {
                outputs.add(new Output("courriels", "(e-mail) " + mail.getSubject(), login, "MAIL",
                        clean(mail.getSubject() + "\n" + (mail.getText() != null ? mail.getText()
                                : normalise(String.valueOf(mail.getHtml())))), null, null));
            }
        }
        outputs.addAll(stored("journal d'audit", "select action || ' ' || coalesce(subject, '') || ' ' || "
                + "coalesce(detail, '') from audit_entries where id > " + auditBefore));

        Detectors detectors = new Detectors(households);
        Map<String, Map<Long, Output>> byOperation = new LinkedHashMap<>();
        for (Output output : outputs) {
            if (output.forHousehold() != null) {
                byOperation.computeIfAbsent(output.role() + " " + output.operation() + " "
                        + output.path().replaceAll("\\d+", "#"), k -> new LinkedHashMap<>())
                        .put(output.forHousehold(), output);
            }
        }
        for (Output output : outputs) {
            detectors.examine(output, output.forHousehold() == null ? null
                    : byOperation.get(output.role() + " " + output.operation() + " " + output.path().replaceAll("\\d+", "#")));
        }
        detectors.pairs();
        List<Finding> findings = new ArrayList<>(detectors.findings);
        findings.addAll(filterFindings);

        Map<String, Long> kinds = new TreeMap<>();
        outputs.forEach(o -> kinds.merge(o.kind(), 1L, Long::sum));
        System.out.println("[anonymity] month: " + households);
        System.out.println("[anonymity] " + operations + " operations × " + sessions.size() + " roles: "
                + outputs.size() + " outputs read (" + kinds.getOrDefault("PDF", 0L) + " PDF, "
                + kinds.getOrDefault("CSV", 0L) + " CSV, " + kinds.getOrDefault("XLSX", 0L) + " spreadsheets, "
                + kinds.getOrDefault("HTML", 0L) + " HTML, " + kinds.getOrDefault("JSON", 0L) + " JSON, "
                + kinds.getOrDefault("MAIL", 0L) + " e-mails, " + kinds.getOrDefault("AUDIT", 0L) + " audit entries), "
                + findings.size() + " findings; " + (System.nanoTime() - started) / 1_000_000 + " ms ("
                + (firstCrawl - started) / 1_000_000 + " ms to the end of the first crawl)");
        System.out.println("[anonymity] not called, the month has none of their objects (baskets, funders, links): "
                + notApplicable);
        System.out.println("[anonymity] slowest operations (ms, both crawls): " + millisByOperation.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList());
        findings.stream().sorted(java.util.Comparator.comparing(Finding::operation).thenComparing(Finding::role)
                .thenComparing(Finding::rule)).forEach(f -> System.out.println("[anonymity] " + f));

        // The readers work on every format: some output of each kind is cut into the blocks of all the households.
        Map<String, Integer> widest = new TreeMap<>();
        for (Output output : outputs) {
            widest.merge(output.kind(), detectors.blocks(output).size(), Math::max);
        }
        System.out.println("[anonymity] most households told apart in one output, by kind: " + widest);
        for (String kind : List.of("PDF", "CSV", "XLSX", "HTML", "JSON")) {
            assertEquals(households.size(), widest.getOrDefault(kind, 0), "an output of kind " + kind
                    + " cut into every household's block");
        }
        theHouseholdItselfSeesItsReductionAndItsAmountToPay();
        assertEquals(List.of(), findings.stream().map(Finding::toString).limit(40).toList(),
                findings.size() + " findings: an output for the staff tells who drew from the fund or how much");
    }

    private void crawl(String phase, Map<String, String> sessions, Map<ObjectKind, List<Long>> ids) throws Exception {
        var place = setup.place();
        Map<String, String> roleNames = Map.of(VOLUNTEER, Role.VOLUNTEER, COORDINATOR, Role.COORDINATOR);
        operations = 0;
        for (Class<?> type : Operations.resourceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Operations.isOperation(method) || !method.isAnnotationPresent(GET.class)
                        || type.getName().contains(".DevMailPages")) {
                    continue;
                }
                String template = ScopeFilter.template(type, method);
                if (template.startsWith("/test-only")) {
                    continue;
                }
                operations++;
                Map<String, ObjectKind> kinds = new TreeMap<>();
                Matcher parameter = PARAMETER.matcher(template);
                boolean fillable = true;
                while (parameter.find()) {
                    String name = parameter.group(1);
                    ObjectKind kind = ParameterKinds.ofPath(template, name);
                    if (kind == null && name.equals("token")) {
                        fillable = false;
                    }
                    if (kind != null) {
                        kinds.put(name, kind);
                        if (!ids.containsKey(kind) && kind != ObjectKind.HOUSEHOLD && kind != ObjectKind.ORDER) {
                            fillable = false;
                        }
                    }
                }
                if (!fillable) {
                    notApplicable.add("GET " + template);
                    continue;
                }
                boolean perHousehold = kinds.containsValue(ObjectKind.HOUSEHOLD) || kinds.containsValue(ObjectKind.ORDER);
                if (perHousehold && !kinds.containsValue(ObjectKind.ROUND) && phase.startsWith("avant")) {
                    continue; // a household's own pages (its file, its payments): read once the month is over
                }
                Set<String> allowed = allowedRoles(type, method);
                String operation = "GET " + template.replaceAll("\\{(\\w+)[^}]*}", "{$1}");
                long before = System.nanoTime();
                for (Map.Entry<String, String> session : sessions.entrySet()) {
                    if (allowed != null && !allowed.contains(roleNames.get(session.getKey()))) {
                        continue;
                    }
                    for (Map.Entry<String, Long> path : paths(template, kinds, ids).entrySet()) {
                        for (String query : queries(method, place, session.getKey())) {
                            String url = path.getKey() + query;
                            Output output = read(session.getKey(), session.getValue(), operation, url, path.getValue(),
                                    phase);
                            if (output != null) {
                                outputs.add(output);
                            }
                        }
                        if (session.getKey().equals(VOLUNTEER) && hasQuery(method, "tier") && phase.startsWith("après")) {
                            filterFindings.addAll(tierFilter(session.getValue(), operation, path.getKey(), method,
                                    place));
                        }
                    }
                }
                millisByOperation.merge(operation, (System.nanoTime() - before) / 1_000_000, Long::sum);
            }
        }
    }

    /** Point 4: the drawing household, logged in, sees its reduction and its amount to pay. */
    private void theHouseholdItselfSeesItsReductionAndItsAmountToPay() throws Exception {
        Hh drawer = households.stream().filter(h -> h.draws() && h.tier == 2).findFirst().orElseThrow();
        String login = accounts.create(Role.HOUSEHOLD);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update households set user_account_id = (select id from user_accounts where login = ?) "
                                + "where id = ?")) {
            update.setString(1, login);
            update.setLong(2, drawer.id);
            update.executeUpdate();
        }
        var own = given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/api/rounds/" + roundId + "/orders/mine").then().statusCode(200).extract().jsonPath();
        assertEquals(drawer.reduction, own.getLong("fundReductionCents"), "its reduction");
        assertEquals(drawer.net, own.getLong("amountToPayCents"), "its amount to pay");
        assertEquals(drawer.rate, own.getInt("fundRatePercent"), "its rate");
        String page = normalise(given().auth().preemptive().basic(login, TestAccounts.PASSWORD)
                .get("/commandes/" + roundId).then().statusCode(200).extract().asString());
        assertTrue(page.contains(Money.format(drawer.net).replace('\u00a0', ' ')), "its page shows what it pays: "
                + page);
        assertTrue(page.contains(Money.format(drawer.reduction).replace('\u00a0', ' ')),
                "its page shows its reduction: " + page);
    }

    private Output read(String role, String session, String operation, String path, Long household, String phase)
            throws Exception {
        Response response = given().redirects().follow(false).cookie("panier_session", session).get(path);
        String url = path + " (" + phase + ")";
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            return null;
        }
        String type = String.valueOf(response.contentType()).toLowerCase(Locale.ROOT);
        byte[] body = response.asByteArray();
        if (type.contains("pdf")) {
            try (var document = Loader.loadPDF(body)) {
                return new Output(role, operation, url, "PDF", clean(new PDFTextStripper().getText(document)), null,
                        household);
            }
        }
        if (type.contains("spreadsheetml") || type.contains("opendocument")) {
            return new Output(role, operation, url, "XLSX", spreadsheetText(body), null, household);
        }
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        if (type.contains("csv")) {
            return new Output(role, operation, url, "CSV", clean(text.replace("\uFEFF", "")), null, household);
        }
        if (type.contains("json")) {
            JsonNode json = text.isBlank() ? null : JSON.readTree(text);
            return new Output(role, operation, url, "JSON", clean(text), json, household);
        }
        if (type.contains("html")) {
            return new Output(role, operation, url, "HTML", normalise(text), null, household);
        }
        return new Output(role, operation, url, "TEXT", clean(text), null, household);
    }

    private List<Output> stored(String role, String query) throws Exception {
        List<Output> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(new Output(role, role.equals("courriels") ? "(e-mail)" : "(audit)", "#" + found.size(),
                        role.equals("courriels") ? "MAIL" : "AUDIT", clean(rows.getString(1)), null, null));
            }
        }
        return found;
    }

    /** A volunteer filtering the household list by tier learns each household's tier even with no tier shown. */
    private List<Finding> tierFilter(String session, String operation, String path, Method method,
            org.paniercommun.Fixtures.Place place) {
        List<Finding> found = new ArrayList<>();
        for (int tier = 1; tier <= 3; tier++) {
            String query = "?tier=" + tier + (hasQuery(method, "groupId") ? "&groupId=" + place.group().id : "")
                    + (hasQuery(method, "size") ? "&size=100" : "");
            Response response = given().redirects().follow(false).cookie("panier_session", session).get(path + query);
            if (response.statusCode() >= 300) {
                continue;
            }
            String body = normalise(response.asString());
            final int t = tier;
            boolean allOfTier = households.stream().filter(h -> h.tier == t).allMatch(h -> namePattern(h.name)
                    .matcher(body).find());
            boolean noneOther = households.stream().filter(h -> h.tier != t).noneMatch(h -> namePattern(h.name)
                    .matcher(body).find());
            if (allOfTier && noneOther) {
                found.add(new Finding(VOLUNTEER, operation, path + query, "foyers du tarif " + tier,
                        "c: le filtre par tarif montre à un bénévole quels foyers sont de quel tarif",
                        excerpt(body, Math.max(0, body.indexOf(households.stream().filter(h -> h.tier == t)
                                .findFirst().orElseThrow().name)))));
            }
        }
        return found;
    }

    /** Each path of a template, with the household it was filled for (null when none). */
    private Map<String, Long> paths(String template, Map<String, ObjectKind> kinds, Map<ObjectKind, List<Long>> ids) {
        boolean perHousehold = kinds.containsValue(ObjectKind.HOUSEHOLD) || kinds.containsValue(ObjectKind.ORDER);
        Map<String, Long> paths = new LinkedHashMap<>();
        for (Hh h : perHousehold ? households : java.util.Collections.<Hh>singletonList(null)) {
            List<String> filled = new ArrayList<>(List.of(""));
            Matcher matcher = PARAMETER.matcher(template);
            int last = 0;
            while (matcher.find()) {
                String literal = template.substring(last, matcher.start());
                last = matcher.end();
                String name = matcher.group(1);
                ObjectKind kind = kinds.get(name);
                List<String> values;
                if (kind == ObjectKind.HOUSEHOLD) {
                    values = List.of(String.valueOf(h.id));
                } else if (kind == ObjectKind.ORDER) {
                    values = List.of(String.valueOf(h.orderId));
                } else if (kind != null) {
                    values = ids.get(kind).stream().map(String::valueOf).toList();
                } else if (name.equals("month") || name.equals("mois")) {
                    values = List.of(YearMonth.now().toString());
                } else {
                    values = List.of(String.valueOf(LocalDate.now().getYear()));
                }
                List<String> next = new ArrayList<>();
                for (String prefix : filled) {
                    for (String value : values) {
                        next.add(prefix + literal + value);
                    }
                }
                filled = next;
            }
            for (String prefix : filled) {
                paths.put(prefix + template.substring(last), h == null ? null : h.id);
            }
        }
        return paths;
    }

    /** The query strings worth trying: each list sorted both ways, filters set to this month's objects. */
    private static List<String> queries(Method method, org.paniercommun.Fixtures.Place place, String role) {
        List<String> fixed = new ArrayList<>();
        List<String> variants = new ArrayList<>(List.of(""));
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query == null) {
                continue;
            }
            switch (query.value()) {
                case "tri" -> variants.add("tri=numero");
                case "sort" -> variants.add("sort=number");
                case "groupId", "groupe" -> fixed.add(query.value() + "=" + place.group().id);
                case "antennaId", "antenne" -> fixed.add(query.value() + "=" + place.antenna().id);
                case "relayPointId" -> fixed.add(query.value() + "=" + place.relayPoint().id);
                case "month", "mois" -> fixed.add(query.value() + "=" + YearMonth.now());
                case "year", "annee" -> fixed.add(query.value() + "=" + LocalDate.now().getYear());
                case "from" -> fixed.add("from=" + LocalDate.now().minusDays(40));
                case "to" -> fixed.add("to=" + LocalDate.now().plusDays(40));
                case "size" -> fixed.add("size=100");
                default -> {
                }
            }
        }
        List<String> queries = new ArrayList<>();
        for (String variant : variants) {
            List<String> all = new ArrayList<>(fixed);
            if (!variant.isEmpty()) {
                all.add(variant);
            }
            queries.add(all.isEmpty() ? "" : "?" + String.join("&", all));
        }
        return queries;
    }

    private static boolean hasQuery(Method method, String name) {
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null && query.value().equals(name)) {
                return true;
            }
        }
        return false;
    }

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

    private static String session(String login) {
        return given().redirects().follow(false).formParam("j_username", login)
                .formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check").cookie("panier_session");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reading outputs as text
    // ------------------------------------------------------------------------------------------------------------

    /** No-break and thin spaces as plain spaces. */
    static String clean(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
    }

    private static final Pattern TAG = Pattern.compile("(?s)<([a-zA-Z][\\w-]*)([^>]*)>|</[^>]*>|<!--.*?-->");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)\\b(value|title|aria-label|alt|placeholder|data-[\\w-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    /**
     * What a reader of a page gets: the text of its main part (the navigation and footer are the same for every page)
     * with the values of fields, titles and data attributes kept where they stand (a volunteer reads an input's value,
     * and anyone reads the source), entities unescaped.
     */
    static String normalise(String html) {
        // The forms' CSRF token is random, read by nobody, and once spelt a fund word ("KtauX…": "taux").
        String body = html.replaceAll("(?i)<input type=\"hidden\" name=\"csrf-token\"[^>]*>", " ")
                .replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?is)<header class=\"site-header.*?</header>", " ")
                .replaceAll("(?is)<footer class=\"site-footer.*?</footer>", " ");
        StringBuilder text = new StringBuilder();
        Matcher tag = TAG.matcher(body);
        int last = 0;
        while (tag.find()) {
            text.append(body, last, tag.start());
            text.append(blockTag(tag.group()) ? "\n" : " ");
            if (tag.group(2) != null) {
                Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
                while (attribute.find()) {
                    String value = attribute.group(2);
                    text.append(value, 1, value.length() - 1).append(' ');
                }
            }
            last = tag.end();
        }
        text.append(body.substring(last));
        return clean(unescape(text.toString())).replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n");
    }

    private static boolean blockTag(String tag) {
        return tag.matches("(?is)</?(p|div|li|tr|h\\d|section|article|table|tbody|thead|br|form|fieldset|dl|dt|dd|ul|ol)\\b.*");
    }

    static String unescape(String text) {
        Matcher entity = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String e = entity.group(1);
            String replacement;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                replacement = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                replacement = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "euro" -> "€";
                    case "eacute" -> "é";
                    case "egrave" -> "è";
                    case "agrave" -> "à";
                    default -> entity.group();
                };
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /** The cells of every sheet, a row a line, cells separated by ";" (xlsx through fastexcel; ods by its XML). */
    static String spreadsheetText(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        boolean ods = new String(bytes, 0, Math.min(bytes.length, 120), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("opendocument");
        if (ods) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    text.append(unescape(xml.replaceAll("</table:table-row>", "\n")
                            .replaceAll("</table:table-cell>", ";").replaceAll("<[^>]*>", "")));
                }
            }
            }
        }
        if (!ods) {
            try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(bytes),
                    new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
                for (var sheet : workbook.getSheets().toList()) {
                    for (var row : sheet.read()) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            var cell = row.getOptionalCell(i).orElse(null);
                            cells.add(cell == null ? "" : cellText(cell));
                        }
                        text.append(String.join(";", cells)).append('\n');
                    }
                }
            }
        }
        return clean(text.toString());
    }

    /** A number cell as the sheet shows it with two decimals ("33,27") as well as read ("33.27"). */
    private static String cellText(org.dhatim.fastexcel.reader.Cell cell) {
        if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            BigDecimal value = cell.asNumber();
            return value.toPlainString() + " " + value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                    .replace('.', ',');
        }
        return cell.getText();
    }

    private long longOf(String query) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The detectors find what they look for
    // ------------------------------------------------------------------------------------------------------------

    /** Each detector, fed a made-up output with a known leak, finds it; and finds nothing in one without. */
    @Test
    void theDetectorsFindKnownLeaks() throws Exception {
        Hh drawer = new Hh("Capucine a1b2c3d4", 9001, 2, 20, false);
        drawer.orderId = 7001;
        drawer.nets.add(3327L);
        drawer.reductions.add(832L);
        drawer.goods.addAll(List.of(4159L, 1422L, 2737L));
        Hh control = new Hh("Verveine e5f6a7b8", 9002, 2, null, false);
        control.orderId = 7002;
        control.nets.add(4159L);
        control.goods.addAll(List.of(4159L, 1422L, 2737L));
        List<Hh> month = List.of(drawer, control);

        // (a) in one output: net beside the lines, in an HTML list.
        Detectors a = new Detectors(month);
        String html = normalise("<main><h1>Liste d&#39;émargement</h1><div><h2>Capucine a1b2c3d4</h2><p>Lentilles 14,22\u00a0€"
                + "</p><p>Farine 27,37\u00a0€</p><p>À payer : 33,27\u00a0€</p></div><div><h2>Verveine e5f6a7b8</h2>"
                + "<p>Lentilles 14,22\u00a0€</p><p>Farine 27,37\u00a0€</p><p>À payer : 41,59\u00a0€</p></div></main>");
        a.examine(new Output(COORDINATOR, "GET /liste", "/liste", "HTML", html, null, null), null);
        assertTrue(a.findings.stream().anyMatch(f -> f.rule().startsWith("a:") && f.household().contains("Capucine")),
                a.findings.toString());
        // (a) across two outputs of the same role: a hand-out list with prices, a cash list with nets.
        Detectors pair = new Detectors(month);
        pair.examine(new Output(VOLUNTEER, "GET /remise", "/remise", "CSV",
                "9001;Capucine a1b2c3d4;Lentilles;14,22\n9002;Verveine e5f6a7b8;Lentilles;14,22\n", null, null), null);
        pair.examine(new Output(VOLUNTEER, "GET /caisse", "/caisse", "CSV",
                "9001;Capucine a1b2c3d4;33,27\n9002;Verveine e5f6a7b8;41,59\n", null, null), null);
        assertTrue(pair.findings.isEmpty(), pair.findings.toString());
        pair.pairs();
        assertTrue(pair.findings.stream().anyMatch(f -> f.rule().contains("autre")), pair.findings.toString());
        // (a) JSON, in cents.
        Detectors aJson = new Detectors(month);
        String orders = "[{\"householdId\":9001,\"householdName\":\"Capucine a1b2c3d4\",\"amountToPayCents\":3327,"
                + "\"lines\":[{\"amountCents\":1422},{\"amountCents\":2737}]},{\"householdId\":9002,\"householdName\":"
                + "\"Verveine e5f6a7b8\",\"amountToPayCents\":4159,\"lines\":[{\"amountCents\":1422},{\"amountCents\":2737}]}]";
        aJson.examine(new Output(COORDINATOR, "GET /api/orders", "/api/orders", "JSON", orders, JSON.readTree(orders),
                null), null);
        assertTrue(aJson.findings.stream().anyMatch(f -> f.rule().startsWith("a:")), aJson.findings.toString());
        assertTrue(aJson.findings.stream().noneMatch(f -> f.household().contains("Verveine")), aJson.findings.toString());

        // (b) a rate, a reduction amount, a fund word near the household; a heading for everyone is none.
        for (String leak : List.of("Réduction 20 %", "remise 8,32 €", "caisse solidaire")) {
            Detectors b = new Detectors(month);
            String text = "Caisse solidaire : liste du jour\nCapucine a1b2c3d4 Lentilles " + leak + "\nVerveine e5f6a7b8 Lentilles\nFin";
            b.examine(new Output(VOLUNTEER, "GET /b", "/b", "PDF", text, null, null), null);
            assertTrue(b.findings.stream().anyMatch(f -> f.rule().startsWith("b:")), leak + ": " + b.findings);
        }
        Detectors heading = new Detectors(month);
        heading.examine(new Output(VOLUNTEER, "GET /b", "/b", "PDF", "Caisse solidaire : 20 % au plus\nCapucine a1b2c3d4 "
                + "Lentilles\nVerveine e5f6a7b8 Lentilles\nFin", null, null), null);
        assertEquals(List.of(), heading.findings, "a heading for everyone is not near a household");
        // (b) on a page of one household, compared with the same page of its control.
        Detectors page = new Detectors(month);
        Output mine = new Output(COORDINATOR, "GET /foyers/{id}", "/foyers/9001", "HTML",
                "Capucine a1b2c3d4\nCommande 41,59 € Caisse solidaire : oui", null, 9001L);
        Output theirs = new Output(COORDINATOR, "GET /foyers/{id}", "/foyers/9002", "HTML",
                "Verveine e5f6a7b8\nCommande 41,59 €", null, 9002L);
        page.examine(mine, Map.of(9001L, mine, 9002L, theirs));
        assertTrue(page.findings.stream().anyMatch(f -> f.rule().startsWith("b:") && f.rule().contains("témoin")),
                page.findings.toString());

        // (c) a tier shown to a volunteer, not to a coordinator.
        Detectors c = new Detectors(month);
        String tiers = "Foyer;Tarif\nCapucine a1b2c3d4;tarif 2\nVerveine e5f6a7b8;tarif 2\n";
        c.examine(new Output(VOLUNTEER, "GET /foyers", "/foyers", "CSV", tiers, null, null), null);
        c.examine(new Output(COORDINATOR, "GET /foyers", "/foyers", "CSV", tiers, null, null), null);
        assertTrue(c.findings.stream().anyMatch(f -> f.rule().startsWith("c:") && f.role().equals(VOLUNTEER)),
                c.findings.toString());
        assertTrue(c.findings.stream().noneMatch(f -> f.role().equals(COORDINATOR)), c.findings.toString());

        // (c) its tier's unit price beside its name, to a volunteer (tier 1 pays 1,19 €/kg, tier 2 pays 2,14 €/kg).
        Hh other = new Hh("Sorbier c0ffee00", 9003, 1, null, false);
        drawer.unitPrices.put(1L, 214L);
        control.unitPrices.put(1L, 214L);
        other.unitPrices.put(1L, 119L);
        Detectors price = new Detectors(List.of(drawer, control, other));
        price.examine(new Output(VOLUNTEER, "GET /saisie", "/saisie/9001", "HTML",
                "Capucine a1b2c3d4\nLentilles vertes 2,14 €/kg", null, 9001L), null);
        assertTrue(price.findings.stream().anyMatch(f -> f.rule().startsWith("c: prix")), price.findings.toString());

        // (d) a JSON field filled only for the drawing household; and a mark only it has in a text list.
        Detectors d = new Detectors(month);
        String marked = "[{\"householdId\":9001,\"name\":\"Capucine a1b2c3d4\",\"goods\":4159,\"voucher\":true},"
                + "{\"householdId\":9002,\"name\":\"Verveine e5f6a7b8\",\"goods\":4159,\"voucher\":false}]";
        d.examine(new Output(COORDINATOR, "GET /api/x", "/api/x", "JSON", marked, JSON.readTree(marked), null), null);
        assertTrue(d.findings.stream().anyMatch(f -> f.rule().startsWith("d:") && f.rule().contains("voucher")),
                d.findings.toString());
        Detectors dText = new Detectors(month);
        dText.examine(new Output(VOLUNTEER, "GET /y", "/y", "HTML", "Capucine a1b2c3d4 Lentilles coeur\n"
                + "Verveine e5f6a7b8 Lentilles\nCapucine a1b2c3d4", null, null), null);
        assertTrue(dText.findings.stream().anyMatch(f -> f.rule().startsWith("d:") && f.rule().contains("coeur")),
                dText.findings.toString());

        // Nothing found where nothing leaks: quantities only, and one amount per household with no lines.
        Detectors clean = new Detectors(month);
        clean.examine(new Output(VOLUNTEER, "GET /remise", "/remise", "HTML", normalise("<main><h2>Capucine a1b2c3d4</h2>"
                + "<p>Lentilles 6 kg</p><h2>Verveine e5f6a7b8</h2><p>Lentilles 6 kg</p></main>"), null, null), null);
        clean.examine(new Output(VOLUNTEER, "GET /caisse", "/caisse", "HTML", normalise("<main><h2>Capucine a1b2c3d4</h2>"
                + "<p>À payer 33,27 €</p><h2>Verveine e5f6a7b8</h2><p>À payer 41,59 €</p></main>"), null, null), null);
        clean.pairs();
        assertEquals(List.of(), clean.findings);

        // The readers: entities, no-break spaces, field values kept; navigation left out.
        String read = normalise("<header class=\"site-header no-print\">Caisse solidaire</header><main>"
                + "<p>Liste d&#39;émargement&nbsp;: <input value=\"33,27\"></p></main>");
        assertTrue(read.contains("Liste d'émargement : ") && read.contains("33,27") && !read.contains("Caisse"), read);
        assertNotEquals(-1, firstAmount("{\"a\":3327}", List.of(3327L), true));
        assertEquals(-1, firstAmount("n° 133270", List.of(3327L), false));
    }
}
