package org.paniercommun.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app (target/quarkus-app/quarkus-run.jar) started with -Xmx128m (bench.heap) on the driver's JDK or
 * bench.javaHome, and its memory read from /proc.
 */
final class App {

    final Process process;
    final long startupMillis;
    private volatile long maxRssKb;
    private final Thread sampler;

    private App(Process process, long startupMillis) {
        this.process = process;
        this.startupMillis = startupMillis;
        this.sampler = new Thread(() -> {
            while (process.isAlive()) {
                maxRssKb = Math.max(maxRssKb, status("VmRSS"));
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static App start(String jar, String jdbcUrl, String dbUser, String dbPassword, int port, Path log)
            throws IOException, InterruptedException {
        return start(jar, jdbcUrl, dbUser, dbPassword, port, log, List.of());
    }

    /** The app's heap: bench.heap, by default what the image gives (docker/Dockerfile, README "The memory floor"). */
    static String heap() {
        return System.getProperty("bench.heap", "128m");
    }

    /** The JDK the app runs on: {@code bench.javaHome}, or the driver's own. */
    static Path javaHome() {
        String home = System.getProperty("bench.javaHome", "");
        return Path.of(home.isBlank() ? System.getProperty("java.home") : home);
    }

    /** The feature version (17, 25) of the app's JDK, read from its {@code release} file. */
    static int javaFeature() {
        try {
            for (String line : Files.readAllLines(javaHome().resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return Runtime.version().feature();
    }

    static App start(String jar, String jdbcUrl, String dbUser, String dbPassword, int port, Path log,
            List<String> extraJvmArgs) throws IOException, InterruptedException {
        return start(jar, jdbcUrl, dbUser, dbPassword, port, log, extraJvmArgs, null);
    }

    /**
     * Starts the app as production does, or, with {@code plainJavaHome}, as plainly as a JDK can:
     * {@code java -Xmx… -jar quarkus-run.jar} on that JDK, with neither docker/java.options nor an archive (the
     * comparison issue 25 sets the ready time against).
     */
    static App start(String jar, String jdbcUrl, String dbUser, String dbPassword, int port, Path log,
            List<String> extraJvmArgs, Path plainJavaHome) throws IOException, InterruptedException {
        if (!new File(jar).isFile()) {
            throw new IllegalStateException(jar + " is missing: the bench profile builds it in the package phase");
        }
        boolean plain = plainJavaHome != null;
        String java = (plain ? plainJavaHome : javaHome()).resolve("bin").resolve("java").toString();
        // Started as docker/Dockerfile starts it: from the app's directory (the AOT cache or class-data-sharing
        // archive is found relative to it) with docker/java.options and MALLOC_ARENA_MAX.
        File appDir = new File(jar).getAbsoluteFile().getParentFile();
        File options = new File("docker/java.options").getAbsoluteFile();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap()));
        if (plain) {
            command.addAll(List.of("-jar", new File(jar).getName()));
            return launch(command, appDir, jdbcUrl, dbUser, dbPassword, port, log);
        }
        int feature = javaFeature();
        if (feature < 25) {
            // docker/java.options is written for Java 25 (compact object headers): on an older JDK for comparison,
            // the options it does not know are dropped instead of stopping the start.
            command.add("-XX:+IgnoreUnrecognizedVMOptions");
        }
        command.add("@" + options);
        boolean training = extraJvmArgs.stream().anyMatch(a -> a.startsWith("-XX:AOTCacheOutput"));
        if (!training && !Boolean.getBoolean("bench.noArchive")) {
            // The archive the build made: the AOT cache (Java 25, aot-jar packaging and a training run, see Train)
            // or the class-data-sharing archive (quarkus.package.jar.appcds.enabled, Java 17).
            if (feature >= 25 && new File(appDir, "app.aot").isFile()) {
                command.add("-XX:AOTCache=app.aot");
            } else if (new File(appDir, "app-cds.jsa").isFile()) {
                command.add("-XX:SharedArchiveFile=app-cds.jsa");
            }
        }
        command.addAll(extraJvmArgs);
        // Extra JVM options to try (e.g. -Dbench.jvmArgs="-XX:MaxMetaspaceSize=128m"); none by default.
        for (String arg : System.getProperty("bench.jvmArgs", "").trim().split("\\s+")) {
            if (!arg.isBlank()) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-jar", new File(jar).getName()));
        return launch(command, appDir, jdbcUrl, dbUser, dbPassword, port, log);
    }

    private static App launch(List<String> command, File appDir, String jdbcUrl, String dbUser, String dbPassword,
            int port, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(appDir);
        Map<String, String> env = builder.environment();
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        // The same key on every instance: a session cookie made by one instance is read by the other.
        env.put("PANIER_SESSION_KEY", "bench-only-session-key-0123456789");
        env.put("PANIER_ADMIN_EMAIL", Bench.ADMIN_EMAIL);
        env.put("PANIER_ADMIN_PASSWORD", Bench.ADMIN_PASSWORD);
        env.put("PORT", String.valueOf(port));
        // No e-mail leaves the machine: the outbox is filled as in production and sent to the mock mailer, by
        // default not during the run (bench.outboxInterval=24h); with two instances every 30 s, to check that each
        // e-mail goes once.
        env.put("QUARKUS_MAILER_MOCK", "true");
        env.put("PANIER_OUTBOX_INTERVAL", System.getProperty("bench.outboxInterval",
                Integer.getInteger("bench.instances", 1) > 1 ? "30s" : "24h"));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        // 3 minutes by default (bench.readyTimeoutSeconds): a start recording an AOT cache on a busy machine takes longer.
        long deadline = System.nanoTime()
                + Duration.ofSeconds(Long.getLong("bench.readyTimeoutSeconds", 180)).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped during start-up; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new App(process, (System.nanoTime() - start) / 1_000_000);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The app was not ready in time (bench.readyTimeoutSeconds); see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** A value in kB from /proc/<pid>/status (VmHWM: peak resident set size; VmRSS: now). */
    long status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone or /proc not available
        }
        return -1;
    }

    long maxSampledRssKb() {
        return maxRssKb;
    }

    void stop() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    /** Stops it as a container stop does (SIGTERM), waiting at most {@code grace} (the AOT cache is written then). */
    void stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        sampler.interrupt();
    }
}
