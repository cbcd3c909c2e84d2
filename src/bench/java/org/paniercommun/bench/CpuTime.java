package org.paniercommun.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * CPU time used so far (user + system, in ms) by the app, by PostgreSQL's processes and by this driver, from /proc:
 * what one operation costs each of them, steadier than a throughput on a machine whose speed varies from hour to
 * hour. PostgreSQL's figure adds its live processes' time to the time of the backends that exited (counted in their
 * parent's, the postmaster's, children time once it has waited for them).
 */
record CpuTime(long appMs, long postgresMs, long driverMs) {

    /** Clock ticks per second of /proc/&lt;pid&gt;/stat (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    static CpuTime now(App app) {
        return new CpuTime(app == null ? -1 : processMs(app.pid()), postgresProcessesMs(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1_000_000);
    }

    /** Per operation, in ms, between {@code before} and this reading. */
    Map<String, Object> perOperation(CpuTime before, long operations) {
        return Dataset.map("appMs", per(appMs - before.appMs, operations), "postgresMs",
                per(postgresMs - before.postgresMs, operations), "driverMs",
                per(driverMs - before.driverMs, operations));
    }

    private static double per(long ms, long operations) {
        return operations == 0 ? Double.NaN : Stats.round((double) ms / operations);
    }

    private static long processMs(long pid) {
        return statMs(pid, 11);
    }

    /** Time of the children this process waited for. */
    private static long childrenMs(long pid) {
        return statMs(pid, 13);
    }

    /**
     * Two consecutive times of /proc/&lt;pid&gt;/stat, user then system, in ms: {@code first} counts from the field
     * after the command name (in parentheses, which may hold spaces), where field 3 (state) is 0: utime (field 14) is
     * 11, cutime (field 16) is 13.
     */
    private static long statMs(long pid, int first) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long postgresProcessesMs() {
        long total = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    if (Files.readString(process.resolve("comm")).trim().startsWith("postgres")) {
                        long pid = Long.parseLong(process.getFileName().toString());
                        total += processMs(pid) + childrenMs(pid);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total;
    }
}
