package org.paniercommun.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The seeded dataset, built only through the app's REST API (as coordinators and volunteers would): one antenna,
 * 5 groups and 50 relay points per scale unit (one relay point holding 500 households), 10 producers, 80 products
 * with case sizes, 5,000 households per scale unit, and three open rounds offering every product to every relay
 * point (A: measured, B: the JDBC baseline's identical twin, C: the solidarity-fund scenario).
 */
final class Dataset {

    static final int PRODUCTS = 80;
    static final int PRODUCERS = 10;
    static final int LINES_PER_ORDER = 15;
    static final int BIG_RELAY_POINT_HOUSEHOLDS = 500;
    static final long FUND_FLOOR_CENTS = 50_000;

    record ProductSpec(String name, String category, String unit, BigDecimal step, BigDecimal caseSize,
            long purchaseCents, long logisticsCents, BigDecimal vat, boolean organic, boolean local, boolean fair) {
    }

    record Line(int product, BigDecimal quantity, BigDecimal tolerance) {
    }

    final long seed;
    final double scale;
    final int households;
    final int relayPoints;
    final int groups;
    final List<ProductSpec> products = new ArrayList<>();

    long antennaId;
    final List<Long> groupIds = new ArrayList<>();
    final List<Long> relayPointIds = new ArrayList<>();
    long bigRelayPointId;
    final List<Long> productIds = new ArrayList<>();
    long[] householdIds;
    int[] householdTier;
    /** Whether the household gave an e-mail (the app then queues a confirmation with each order). */
    boolean[] householdHasEmail;
    long roundA;
    long roundB;
    long roundC;
    /** product index -> offer id, per round. */
    final Map<Long, long[]> offers = new HashMap<>();
    LocalDate distributionDate;

    Dataset(long seed, double scale) {
        this.seed = seed;
        this.scale = scale;
        // Fractional scales (e.g. 0.2) are for trying the suite quickly; the big relay point keeps its 500 households.
        this.households = Math.max(1_000, (int) Math.round(5_000 * scale));
        this.relayPoints = Math.max(2, (int) Math.round(50 * scale));
        this.groups = Math.max(1, (int) Math.round(5 * scale));
        Random random = new Random(seed);
        String[][] kinds = {
                { "EPICERIE_SECHE", "KG", "0.5", "5,10,25", "5.5" },
                { "FRUITS_LEGUMES", "KG", "1", "5,10", "5.5" },
                { "FRAIS", "PIECE", "1", "6,12", "5.5" },
                { "LIQUIDES", "LITRE", "1", "6,12", "5.5" },
                { "HYGIENE", "PIECE", "1", "12,24", "20" },
                { "ENTRETIEN", "LITRE", "1", "5,10", "20" } };
        String[] names = { "Lentilles", "Riz", "Farine", "Pommes", "Carottes", "Yaourts", "Jus", "Savon", "Lessive",
                "Pois chiches", "Huile", "Pâtes", "Oignons", "Fromage", "Vinaigre", "Shampoing" };
        for (int i = 0; i < PRODUCTS; i++) {
            String[] kind = kinds[i % kinds.length];
            String[] cases = kind[3].split(",");
            products.add(new ProductSpec(names[i % names.length] + " n°" + (i + 1), kind[0], kind[1],
                    new BigDecimal(kind[2]), new BigDecimal(cases[random.nextInt(cases.length)]),
                    150 + random.nextInt(1350), 10 + random.nextInt(70), new BigDecimal(kind[4]),
                    random.nextInt(10) < 7, random.nextInt(10) < 5, random.nextInt(10) < 2));
        }
    }

    /** The relay point index of household i: the first 500 at the big relay point, the others spread evenly. */
    int relayPointOf(int household) {
        return household < BIG_RELAY_POINT_HOUSEHOLDS ? 0 : 1 + (household - BIG_RELAY_POINT_HOUSEHOLDS) % (relayPoints - 1);
    }

    int groupOfRelayPoint(int relayPoint) {
        return relayPoint % groups;
    }

    int tierOf(int household) {
        int roll = new Random(seed * 7919 + household).nextInt(100);
        return roll < 40 ? 1 : roll < 75 ? 2 : 3;
    }

    /** The 15 lines household i orders (the same in every round): seeded, so every run orders the same. */
    List<Line> orderOf(int household) {
        Random random = new Random(seed * 104_729 + household);
        List<Integer> indexes = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            indexes.add(p);
        }
        Collections.shuffle(indexes, random);
        List<Line> lines = new ArrayList<>();
        for (int p : indexes.subList(0, LINES_PER_ORDER)) {
            ProductSpec spec = products.get(p);
            BigDecimal quantity = spec.step().multiply(BigDecimal.valueOf(1 + random.nextInt(4))).setScale(3);
            boolean tolerant = spec.caseSize().compareTo(spec.step()) > 0 && random.nextInt(10) < 3;
            BigDecimal tolerance = (tolerant ? spec.step() : BigDecimal.ZERO).setScale(3);
            lines.add(new Line(p, quantity, tolerance));
        }
        return lines;
    }

    /** JSON body of PUT /api/rounds/{round}/orders/households/{household}. */
    Map<String, Object> orderRequest(long round, int household, Integer fundRatePercent) {
        long[] offerIds = offers.get(round);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Line line : orderOf(household)) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("offerId", offerIds[line.product()]);
            l.put("quantity", line.quantity());
            l.put("tolerance", line.tolerance());
            lines.add(l);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("lines", lines);
        body.put("fundRatePercent", fundRatePercent);
        body.put("coupons", null);
        return body;
    }

    static long lineAmount(long unitPriceCents, BigDecimal quantity) {
        return BigDecimal.valueOf(unitPriceCents).multiply(quantity).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    // ---- building through the API ----

    void build(String base, Api admin, int threads) {
        Instant now = Instant.now();
        JsonNode antenna = Api.ok(admin.post("/api/antennas", map("name", "Antenne bench x" + Bench.label(scale), "town",
                "Lens", "contactEmail", "antenne@bench.example.org")), "antenna").json();
        antennaId = antenna.get("id").asLong();
        Map<String, Object> settings = new HashMap<>();
        settings.put("rates", List.of(10, 20, 30));
        settings.put("reserveFloorCents", FUND_FLOOR_CENTS);
        settings.put("capPerHouseholdCents", null);
        settings.put("tier3Surplus", false);
        Api.ok(admin.put("/api/fund/" + antennaId + "/settings", settings), "fund settings");

        for (int g = 0; g < groups; g++) {
            groupIds.add(Api.ok(admin.post("/api/groups", map("antennaId", antennaId, "name", "Groupement " + (g + 1),
                    "town", "Commune " + (g + 1), "description", "Groupement d'achat de test")), "group").json()
                    .get("id").asLong());
        }
        for (int r = 0; r < relayPoints; r++) {
            relayPointIds.add(Api.ok(admin.post("/api/relay-points", map("groupId", groupIds.get(groupOfRelayPoint(r)),
                    "name", "Point relais " + (r + 1), "address", (r + 1) + " rue de la République",
                    "openingHours", "mardi 14 h – 18 h", "contact", "06 00 00 00 " + String.format("%02d", r % 100))),
                    "relay point").json().get("id").asLong());
        }
        bigRelayPointId = relayPointIds.get(0);

        Random random = new Random(seed + 1);
        List<Long> producerIds = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            Map<String, Object> producer = new HashMap<>();
            producer.put("antennaId", antennaId);
            producer.put("name", "Ferme " + (p + 1));
            producer.put("contactName", "Producteur " + (p + 1));
            producer.put("email", "ferme" + (p + 1) + "@bench.example.org");
            producer.put("town", "Village " + (p + 1));
            producer.put("distanceKm", 5 + random.nextInt(400));
            boolean certified = random.nextBoolean();
            producer.put("organicCertified", certified);
            producer.put("certifier", certified ? "Ecocert" : null);
            producerIds.add(Api.ok(admin.post("/api/producers", producer), "producer").json().get("id").asLong());
        }
        for (int i = 0; i < PRODUCTS; i++) {
            ProductSpec spec = products.get(i);
            Map<String, Object> product = new HashMap<>();
            product.put("producerId", producerIds.get(i % PRODUCERS));
            product.put("name", spec.name());
            product.put("category", spec.category());
            product.put("saleUnit", spec.unit());
            product.put("orderStep", spec.step());
            product.put("orderMinimum", spec.step());
            product.put("caseSize", spec.caseSize());
            product.put("purchasePriceCents", spec.purchaseCents());
            product.put("logisticsCents", spec.logisticsCents());
            product.put("vatRate", spec.vat());
            product.put("organic", spec.organic());
            product.put("local", spec.local());
            product.put("fairTrade", spec.fair());
            product.put("onePriceForAll", false);
            product.put("origin", "France");
            product.put("groupIds", groupIds);
            productIds.add(Api.ok(admin.post("/api/products", product), "product").json().get("id").asLong());
        }

        householdIds = new long[households];
        householdTier = new int[households];
        householdHasEmail = new boolean[households];
        Stats created = Concurrent.run("households", threads, households,
                () -> Api.login(base, Bench.ADMIN_EMAIL, Bench.ADMIN_PASSWORD), (api, i) -> {
                    Random r = new Random(seed * 31 + i);
                    int point = relayPointOf(i);
                    Map<String, Object> household = new HashMap<>();
                    household.put("displayName", String.format("Foyer %06d", i + 1));
                    household.put("peopleCount", 1 + r.nextInt(6));
                    // About 60 % of households give an e-mail (confirmations are rendered and queued for them).
                    householdHasEmail[i] = r.nextInt(10) < 6;
                    household.put("email", householdHasEmail[i] ? "foyer" + (i + 1) + "@bench.example.org" : null);
                    household.put("groupId", groupIds.get(groupOfRelayPoint(point)));
                    household.put("relayPointId", relayPointIds.get(point));
                    householdTier[i] = tierOf(i);
                    household.put("priceTier", householdTier[i]);
                    Api.Reply reply = api.post("/api/households", household);
                    if (!reply.ok()) {
                        throw new IllegalStateException("household " + i + ": HTTP " + reply.status() + " " + reply.text());
                    }
                    householdIds[i] = reply.json().get("id").asLong();
                    return true;
                }, null);
        if (created.errors() > 0) {
            throw new IllegalStateException(created.errors() + " households could not be created");
        }

        // Rounds: open now, deadline in 10 days (no reminder fires during the run), distribution 3 days later.
        Instant opens = now.minus(1, ChronoUnit.HOURS);
        Instant deadline = now.plus(10, ChronoUnit.DAYS);
        distributionDate = deadline.atZone(ZoneId.of("Europe/Paris")).toLocalDate().plusDays(3);
        roundA = round(admin, "Tournée bench A (mesurée)", opens, deadline, distributionDate);
        roundB = round(admin, "Tournée bench B (référence JDBC)", opens, deadline, distributionDate);
        roundC = round(admin, "Tournée bench C (caisse solidaire)", opens, deadline, distributionDate);
    }

    /** A round offering every product at every relay point, opened; its offer ids are kept in {@link #offers}. */
    long round(Api admin, String name, Instant opens, Instant deadline, LocalDate distributionDate) {
        long id = Api.ok(admin.post("/api/rounds", map("antennaId", antennaId, "name", name, "opensAt", opens.toString(),
                "deadline", deadline.toString(), "groupIds", groupIds)), "round").json().get("id").asLong();
        List<Map<String, Object>> offer = new ArrayList<>();
        for (long productId : productIds) {
            Map<String, Object> o = new HashMap<>();
            o.put("productId", productId);
            o.put("cap", null);
            offer.add(o);
        }
        Api.ok(admin.put("/api/rounds/" + id + "/offer", offer), "offer");
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int r = 0; r < relayPoints; r++) {
            slots.add(map("relayPointId", relayPointIds.get(r), "distributionDate", distributionDate.toString(),
                    "timeSlot", "14 h – 17 h"));
        }
        Api.ok(admin.put("/api/rounds/" + id + "/slots", slots), "slots");
        Api.Reply opened = admin.post("/api/rounds/" + id + "/open", null);
        // Its opening time has passed: the app's round clock may open it first, between the slots and this call.
        if (!opened.ok() && !(opened.status() == 409
                && "OPEN".equals(Api.ok(admin.get("/api/rounds/" + id), "round").json().path("status").asText()))) {
            Api.ok(opened, "open");
        }
        Map<Long, Integer> productIndex = new HashMap<>();
        for (int i = 0; i < productIds.size(); i++) {
            productIndex.put(productIds.get(i), i);
        }
        long[] offerIds = new long[PRODUCTS];
        for (JsonNode o : Api.ok(admin.get("/api/rounds/" + id + "/offer"), "offer").json()) {
            offerIds[productIndex.get(o.get("productId").asLong())] = o.get("offerId").asLong();
        }
        offers.put(id, offerIds);
        return id;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
