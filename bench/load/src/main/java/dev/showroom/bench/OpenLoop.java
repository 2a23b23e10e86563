package dev.showroom.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Sends requests at a fixed arrival rate whatever the server does (open loop), and times each from
 * the moment it was due to be sent, so that a server that stalls is not flattered by the generator
 * waiting for it (no coordinated omission). Also a closed loop of N workers for peak throughput.
 */
final class OpenLoop {

    /** A step's figures; latencies in milliseconds. */
    record Result(
            double offeredRate,
            double throughput,
            long ok,
            long failed,
            double p50,
            double p95,
            double p99,
            double mean,
            String firstFailure) {}

    /** How many requests may wait for an answer before the generator counts further ones as failed. */
    static final int MAX_IN_FLIGHT = 2000;

    private final HttpClient http;

    OpenLoop(HttpClient http) {
        this.http = http;
    }

    Result fixedRate(double rate, Duration duration, LongFunction<HttpRequest> request) {
        int n = (int) Math.max(1, rate * duration.toMillis() / 1000.0);
        long[] latency = new long[n];
        boolean[] good = new boolean[n];
        AtomicInteger inFlight = new AtomicInteger();
        String[] failure = new String[1];
        CompletableFuture<?>[] all = new CompletableFuture<?>[n];
        long start = System.nanoTime() + 50_000_000L;
        long interval = (long) (1e9 / rate);
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                latency[i] = Long.MAX_VALUE;
                all[i] = CompletableFuture.completedFuture(null);
                failure[0] = "more than " + MAX_IN_FLIGHT + " requests waiting";
                continue;
            }
            inFlight.incrementAndGet();
            all[i] = http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .handle((response, error) -> {
                        latency[index] = System.nanoTime() - due;
                        inFlight.decrementAndGet();
                        good[index] = error == null && response.statusCode() < 300;
                        if (!good[index] && failure[0] == null) {
                            failure[0] = error != null
                                    ? error.toString()
                                    : response.statusCode() + " "
                                            + response.body()
                                                    .substring(
                                                            0,
                                                            Math.min(
                                                                    300,
                                                                    response.body()
                                                                            .length()));
                        }
                        return null;
                    });
        }
        try {
            CompletableFuture.allOf(all).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            failure[0] = failure[0] == null ? "answers still missing 30 s after the step" : failure[0];
        }
        long elapsed = System.nanoTime() - start;
        return summarise(rate, latency, good, elapsed, failure[0]);
    }

    /** {@code workers} callers, each sending its next request when the last one is answered. */
    Result closedLoop(int workers, Duration duration, LongFunction<HttpRequest> request) {
        long end = System.nanoTime() + duration.toNanos();
        long[][] latencies = new long[workers][];
        boolean[][] goods = new boolean[workers][];
        String[] failure = new String[1];
        AtomicInteger counter = new AtomicInteger();
        Thread[] threads = new Thread[workers];
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads[w] = new Thread(() -> {
                long[] lat = new long[1024];
                boolean[] ok = new boolean[1024];
                int k = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean good;
                    try {
                        HttpResponse<String> r = http.send(
                                request.apply(counter.getAndIncrement()), HttpResponse.BodyHandlers.ofString());
                        good = r.statusCode() < 300;
                        if (!good && failure[0] == null) {
                            failure[0] = r.statusCode() + " "
                                    + r.body()
                                            .substring(0, Math.min(300, r.body().length()));
                        }
                    } catch (Exception e) {
                        good = false;
                        failure[0] = e.toString();
                    }
                    if (k == lat.length) {
                        lat = Arrays.copyOf(lat, k * 2);
                        ok = Arrays.copyOf(ok, k * 2);
                    }
                    lat[k] = System.nanoTime() - t0;
                    ok[k++] = good;
                }
                latencies[worker] = Arrays.copyOf(lat, k);
                goods[worker] = Arrays.copyOf(ok, k);
            });
            threads[w].start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long elapsed = System.nanoTime() - start;
        int total = Arrays.stream(latencies).mapToInt(a -> a.length).sum();
        long[] latency = new long[total];
        boolean[] good = new boolean[total];
        int at = 0;
        for (int w = 0; w < workers; w++) {
            System.arraycopy(latencies[w], 0, latency, at, latencies[w].length);
            System.arraycopy(goods[w], 0, good, at, goods[w].length);
            at += latencies[w].length;
        }
        return summarise(Double.NaN, latency, good, elapsed, failure[0]);
    }

    static Result summarise(double rate, long[] latency, boolean[] good, long elapsedNanos, String failure) {
        long ok = 0;
        for (boolean g : good) {
            ok += g ? 1 : 0;
        }
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        double mean =
                Arrays.stream(sorted).filter(l -> l != Long.MAX_VALUE).average().orElse(0) / 1e6;
        return new Result(
                rate,
                ok / (elapsedNanos / 1e9),
                ok,
                latency.length - ok,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                mean,
                failure);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        long v = sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)];
        return v == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : v / 1e6;
    }
}
