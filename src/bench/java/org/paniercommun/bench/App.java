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

/** The packaged app (target/quarkus-app/quarkus-run.jar) started with -Xmx256m, and its memory read from /proc. */
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
        if (!new File(jar).isFile()) {
            throw new IllegalStateException(jar + " is missing: the bench profile builds it in the package phase");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Started as docker/Dockerfile starts it: from the app's directory (the class-data-sharing archive is
        // found relative to it) with docker/java.options and MALLOC_ARENA_MAX.
        File appDir = new File(jar).getAbsoluteFile().getParentFile();
        File options = new File("docker/java.options").getAbsoluteFile();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "@" + options));
        // Extra JVM options to try (e.g. -Dbench.jvmArgs="-XX:MaxMetaspaceSize=128m"); none by default.
        for (String arg : System.getProperty("bench.jvmArgs", "").trim().split("\\s+")) {
            if (!arg.isBlank()) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-jar", new File(jar).getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(appDir);
        Map<String, String> env = builder.environment();
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        env.put("PANIER_SESSION_KEY", "bench-only-session-key-0123456789");
        env.put("PANIER_ADMIN_EMAIL", Bench.ADMIN_EMAIL);
        env.put("PANIER_ADMIN_PASSWORD", Bench.ADMIN_PASSWORD);
        env.put("PORT", String.valueOf(port));
        // No e-mail leaves the machine: the outbox is filled as in production but not sent during the run.
        env.put("QUARKUS_MAILER_MOCK", "true");
        env.put("PANIER_OUTBOX_INTERVAL", "24h");
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
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
        throw new IllegalStateException("The app was not ready within 3 minutes; see " + log);
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
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        sampler.interrupt();
    }
}
