package org.paniercommun.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark suite of issue 8: {@code ./mvnw -Pbench verify [-Dbench.scales=1,4,10]}. For each scale it creates a
 * fresh database, starts the packaged app with -Xmx128m, builds a seeded dataset through the REST API, runs the
 * scenarios (each beside a raw JDBC baseline measured in the same run), prints a table and writes
 * target/bench/results.json.
 */
public final class Bench {

    static final String ADMIN_EMAIL = "coordination@bench.example.org";
    static final String ADMIN_PASSWORD = "bench-coordination-secret";

    final String dbBaseUrl = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/");
    final String dbUser = System.getProperty("bench.db.user", "postgres");
    final String dbPassword = System.getProperty("bench.db.password", "");
    final String dbName = System.getProperty("bench.db.name", "panier_bench");
    final int port = Integer.getInteger("bench.port", 18080);
    final String jar = System.getProperty("bench.app", "target/quarkus-app/quarkus-run.jar");
    final Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    final boolean keepDb = Boolean.getBoolean("bench.keepDb");
    final int clients = Integer.getInteger("bench.clients", 50);
    final long seed = Long.getLong("bench.seed", 20261202L);
    /** 1, or 2: a second instance of the app on the same database, clients alternating between them. */
    final int instances = Integer.getInteger("bench.instances", 1);

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    void run() throws Exception {
        Files.createDirectories(out);
        List<Double> scales = new ArrayList<>();
        for (String s : System.getProperty("bench.scales", "1").split(",")) {
            if (!s.isBlank()) {
                scales.add(Double.parseDouble(s.trim()));
            }
        }
        ensurePostgres();
        if (Boolean.getBoolean("bench.train")) {
            new Train(this).run();
            return;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startedAt", Instant.now().toString());
        json.put("machine", machine());
        json.put("postgres", postgresSettings());
        json.put("method", method());
        List<ScaleRun> runs = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        json.put("scales", results);
        for (double scale : scales) {
            ScaleRun run = new ScaleRun(this, scale);
            runs.add(run);
            try {
                run.run();
            } finally {
                results.add(run.json);
                write(json);
            }
            run.printTable();
        }
        if (runs.size() > 1) {
            printGrowth(runs);
        }
        json.put("finishedAt", Instant.now().toString());
        write(json);
        System.out.println("Results written to " + out.resolve("results.json").toAbsolutePath());
    }

    private void write(Map<String, Object> json) throws Exception {
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(), json);
    }

    static void printGrowth(List<ScaleRun> runs) {
        System.out.println();
        System.out.println("Growth with the scale (closing b and funder report d; ratio to scale x" + label(runs.get(0).scale) + "):");
        System.out.printf(Locale.ROOT, "%-7s %10s %12s %14s %12s %14s %12s%n", "scale", "orders", "close (ms)",
                "close base (ms)", "report (ms)", "report base (ms)", "report rows");
        ScaleRun first = runs.get(0);
        for (ScaleRun r : runs) {
            System.out.printf(Locale.ROOT, "x%-6s %10d %12.0f %14.0f %12.0f %14.0f %12d   close x%.1f, report x%.1f%n",
                    label(r.scale), r.data == null ? 0 : r.data.households, r.closeMs, r.closeBaselineMs, r.reportMs,
                    r.reportBaselineMs, r.reportOrders, r.closeMs / first.closeMs, r.reportMs / first.reportMs);
        }
    }

    static String label(double scale) {
        return scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale);
    }

    // ---- database ----

    /** The driver used directly: under exec:java, DriverManager does not see the project's class loader. */
    private static final java.sql.Driver DRIVER = new org.postgresql.Driver();

    private Connection open(String url) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", dbUser);
        props.setProperty("password", dbPassword);
        Connection c = DRIVER.connect(url, props);
        if (c == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        return c;
    }

    Connection admin() throws SQLException {
        return open(dbBaseUrl + "postgres");
    }

    Connection connect() throws SQLException {
        return open(dbBaseUrl + dbName);
    }

    String jdbcUrl() {
        return dbBaseUrl + dbName;
    }

    void recreateDatabase() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + dbName + " with (force)");
            s.execute("create database " + dbName);
        }
    }

    void dropDatabase() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + dbName + " with (force)");
        }
    }

    /** Starts the machine's PostgreSQL cluster if it does not answer. */
    void ensurePostgres() throws Exception {
        try (Connection c = admin()) {
            return;
        } catch (SQLException e) {
            System.out.println("PostgreSQL does not answer (" + e.getMessage() + "); starting it");
        }
        new ProcessBuilder("sh", "-c", "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start")
                .inheritIO().start().waitFor();
        for (int i = 0; i < 60; i++) {
            try (Connection c = admin()) {
                return;
            } catch (SQLException e) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("PostgreSQL is not reachable at " + dbBaseUrl);
    }

    // ---- description ----

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("loadAverageAtStart", loadAverage());
        try {
            m.put("memTotal", Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " "));
        } catch (Exception e) {
            // not Linux
        }
        m.put("note", "The app, PostgreSQL and this driver share the machine; other builds may have been running "
                + "(see loadAverage* figures).");
        return m;
    }

    Map<String, Object> postgresSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        try (Connection c = admin(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("select name, setting || coalesce(unit, '') from pg_settings "
                        + "where name in ('server_version', 'shared_buffers', 'work_mem', 'autovacuum', "
                        + "'max_connections', 'synchronous_commit', 'fsync') order by name")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            m.put("error", e.getMessage());
        }
        return m;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    static List<String> method() {
        return List.of(
                "Dataset built through the REST API with a fixed seed: 5,000 households, 50 relay points (one holding 500 "
                        + "households) and 5 groups per scale unit; 10 producers and 80 products with case sizes; each "
                        + "household orders the same 15 seeded lines in every round.",
                "Clients log in once with the login form and reuse the session cookie (no HTTP Basic, so no bcrypt per call).",
                "a: 50 client threads place one order per household of round A through PUT "
                        + "/api/rounds/{A}/orders/households/{id} (after up to 2,000 warm-up orders in round C). Baseline: the same "
                        + "writes as OrderService (orders row, conditional updates of round_offers.ordered_quantity in offer "
                        + "id order, 15 order_lines, orders totals) over JDBC, one transaction per order, 50 threads, on the "
                        + "identical round B.",
                "b: POST /api/rounds/{A}/close (consolidation and case rounding run synchronously). Baseline: the GROUP BY "
                        + "product and relay point over the same lines, over JDBC (median of 5). Round B (JDBC-made orders) "
                        + "is closed the same way as a second sample.",
                "c: pickup list (émargement) of the 500-household relay point of the closed round A, HTML x20 and PDF x5, "
                        + "one client. Baseline: the SQL selecting the same rows (x20).",
                "d: funder report over 12 distributed rounds. Round A went through the API (orders, close, distribute); "
                        + "its pickups are marked PICKED_UP in SQL, and the 11 earlier months are copies of it made in SQL "
                        + "(rounds, round_groups, round_offers, round_slots, orders with pickup_status PICKED_UP, "
                        + "order_lines; status DISTRIBUTED; dates one month apart), then ANALYZE. 1 warm-up + 5 measured "
                        + "calls of GET /api/reports/funders. Baseline: one aggregate SQL over the same orders (x5).",
                "e: 1,000 orders asking a 10 % reduction from the solidarity fund, 50 client threads, round C; the fund "
                        + "holds its floor plus half of what is asked. The balance is polled during the run and checked "
                        + "after it (never below the floor; ledger = balance). Baseline: the raw conditional UPDATE of "
                        + "fund_balances + INSERT of a DRAW entry over JDBC with the same amounts and the same headroom.",
                "f: peak RSS of the app process (VmHWM from /proc/<pid>/status) at the end of the run; time from "
                        + "launching the jar to /q/health/ready answering 200, on the empty database (Flyway migrates) and "
                        + "again on a restart with the scale's data.",
                "Ratios: for a and e app throughput / baseline throughput; for b, c and d app median / baseline median.");
    }
}
