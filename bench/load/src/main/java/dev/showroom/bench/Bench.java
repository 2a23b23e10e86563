package dev.showroom.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurements of bench/run that need a program: the showroom-day mix at rising rates through the
 * gateway and straight to the services, lead capture against a raw pgbench insert, and the event
 * pipeline against Kafka's own producer. Writes a Markdown report (first argument) and prints it.
 * Needs the suite up (./showroom up) on its standard ports.
 */
public final class Bench {

    /** Where the gateway and each service answer. */
    record Endpoints(String gateway, Map<String, String> services) {
        String direct(String service) {
            return services.get(service);
        }
    }

    /** The demo users' access tokens, fetched again every two minutes (they live five). */
    static final class Tokens {
        private final dev.showroom.suite.Tokens keycloak;
        private final Map<String, String> tokens = new ConcurrentHashMap<>();
        private final Map<String, Long> fetched = new ConcurrentHashMap<>();

        Tokens(String realmUrl) {
            this.keycloak = new dev.showroom.suite.Tokens(realmUrl);
        }

        /** One fetch at a time: 20 staff asking for the same user's token at once look like an attack to Keycloak. */
        synchronized String of(String user) {
            long now = System.nanoTime();
            Long at = fetched.get(user);
            if (at == null || now - at > Duration.ofMinutes(2).toNanos()) {
                tokens.put(user, keycloak.of(user));
                fetched.put(user, now);
            }
            return tokens.get(user);
        }
    }

    static final List<Double> RATES = List.of(10.0, 20.0, 40.0, 80.0, 120.0, 160.0, 240.0, 320.0, 480.0);

    private final StringBuilder report = new StringBuilder();
    private final PrintStream out = System.out;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Path reportFile = Path.of(args.length > 0 ? args[0] : "bench-report.md");
        Duration step = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_STEP_SECONDS", "15")));
        int events = Integer.parseInt(System.getenv().getOrDefault("BENCH_EVENTS", "20000"));
        Bench bench = new Bench();
        try {
            if (args.length > 2 && args[1].equals("pipeline")) {
                bench.pipelineRow(events, args[2]);
            } else if (args.length > 3 && args[1].equals("drain")) {
                bench.drainRow(events, args[2], Long.parseLong(args[3]));
            } else if (args.length > 1 && args[1].equals("cpu")) {
                bench.cpu(
                        Double.parseDouble(System.getenv().getOrDefault("BENCH_CPU_RATE", "40")),
                        Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_CPU_SECONDS", "60"))));
            } else {
                bench.run(step, events);
            }
        } finally {
            Files.writeString(reportFile, bench.report.toString());
        }
    }

    void run(Duration step, int eventCount) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        OpenLoop load = new OpenLoop(http);
        ShowroomDay day = showroomDay(http);
        log("setting up: a pool of 300 leads, 12 demo cars, a priced model (dealer-sh-01, as li.wei and manager.sh)");
        day.setup(300);

        log("warming up: the mix at 20/s for " + 2 * step.toSeconds() + " s, through the gateway and direct");
        load.fixedRate(20, step.multipliedBy(2), i -> day.next(i, false));
        load.fixedRate(20, step.multipliedBy(2), i -> day.next(i, true));

        section(
                "Showroom-day mix at rising rates",
                "The mix (of 20 calls: 4 lead captures, 6 searches, 3 follow-ups, 3 recorded calls, 2 test-drive "
                        + "bookings, 2 quotes) as consultant li.wei, sent at a fixed rate for " + step.toSeconds()
                        + " s per step (open loop: latency counts from the moment a request was due, so queueing "
                        + "shows). Direct = the same requests to the owning service's port.");
        List<OpenLoop.Result> viaGateway = rising(load, step, i -> day.next(i, false), "gateway");
        List<OpenLoop.Result> direct = rising(load, step, i -> day.next(i, true), "direct");
        table(
                List.of(
                        "rate offered /s",
                        "gateway: done /s",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "failed",
                        "direct: done /s",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "failed",
                        "p50 gateway ÷ direct"),
                rows(viaGateway, direct));
        line("");
        line("- p99 passes 100 ms through the gateway at **" + knee(viaGateway) + "**, direct at **" + knee(direct)
                + "**.");
        line("- Highest rate served (≥ 95 % of offered, < 1 % failed): gateway **" + best(viaGateway)
                + "/s**, direct **" + best(direct) + "/s**.");
        line("- Gateway overhead (median of p50 gateway ÷ p50 direct over the steps both served): **"
                + f2(overhead(viaGateway, direct)) + "×**.");
        firstFailures(viaGateway, direct);

        section(
                "Lead capture through the API against a raw insert",
                "4 callers in a closed loop for " + step.toSeconds() + " s each: POST /api/v1/leads (through the "
                        + "gateway, and direct), and pgbench inserting one equivalent row (same columns and indexes, "
                        + "table bench_lead LIKE lead in the lead database) with 4 clients.");
        OpenLoop.Result apiLeads = load.closedLoop(4, step, i -> day.createLead(i, false));
        OpenLoop.Result directLeads = load.closedLoop(4, step, i -> day.createLead(i, true));
        double[] pg = Pgbench.insert(4, step);
        table(
                List.of("path", "creates /s", "mean ms", "p99 ms", "÷ pgbench (throughput)"),
                List.of(
                        List.of(
                                "API via gateway",
                                f1(apiLeads.throughput()),
                                f2(apiLeads.mean()),
                                f2(apiLeads.p99()),
                                f3(apiLeads.throughput() / pg[0])),
                        List.of(
                                "API direct",
                                f1(directLeads.throughput()),
                                f2(directLeads.mean()),
                                f2(directLeads.p99()),
                                f3(directLeads.throughput() / pg[0])),
                        List.of("pgbench insert", f1(pg[0]), f2(pg[1]), "–", "1")));
        line("");
        line("One API capture costs **" + f1(pg[0] / apiLeads.throughput()) + "×** a raw insert in throughput ("
                + f1(apiLeads.mean() / pg[1]) + "× in mean latency). The API's figure also pays for the events "
                + "the capture sends (lead.created, lead.assigned), which three services apply meanwhile on the "
                + "same cores.");

        section(
                "Event pipeline: lead.qualified from produce to applied in visit-service",
                eventCount + " lead.qualified events (CloudEvents headers, 3 partitions, 200 keys) produced as fast as "
                        + "the producer goes; applied = the moment visit-service's inbox row (processed_event), committed with the "
                        + "invitation it makes, is seen (polled every 100 ms). Yardstick: Kafka's ProducerPerformance on the same broker, same record "
                        + "size, acks=all.");
        EventPipeline.Result pipeline = EventPipeline.run(eventCount);
        EventPipeline.Result producer = EventPipeline.producerPerformance(pipeline.recordSize());
        table(
                List.of("", "events /s", "p50 lag ms", "p99 lag ms"),
                List.of(
                        List.of(
                                "produce → applied in visit-service",
                                f1(pipeline.perSecond()),
                                f1(pipeline.p50()),
                                f1(pipeline.p99())),
                        List.of(
                                "ProducerPerformance (produce → acked)",
                                f1(producer.perSecond()),
                                f1(producer.p50()),
                                f1(producer.p99()))));
        line("");
        line("The pipeline applies **" + f3(pipeline.perSecond() / producer.perSecond())
                + "×** the events per second that the broker takes from a bare producer.");
    }

    /**
     * One row of the event pipeline's figures, for the before/after runs of bench/consumers.sh and bench/batches.sh:
     * events /s (first send to last applied), lag, and the producer's own time (first send to the last record acked
     * by the broker) beside the time to the last applied: when the two are close, the producer bounds the rate.
     */
    void pipelineRow(int eventCount, String label) throws Exception {
        EventPipeline.Result r = EventPipeline.run(eventCount);
        log(String.format(
                "%s: %.1f events/s, p50 lag %.0f ms, p99 lag %.0f ms; produced (first send to last acked) in %d ms,"
                        + " last applied %d ms after the first send",
                label, r.perSecond(), r.p50(), r.p99(), r.producedMs(), r.appliedMs()));
        line("| " + label + " | " + f1(r.perSecond()) + " | " + f1(r.p50()) + " | " + f1(r.p99()) + " | "
                + r.producedMs() + " | " + r.appliedMs() + " |");
    }

    /** One row of the drain (EventPipeline.drain): the burst produced with visit-service (pid) stopped, then applied. */
    void drainRow(int eventCount, String label, long pid) throws Exception {
        EventPipeline.Result r = EventPipeline.drain(eventCount, pid);
        log(String.format(
                "%s: drained %.1f events/s (%d ms from continue to the last applied; produced in %d ms while stopped)",
                label, r.perSecond(), r.appliedMs(), r.producedMs()));
        line("| " + label + " | " + f1(r.perSecond()) + " | " + r.appliedMs() + " | " + r.producedMs() + " |");
    }

    /**
     * What one call of the mix costs in CPU, process by process: the suite's processes' CPU time (from
     * /proc) over a steady step, divided by the calls answered. Far steadier than latency on a shared
     * machine: other people's load delays our requests but does not add to our processes' CPU time.
     */
    void cpu(double rate, Duration measure) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        OpenLoop load = new OpenLoop(http);
        ShowroomDay day = showroomDay(http);
        day.setup(300);
        log("warming up: the mix at " + f0(rate) + "/s for 120 s through the gateway (the JIT compilers finish)");
        load.fixedRate(rate, Duration.ofSeconds(120), i -> day.next(i, false));
        Map<String, Long> before = CpuTime.suite();
        OpenLoop.Result r = load.fixedRate(rate, measure, i -> day.next(1_000_000 + i, false));
        Map<String, Long> after = CpuTime.suite();
        section(
                "CPU per call of the mix",
                "The mix through the gateway at " + f0(rate) + "/s for " + measure.toSeconds()
                        + " s after 120 s of the same; CPU time of each process of the suite (user + system, /proc) divided by "
                        + "the " + r.ok() + " calls answered (p50 " + f1(r.p50()) + " ms, p99 " + f1(r.p99())
                        + " ms). PostgreSQL = "
                        + "the backends of the services' connection pools.");
        List<List<String>> rows = new ArrayList<>();
        double total = 0;
        for (String name : before.keySet()) {
            double ms = (after.getOrDefault(name, 0L) - before.get(name)) * 10.0 / r.ok();
            total += ms;
            rows.add(List.of(name, f2(ms)));
        }
        rows.add(List.of("**all**", "**" + f2(total) + "**"));
        table(List.of("process", "CPU ms per call"), rows);
    }

    /** The mix against the suite's standard ports: the gateway, and the services for the direct path. */
    private static ShowroomDay showroomDay(HttpClient http) {
        return new ShowroomDay(
                new Endpoints(
                        "http://localhost:8080",
                        Map.of(
                                "lead",
                                "http://localhost:8081",
                                "visit",
                                "http://localhost:8082",
                                "order",
                                "http://localhost:8083")),
                new Tokens("http://localhost:8180/realms/showroom"),
                http);
    }

    private List<OpenLoop.Result> rising(
            OpenLoop load,
            Duration step,
            java.util.function.LongFunction<java.net.http.HttpRequest> next,
            String path) {
        List<OpenLoop.Result> results = new ArrayList<>();
        long offset = 0;
        for (double rate : RATES) {
            long base = offset;
            OpenLoop.Result r = load.fixedRate(rate, step, i -> next.apply(base + i));
            offset += (long) (rate * step.toSeconds()) + 1;
            results.add(r);
            log(String.format(
                    "%s %5.0f/s: done %6.1f/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms  failed %d%s",
                    path,
                    rate,
                    r.throughput(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.failed(),
                    r.firstFailure() == null ? "" : "  (" + r.firstFailure() + ")"));
            if (r.p99() > 2000 || r.failed() > 0.05 * (r.ok() + r.failed()) || r.throughput() < 0.8 * rate) {
                break; // saturated: the next step would only queue more
            }
        }
        return results;
    }

    private static List<List<String>> rows(List<OpenLoop.Result> gateway, List<OpenLoop.Result> direct) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(gateway.size(), direct.size()); i++) {
            OpenLoop.Result g = i < gateway.size() ? gateway.get(i) : null;
            OpenLoop.Result d = i < direct.size() ? direct.get(i) : null;
            List<String> row = new ArrayList<>();
            row.add(f0(RATES.get(i)));
            for (OpenLoop.Result r : new OpenLoop.Result[] {g, d}) {
                if (r == null) {
                    row.addAll(List.of("–", "–", "–", "–", "–"));
                } else {
                    row.addAll(List.of(
                            f1(r.throughput()), f1(r.p50()), f1(r.p95()), f1(r.p99()), String.valueOf(r.failed())));
                }
            }
            row.add(g != null && d != null ? f2(g.p50() / d.p50()) : "–");
            rows.add(row);
        }
        return rows;
    }

    private static String knee(List<OpenLoop.Result> results) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).p99() > 100) {
                return i == 0
                        ? "below " + f0(results.get(0).offeredRate()) + "/s"
                        : "between " + f0(results.get(i - 1).offeredRate()) + " and "
                                + f0(results.get(i).offeredRate()) + "/s";
            }
        }
        return "more than " + f0(results.get(results.size() - 1).offeredRate()) + "/s (not reached)";
    }

    private static String best(List<OpenLoop.Result> results) {
        double best = 0;
        for (OpenLoop.Result r : results) {
            if (r.throughput() >= 0.95 * r.offeredRate() && r.failed() < 0.01 * (r.ok() + r.failed())) {
                best = Math.max(best, r.offeredRate());
            }
        }
        return f0(best);
    }

    private static double overhead(List<OpenLoop.Result> gateway, List<OpenLoop.Result> direct) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(gateway.size(), direct.size()); i++) {
            if (gateway.get(i).throughput() >= 0.95 * gateway.get(i).offeredRate()
                    && direct.get(i).throughput() >= 0.95 * direct.get(i).offeredRate()) {
                ratios.add(gateway.get(i).p50() / direct.get(i).p50());
            }
        }
        ratios.sort(Double::compare);
        return ratios.isEmpty() ? Double.NaN : ratios.get(ratios.size() / 2);
    }

    private void firstFailures(List<OpenLoop.Result> gateway, List<OpenLoop.Result> direct) {
        for (List<OpenLoop.Result> results : List.of(gateway, direct)) {
            for (OpenLoop.Result r : results) {
                if (r.firstFailure() != null) {
                    line("- First failure " + (results == gateway ? "through the gateway" : "direct") + " at "
                            + f0(r.offeredRate()) + "/s: `"
                            + r.firstFailure().replace('\n', ' ').replace("`", "'") + "`");
                    break;
                }
            }
        }
    }

    /** pgbench against the lead database: a scratch table shaped like lead, dropped afterwards. */
    static final class Pgbench {
        static double[] insert(int clients, Duration duration) throws Exception {
            String table = "create table if not exists bench_lead (like lead including all)";
            exec(List.of("psql", "-h", "localhost", "-U", "lead", "-d", "lead", "-qc", table));
            Path script = Files.createTempFile("bench-insert", ".sql");
            Files.writeString(script, """
                    \\set n random(1, 999999999)
                    insert into bench_lead (id, dealer_id, name, phone, email, channel, source_detail, model_of_interest,
                      consent_contact, consent_at, consultant_id, stage, stage_rank, next_follow_up_at, created_at, updated_at)
                    values (gen_random_uuid(), 'dealer-sh-01', 'Bench Lead', '+8616' || lpad(:n::text, 9, '0'), null,
                      'WALK_IN', 'walk in', 'Bench S', true, now(), 'li.wei', 'NEW', 0, now() + interval '1 day', now(), now())
                    on conflict do nothing;
                    """);
            String output = exec(List.of(
                    "pgbench",
                    "-h",
                    "localhost",
                    "-U",
                    "lead",
                    "-n",
                    "-c",
                    String.valueOf(clients),
                    "-j",
                    "2",
                    "-T",
                    String.valueOf(duration.toSeconds()),
                    "-f",
                    script.toString(),
                    "lead"));
            exec(List.of("psql", "-h", "localhost", "-U", "lead", "-d", "lead", "-qc", "drop table bench_lead"));
            Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
            Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
            if (!tps.find() || !latency.find()) {
                throw new IllegalStateException("pgbench said: " + output);
            }
            return new double[] {Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1))};
        }
    }

    static String exec(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", "lead");
        Process p = pb.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                output.append(l).append('\n');
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output.toString();
    }

    private void section(String title, String text) {
        line("");
        line("### " + title);
        line("");
        line(text);
        line("");
    }

    private void table(List<String> header, List<List<String>> rows) {
        line("| " + String.join(" | ", header) + " |");
        line("|" + "---|".repeat(header.size()));
        rows.forEach(r -> line("| " + String.join(" | ", r) + " |"));
    }

    private void line(String s) {
        report.append(s).append('\n');
        out.println(s);
    }

    static void log(String s) {
        System.err.println("[bench] " + s);
    }

    static String f0(double d) {
        return String.format("%.0f", d);
    }

    static String f1(double d) {
        return String.format("%.1f", d);
    }

    static String f2(double d) {
        return String.format("%.2f", d);
    }

    static String f3(double d) {
        return String.format("%.3f", d);
    }
}
