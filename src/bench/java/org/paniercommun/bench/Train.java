package org.paniercommun.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The training run of the JDK's AOT cache (Java 25, {@code -XX:AOTCacheOutput}): starts the packaged app (aot-jar
 * packaging) on a fresh database and sends it the work of a month in small, through its real paths: the login form,
 * the dataset through the REST API (antenna, groups, relay points, producers, products, households, rounds), orders
 * on several client threads, pages, closing, the closing's confirmation, the pickup list as HTML and PDF, a
 * relay point's hand-outs, the funders' report; then stops it with SIGTERM as a container stop does, and the JVM
 * writes {@code app.aot} beside {@code quarkus-run.jar}. Classes loaded and methods profiled on these paths are then
 * ready at the next start ({@code java -XX:AOTCache=app.aot}).
 *
 * <p>{@code ./mvnw -Pbench verify -Dbench.train=true} with {@code JAVA_HOME} a JDK 25 (or {@code bench.javaHome});
 * docker/Dockerfile runs it in its build stage. The cache is valid only for this build and this JDK.
 */
final class Train {

    private final Bench bench;

    Train(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        if (App.javaFeature() < 25) {
            throw new IllegalStateException("The AOT cache needs Java 25: run with JAVA_HOME or bench.javaHome set "
                    + "to a JDK 25 (found " + App.javaFeature() + ")");
        }
        if (System.getProperty("bench.readyTimeoutSeconds") == null) {
            // Recording slows the start down (here 40 s on two busy cores, over 3 minutes on very busy ones).
            System.setProperty("bench.readyTimeoutSeconds", "900");
        }
        File appDir = new File(bench.jar).getAbsoluteFile().getParentFile();
        Files.deleteIfExists(appDir.toPath().resolve("app.aot"));
        bench.recreateDatabase();
        Path log = bench.out.resolve("app-training.log");
        Files.deleteIfExists(log);
        long t0 = System.nanoTime();
        App app = App.start(bench.jar, bench.jdbcUrl(), bench.dbUser, bench.dbPassword, bench.port, log,
                List.of("-XX:AOTCacheOutput=app.aot"));
        String base = "http://127.0.0.1:" + bench.port;
        System.out.printf(Locale.ROOT, "Training run: app ready in %d ms (recording)%n", app.startupMillis);
        try {
            Api admin = Api.login(base, Bench.ADMIN_EMAIL, Bench.ADMIN_PASSWORD);
            Dataset data = new Dataset(bench.seed, Double.parseDouble(System.getProperty("bench.trainScale", "0.2")));
            data.build(base, admin, 4);
            System.out.printf(Locale.ROOT, "Training run: dataset of %d households built%n", data.households);

            // Orders, on 8 clients (each logs in with the form), in round A, then a few changes.
            int orders = Math.min(data.households, 600);
            Stats placed = Concurrent.run("training-orders", 8, orders, () -> Api.login(base, Bench.ADMIN_EMAIL,
                    Bench.ADMIN_PASSWORD), (api, i) -> ok(api.put(orderPath(data, data.roundA, i),
                            data.orderRequest(data.roundA, i, null))), null);
            Concurrent.run("training-changes", 4, Math.min(orders, 100), () -> Api.login(base, Bench.ADMIN_EMAIL,
                    Bench.ADMIN_PASSWORD), (api, i) -> ok(api.put(orderPath(data, data.roundA, i),
                            data.orderRequest(data.roundA, i, null))), null);
            System.out.printf(Locale.ROOT, "Training run: %d orders (%.0f/s)%n", placed.count(), placed.throughput());

            // Pages a coordinator opens (HTML through Qute).
            for (String page : List.of("/", "/tournees", "/tournees/" + data.roundA, "/tournees/" + data.roundA
                    + "/offre", "/tournees/" + data.roundA + "/creneaux")) {
                for (int i = 0; i < 5; i++) {
                    admin.get(page);
                }
            }
            // Closing, its confirmation, the pickup list (HTML and PDF), the purchase order page, hand-outs.
            Api.ok(admin.post("/api/rounds/" + data.roundA + "/close", null), "close A");
            long slot = bigSlot(data);
            String list = "/tournees/" + data.roundA + "/listes/" + slot + "/emargement";
            for (int i = 0; i < 5; i++) {
                Api.ok(admin.get(list), "pickup list");
            }
            for (int i = 0; i < 3; i++) {
                Api.ok(admin.get(list + ".pdf"), "pickup list PDF");
            }
            admin.get("/tournees/" + data.roundA + "/bon-de-commande");
            Api.ok(admin.post("/api/rounds/" + data.roundA + "/closing/confirm", null), "confirm A");
            String distribution = "/api/rounds/" + data.roundA + "/distribution";
            JsonNode households = Api.ok(admin.get(distribution + "/" + slot), "hand-out list").json()
                    .get("households");
            List<long[]> handOuts = new ArrayList<>();
            for (JsonNode h : households) {
                handOuts.add(new long[] { h.get("orderId").asLong(), h.get("version").asLong(),
                        h.get("amountToCollectCents").asLong() });
            }
            Concurrent.run("training-hand-outs", 4, Math.min(handOuts.size(), 200), () -> Api.login(base,
                    Bench.ADMIN_EMAIL, Bench.ADMIN_PASSWORD), (api, i) -> {
                        long[] h = handOuts.get(i);
                        Map<String, Object> command = Dataset.map("version", h[1], "pickedUp", true, "payment",
                                h[2] == 0 ? null : Dataset.map("method", "CASH", "amountCents", h[2]));
                        return ok(api.put(distribution + "/" + slot + "/orders/" + h[0], command));
                    }, null);
            LocalDate today = LocalDate.now();
            for (int i = 0; i < 3; i++) {
                admin.get("/api/reports/funders?antennaId=" + data.antennaId + "&from=" + today.minusYears(1)
                        + "&to=" + today.plusMonths(1));
            }
        } finally {
            // SIGTERM: the JVM records what it saw and writes the cache before it exits (a minute or two here).
            long stop = System.nanoTime();
            app.stop(Duration.ofMinutes(10));
            System.out.printf(Locale.ROOT, "Training run: app stopped, cache written in %.1f s%n",
                    (System.nanoTime() - stop) / 1e9);
            if (!bench.keepDb) {
                bench.dropDatabase();
            }
        }
        File cache = new File(appDir, "app.aot");
        if (!cache.isFile()) {
            throw new IllegalStateException("No AOT cache was written; see " + log);
        }
        System.out.printf(Locale.ROOT, "AOT cache %s: %.0f MB, training run %.0f s%n", cache, cache.length() / 1e6,
                (System.nanoTime() - t0) / 1e9);
    }

    private static boolean ok(Api.Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException("HTTP " + reply.status() + " " + reply.text());
        }
        return true;
    }

    private static String orderPath(Dataset data, long round, int household) {
        return "/api/rounds/" + round + "/orders/households/" + data.householdIds[household];
    }

    private long bigSlot(Dataset data) throws Exception {
        try (Connection c = bench.connect(); PreparedStatement s = c.prepareStatement(
                "select id from round_slots where round_id = ? and relay_point_id = ?")) {
            s.setLong(1, data.roundA);
            s.setLong(2, data.bigRelayPointId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
