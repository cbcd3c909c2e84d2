package org.paniercommun.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs n tasks on a fixed number of client threads, each with its own client state set up before the clock starts. */
final class Concurrent {

    interface Task<C> {
        /** @return false when the operation failed (counted as an error) */
        boolean run(C client, int index) throws Exception;
    }

    private Concurrent() {
    }

    static <C> Stats run(String name, int threads, int n, Supplier<C> clientFactory, Task<C> task,
            java.util.function.Consumer<C> close) {
        Stats stats = new Stats(name);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                C client = null;
                try {
                    client = clientFactory.get();
                } catch (RuntimeException e) {
                    failures.add("client set-up: " + e);
                } finally {
                    ready.countDown();
                }
                if (client == null) {
                    return;
                }
                try {
                    go.await();
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = task.run(client, i);
                        } catch (Exception e) {
                            ok = false;
                            stats.note(e.toString());
                        }
                        long elapsed = System.nanoTime() - start;
                        if (ok) {
                            stats.add(elapsed);
                        } else {
                            stats.error();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (close != null) {
                        close.accept(client);
                    }
                }
            }, name + "-" + t);
            workers.add(worker);
            worker.start();
        }
        Thread progress = new Thread(() -> {
            long begin = System.nanoTime();
            try {
                while (true) {
                    Thread.sleep(30_000);
                    System.out.printf(java.util.Locale.ROOT, "   ... %s: %d/%d after %.0f s%n", name,
                            Math.min(next.get(), n), n, (System.nanoTime() - begin) / 1e9);
                }
            } catch (InterruptedException e) {
                // done
            }
        }, name + "-progress");
        progress.setDaemon(true);
        try {
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            progress.start();
            for (Thread worker : workers) {
                worker.join();
            }
            stats.wall(System.nanoTime() - start);
            progress.interrupt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        failures.forEach(f -> System.out.println("  [" + name + "] failure: " + f));
        stats.notes().forEach(f -> System.out.println("  [" + name + "] error: " + f));
        return stats;
    }

    /**
     * Open loop: n operations arriving at {@code ratePerSecond} on average (exponential gaps, seeded), served by
     * {@code threads} clients. Each latency runs from the operation's scheduled arrival, not from when a client
     * took it, so time spent queued behind a slow operation counts (no coordinated omission).
     */
    static <C> Stats paced(String name, int threads, int n, double ratePerSecond, long seed, Supplier<C> clientFactory,
            Task<C> task) {
        Stats stats = new Stats(name);
        java.util.concurrent.BlockingQueue<long[]> arrivals = new java.util.concurrent.LinkedBlockingQueue<>();
        CountDownLatch ready = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                C client;
                try {
                    client = clientFactory.get();
                } finally {
                    ready.countDown();
                }
                try {
                    while (true) {
                        long[] arrival = arrivals.take();
                        if (arrival[0] < 0) {
                            return;
                        }
                        boolean ok;
                        try {
                            ok = task.run(client, (int) arrival[0]);
                        } catch (Exception e) {
                            ok = false;
                            stats.note(e.toString());
                        }
                        if (ok) {
                            stats.add(System.nanoTime() - arrival[1]);
                        } else {
                            stats.error();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name + "-" + t);
            workers.add(worker);
            worker.start();
        }
        try {
            ready.await();
            java.util.Random random = new java.util.Random(seed);
            long start = System.nanoTime();
            double at = 0;
            for (int i = 0; i < n; i++) {
                at += -Math.log(1 - random.nextDouble()) / ratePerSecond;
                long due = start + (long) (at * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                arrivals.add(new long[] { i, due });
            }
            for (int t = 0; t < threads; t++) {
                arrivals.add(new long[] { -1, 0 });
            }
            for (Thread worker : workers) {
                worker.join();
            }
            stats.wall(System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        stats.notes().forEach(f -> System.out.println("  [" + name + "] error: " + f));
        return stats;
    }
}
