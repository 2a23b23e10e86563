package dev.showroom.suite;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/** Waits until components answer, showing one progress line while it waits. */
public final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PrintStream out;
    private final boolean interactive = System.console() != null;
    private int shownReady = -1;
    private long shownAt;

    public Readiness(PrintStream out) {
        this.out = out;
    }

    /** A thing to wait for: its name, a check, and what is wrong if it never becomes ready. */
    public record Check(String name, BooleanSupplier ready, BooleanSupplier alive, String log) {}

    public static boolean answers200(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(3))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** Waits for all checks together; fails naming each one that died or did not get ready in time. */
    public void await(List<Check> checks, Duration timeout) {
        long start = System.nanoTime();
        Map<String, Long> readyAt = new ConcurrentHashMap<>();
        while (readyAt.size() < checks.size()) {
            for (Check check : checks) {
                if (readyAt.containsKey(check.name())) {
                    continue;
                }
                if (check.ready().getAsBoolean()) {
                    readyAt.put(check.name(), elapsed(start));
                } else if (!check.alive().getAsBoolean()) {
                    out.println();
                    throw new SuiteException(
                            check.name() + " stopped while starting; see " + check.log() + "\n" + tail(check.log()));
                }
            }
            show(checks, readyAt, elapsed(start));
            if (readyAt.size() == checks.size()) {
                break;
            }
            if (elapsed(start) > timeout.toSeconds()) {
                out.println();
                StringBuilder late = new StringBuilder();
                checks.stream()
                        .filter(c -> !readyAt.containsKey(c.name()))
                        .forEach(c -> late.append("\n  ")
                                .append(c.name())
                                .append(": see ")
                                .append(c.log())
                                .append("\n")
                                .append(tail(c.log())));
                throw new SuiteException("not ready after " + timeout.toSeconds() + " s:" + late);
            }
            sleep(1000);
        }
        out.println();
    }

    private void show(List<Check> checks, Map<String, Long> readyAt, long seconds) {
        // on a terminal one line is redrawn; in a CI log a line is added when something changed
        boolean changed = readyAt.size() != shownReady || seconds - shownAt >= 15;
        if (!interactive && !changed) {
            return;
        }
        shownReady = readyAt.size();
        shownAt = seconds;
        StringBuilder line = new StringBuilder(interactive ? "\r  " : "  ");
        for (Check check : checks) {
            Long at = readyAt.get(check.name());
            line.append(check.name()).append(at == null ? " …  " : " ✔ (" + at + " s)  ");
        }
        line.append("[").append(seconds).append(" s]");
        if (!interactive) {
            line.append('\n');
        }
        out.print(line);
        out.flush();
    }

    /** The end of a log, so that a failure in CI shows its cause without the file. */
    static String tail(String log) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(log));
            return "    | " + String.join("\n    | ", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "    (no log)";
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted");
        }
    }
}
