package dev.showroom.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * lead.qualified events produced straight to the suite's broker, as lead-service's outbox relay would
 * send them, and the moment visit-service applied each (its inbox row, written in the transaction that
 * applies the event). Bench events belong to dealer-bench-00, so no dealer's data is touched.
 */
final class EventPipeline {

    /**
     * {@code perSecond}: events over the time from the first send to the last applied (live) or from the
     * consumer's resume to the last applied (drain); {@code producedMs}: first send to the last record acked by the
     * broker; {@code appliedMs}: first send (live) or resume (drain) to the last applied.
     */
    record Result(double perSecond, double p50, double p99, int recordSize, long producedMs, long appliedMs) {
        Result(double perSecond, double p50, double p99, int recordSize) {
            this(perSecond, p50, p99, recordSize, 0, 0);
        }
    }

    static final String BOOTSTRAP = "localhost:9092";

    /** What was produced: the run's id, when each record was sent, the last index of each partition. */
    private record Burst(String run, long first, long lastAcked, long[] sent, Map<Integer, Integer> lastOf, int size) {}

    /**
     * Live: the burst produced while visit-service consumes, each event timed from its send to its inbox row being
     * seen (lag), the rate over first send to last applied: bounded by the producer when the consumer keeps up.
     */
    static Result run(int n) throws Exception {
        Burst burst = produce(n);
        long[] applied = awaitApplied(burst.run, n);
        long[] lag = new long[n];
        long last = 0;
        for (int i = 0; i < n; i++) {
            lag[i] = applied[i] - burst.sent[i];
            last = Math.max(last, applied[i]);
        }
        Arrays.sort(lag);
        return new Result(
                n / ((last - burst.first) / 1000.0),
                lag[(int) Math.ceil(0.50 * n) - 1],
                lag[(int) Math.ceil(0.99 * n) - 1],
                burst.size,
                burst.lastAcked - burst.first,
                last - burst.first);
    }

    /**
     * Drain: what the consumer can apply, the producer out of the way. visit-service's JVM ({@code pid}) is stopped
     * (SIGSTOP: its consumers keep their group and partitions, far within the session timeout) while the burst is
     * produced and acked, then continued (SIGCONT); the rate is the events over the time from the continue to the
     * last event of each partition seen applied (each partition's events are applied in their order, so its last
     * one applied means all of it; checked by a count at the end), polled every 10 ms by primary key. No lag: the
     * events waited for the continue.
     */
    static Result drain(int n, long pid) throws Exception {
        signal("STOP", pid);
        Burst burst;
        try {
            burst = produce(n);
            Thread.sleep(500); // the broker's log settles; the consumer's pending fetch answered into its socket
        } finally {
            signal("CONT", pid);
        }
        long resumed = System.currentTimeMillis();
        List<String> lasts =
                burst.lastOf.values().stream().map(i -> burst.run + "-" + i).toList();
        try (Connection c = visitDb()) {
            long deadline = resumed + 300_000;
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from processed_event where consumer = 'visit-service' and event_id = any(?)")) {
                ps.setArray(1, c.createArrayOf("text", lasts.toArray()));
                while (true) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) == lasts.size()) {
                            break;
                        }
                    }
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("visit-service did not apply the burst in 5 minutes");
                    }
                    Thread.sleep(10);
                }
            }
            long done = System.currentTimeMillis();
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from processed_event where consumer = 'visit-service' and event_id like ?")) {
                ps.setString(1, burst.run + "-%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != n) {
                        throw new IllegalStateException("the last of each partition applied, but " + rs.getInt(1)
                                + " of " + n + " events: not applied in their order?");
                    }
                }
            }
            return new Result(
                    n / ((done - resumed) / 1000.0), 0, 0, burst.size, burst.lastAcked - burst.first, done - resumed);
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    private static Connection visitDb() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:5432/visit", "visit", "visit");
    }

    /** 20,000 lead.qualified of 200 leads, sent as fast as the producer goes; returns when the broker acked all. */
    private static Burst produce(int n) throws Exception {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        UUID[] leads = new UUID[200];
        for (int i = 0; i < leads.length; i++) {
            leads[i] = UUID.randomUUID();
        }
        long[] sent = new long[n];
        AtomicLong lastAcked = new AtomicLong();
        Map<Integer, Integer> lastOf = new ConcurrentHashMap<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        int size = 0;
        long first;
        try (KafkaProducer<String, String> producer = producer()) {
            first = System.currentTimeMillis();
            for (int i = 0; i < n; i++) {
                UUID lead = leads[i % leads.length];
                Instant now = Instant.now();
                String value =
                        "{\"leadId\":\"" + lead + "\",\"dealerId\":\"dealer-bench-00\",\"consultantId\":\"bench\","
                                + "\"modelOfInterest\":\"Bench S\",\"note\":\"need, means and authority confirmed\","
                                + "\"qualifiedAt\":\"" + now + "\"}";
                size = value.length();
                ProducerRecord<String, String> record = new ProducerRecord<>("lead.qualified", lead.toString(), value);
                header(record, "ce_id", run + "-" + i);
                header(record, "ce_type", "showroom.lead.qualified.v1");
                header(record, "ce_source", "/bench");
                header(record, "ce_specversion", "1.0");
                header(record, "ce_time", now.toString());
                header(record, "ce_subject", lead.toString());
                header(record, "correlation-id", run);
                sent[i] = now.toEpochMilli();
                int index = i;
                producer.send(record, (metadata, e) -> {
                    if (e != null) {
                        failed.set(e);
                        return;
                    }
                    lastAcked.accumulateAndGet(System.currentTimeMillis(), Math::max);
                    lastOf.merge(metadata.partition(), index, Math::max);
                });
            }
            producer.flush();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return new Burst(run, first, lastAcked.get(), sent, lastOf, size);
    }

    /**
     * When each event became visible as applied in visit-service (its inbox row committed), by event index, seen
     * by polling every 100 ms; waits until every event is there (5 minutes at most). Not the row's processed_at:
     * that is the start of the transaction that wrote it, which for events applied in batches is earlier than
     * the commit by the batch's duration, and would flatter them.
     */
    private static long[] awaitApplied(String run, int n) throws Exception {
        try (Connection c = visitDb()) {
            long deadline = System.currentTimeMillis() + 300_000;
            long[] applied = new long[n];
            int seen = 0;
            while (seen < n) {
                try (PreparedStatement ps = c.prepareStatement(
                        "select event_id from processed_event where consumer = 'visit-service' and event_id like ?")) {
                    ps.setString(1, run + "-%");
                    try (ResultSet rs = ps.executeQuery()) {
                        long now = System.currentTimeMillis();
                        while (rs.next()) {
                            String id = rs.getString(1);
                            int i = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
                            if (applied[i] == 0) {
                                applied[i] = now;
                                seen++;
                            }
                        }
                    }
                }
                if (seen < n && System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(
                            "visit-service applied " + seen + " of " + n + " events in 5 minutes");
                }
                Thread.sleep(100);
            }
            return applied;
        }
    }

    /** Kafka's own tool, in a JVM of its own, on a fresh 3-partition topic of the same broker. */
    static Result producerPerformance(int recordSize) throws Exception {
        String topic = "bench.producer-perf";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BOOTSTRAP))) {
            Set<String> topics = admin.listTopics().names().get();
            if (!topics.contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)))
                        .all()
                        .get();
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String output = Bench.exec(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic",
                topic,
                "--num-records",
                "300000",
                "--record-size",
                String.valueOf(recordSize),
                "--throughput",
                "-1",
                "--producer-props",
                "bootstrap.servers=" + BOOTSTRAP,
                "acks=all",
                "linger.ms=5"));
        String summary = output.lines()
                .filter(l -> l.contains("records sent"))
                .reduce((a, b) -> b)
                .orElse("");
        Matcher m = Pattern.compile(
                        "([0-9.]+) records/sec.*?([0-9.]+) ms avg latency.*?([0-9]+) ms 50th.*?([0-9]+) ms 99th")
                .matcher(summary);
        if (!m.find()) {
            throw new IllegalStateException("ProducerPerformance said: " + output);
        }
        return new Result(
                Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)),
                recordSize);
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
