package org.paniercommun.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies of one measured series (thread-safe) and the wall-clock time it took. */
final class Stats {

    final String name;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private long wallNanos;
    private int errors;

    Stats(String name) {
        this.name = name;
    }

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    private final List<String> notes = new ArrayList<>();

    synchronized void error() {
        errors++;
    }

    /** Keeps the first few error descriptions for the report. */
    synchronized void note(String note) {
        if (notes.size() < 5) {
            notes.add(note.length() > 300 ? note.substring(0, 300) : note);
        }
    }

    synchronized List<String> notes() {
        return new ArrayList<>(notes);
    }

    void wall(long wallNanos) {
        this.wallNanos = wallNanos;
    }

    int count() {
        return nanos.size();
    }

    int errors() {
        return errors;
    }

    double wallSeconds() {
        return wallNanos / 1e9;
    }

    /** Operations per second over the wall-clock time of the series. */
    double throughput() {
        return wallNanos == 0 ? 0 : count() / wallSeconds();
    }

    /** Percentile in milliseconds (nearest rank). */
    double percentile(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double p99() {
        return percentile(99);
    }

    double max() {
        return percentile(100);
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("count", count());
        m.put("errors", errors);
        m.put("wallSeconds", round(wallSeconds()));
        m.put("throughputPerSecond", round(throughput()));
        m.put("p50Ms", round(p50()));
        m.put("p95Ms", round(p95()));
        m.put("p99Ms", round(p99()));
        m.put("maxMs", round(max()));
        if (!notes.isEmpty()) {
            m.put("errorSamples", notes());
        }
        return m;
    }

    static double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? -1 : Math.round(v * 100) / 100.0;
    }
}
