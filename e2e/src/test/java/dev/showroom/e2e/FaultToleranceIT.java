package dev.showroom.e2e;

import static dev.showroom.e2e.Staff.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.suite.Suite;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults of the real suite: the broker stopped for 30 s, a consuming service killed with SIGKILL
 * mid-stream, PostgreSQL restarted under load, PostgreSQL away for more than twice the consumers' stuck
 * threshold. Each test first proves that the fault really happened (the broker's port refuses, PostgreSQL
 * refuses connections, the kill came between two halves of the stream), then counts what was sent and what
 * was applied, end to end (the producers' outbox, the topic, each consumer's processed events and effects).
 * No fixed time window: every wait is for a condition, with a generous upper bound for a loaded machine.
 * Part of {@code ./mvnw verify}; the suite's PostgreSQL is always an embedded one of the test (the e2e
 * failsafe run unsets TEST_DB_URL), so it may be stopped. Runs after the other classes, before the demo.
 */
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    static final String CONSULTANT = "zhang.min";
    static final String MANAGER = "manager.sh";
    static final List<String> DEAD_LETTER_TOPICS =
            List.of("lead-service.dlq", "visit-service.dlq", "order-service.dlq", "aftersales-service.dlq");
    /** A call has five checkpoints: ANSWERED_IN_TIME (computed) and the four asked. */
    static final int CHECKPOINTS_PER_CALL = 5;

    static final List<String> APPS =
            List.of("lead-service", "visit-service", "order-service", "aftersales-service", "gateway");
    /** The consumers of the events the long-outage test sends: every service has one to wait with. */
    static final Map<String, List<String>> CONSUMERS_OF_COPIES = Map.of(
            "visit-service",
            List.of("lead.created"),
            "order-service",
            List.of("lead.created"),
            "aftersales-service",
            List.of("lead.created", "visit.recorded"),
            "lead-service",
            List.of("visit.recorded"));

    static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
    }

    @Test
    @Order(1)
    void everyEventOfA30SecondBrokerOutageIsAppliedExactlyOnce() {
        String run = run();
        String consultant = "outage-" + run;
        List<String> leads = new ArrayList<>();
        suite.stopKafka();
        Instant stopped = Instant.now();
        long heldInOutbox;
        try {
            assertRefuses(brokerPort(), "the broker, just stopped");
            // the API keeps working: leads are created, qualified and called while the broker is away
            // (for 30 s, and at least 5 leads however slow the machine)
            for (int i = 0; Instant.now().isBefore(stopped.plusSeconds(30)) || i < 5; i++) {
                String lead = as(CONSULTANT)
                        .body(Map.of(
                                "name",
                                "Outage " + run + " " + i,
                                "phone",
                                phone(),
                                "channel",
                                "WALK_IN",
                                "consent",
                                true))
                        .post("/api/v1/leads")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                as(CONSULTANT)
                        .body(Map.of("need", true, "means", true, "authority", true))
                        .put("/api/v1/leads/{id}/qualification", lead)
                        .then()
                        .statusCode(200);
                as(MANAGER)
                        .body(call(lead, consultant))
                        .post("/api/v1/visits/calls")
                        .then()
                        .statusCode(201);
                leads.add(lead);
                pause(300);
            }
            assertRefuses(brokerPort(), "the broker, at the end of the outage");
            // the fault was real: what was written meanwhile is still waiting in lead-service's outbox
            heldInOutbox = TestSuite.count(
                    "lead-service",
                    "select count(*) from outbox_event where published_at is null "
                            + "and topic = 'lead.created' and event_key = any(?)",
                    leads);
        } finally {
            suite.startKafka();
        }
        assertTrue(heldInOutbox > 0, "lead.created of the outage held in the outbox until the broker came back");
        int n = leads.size();
        System.out.printf(
                "broker outage: %d s (port refused at its start and end), %d leads created, qualified and "
                        + "called meanwhile, %d lead.created still unpublished when it ended%n",
                Duration.between(stopped, Instant.now()).toSeconds(), n, heldInOutbox);

        List<String> created = outboxIds("lead-service", "lead.created", leads);
        List<String> qualified = outboxIds("lead-service", "lead.qualified", leads);
        List<String> calls = outboxIdsLike("visit-service", "visit.recorded", consultant);
        assertEquals(n, created.size());
        assertEquals(n, qualified.size());
        assertEquals(n, calls.size());

        awaitAllConsumed(
                Map.of(
                        "visit-service",
                        List.of("lead.created", "lead.qualified"),
                        "order-service",
                        List.of("lead.created"),
                        "aftersales-service",
                        List.of("visit.recorded"),
                        "lead-service",
                        List.of("visit.recorded")),
                List.of("lead-service", "visit-service"));
        await().atMost(Duration.ofMinutes(5)).until(() -> tally(consultant) >= (long) CHECKPOINTS_PER_CALL * n);

        // on the topic: every event once at least (a resend after a lost acknowledgement would be a second copy)
        Set<String> leadSet = new HashSet<>(leads);
        var onTopic = Topics.records("lead.qualified", r -> leadSet.contains(r.key()));
        assertEquals(
                new HashSet<>(qualified),
                onTopic.stream().map(r -> Topics.header(r, "ce_id")).collect(Collectors.toSet()));

        // applied once each, with one effect each
        assertEquals(n, processed("visit-service", "lead.created", created));
        assertEquals(n, processed("visit-service", "lead.qualified", qualified));
        assertEquals(n, processed("order-service", "lead.created", created));
        assertEquals(n, processed("aftersales-service", "visit.recorded", calls));
        assertEquals(n, processed("lead-service", "visit.recorded", calls));
        assertEquals(
                n,
                TestSuite.count(
                        "visit-service",
                        "select count(*) from appointment where status = 'TO_INVITE' and lead_id::text = any(?)",
                        leads));
        assertEquals(
                n,
                TestSuite.count(
                        "visit-service", "select count(*) from known_lead where lead_id::text = any(?)", leads));
        assertEquals(
                n,
                TestSuite.count("order-service", "select count(*) from customer where lead_id::text = any(?)", leads));
        assertEquals((long) CHECKPOINTS_PER_CALL * n, tally(consultant), "checkpoints counted once per call");
        assertNoDeadLetters(leadSet);
        System.out.printf(
                "broker outage: %d lead.created, %d lead.qualified, %d visit.recorded published; "
                        + "%d lead.qualified records on the topic; every event applied once by each consumer%n",
                created.size(), qualified.size(), calls.size(), onTopic.size());
    }

    @Test
    @Order(2)
    void aConsumerKilledMidStreamLosesNothingAndAppliesNothingTwice() throws Exception {
        String consultant = "kill9-" + run();
        int total = 80;
        int half = total / 2;
        AtomicInteger recorded = new AtomicInteger();
        CountDownLatch killed = new CountDownLatch(1);
        List<Throwable> streamFailures = Collections.synchronizedList(new ArrayList<>());
        // the second half is recorded only after the kill, so the consumer is down mid-stream however fast or
        // slow the machine is
        Thread stream = new Thread(
                () -> {
                    try {
                        for (int i = 0; i < total; i++) {
                            if (i == half && !killed.await(10, TimeUnit.MINUTES)) {
                                throw new IllegalStateException("no kill came");
                            }
                            as(MANAGER)
                                    .body(call(null, consultant))
                                    .post("/api/v1/visits/calls")
                                    .then()
                                    .statusCode(201);
                            recorded.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        streamFailures.add(e);
                    }
                },
                "visit-stream");
        stream.start();
        // mid-stream: some calls have been counted by aftersales-service, more are still coming
        await().atMost(Duration.ofMinutes(5))
                .until(() -> tally(consultant) >= CHECKPOINTS_PER_CALL * 10L || !streamFailures.isEmpty());
        assertEquals(List.of(), streamFailures);
        suite.kill("aftersales-service");
        long appliedBeforeKill = tally(consultant) / CHECKPOINTS_PER_CALL;
        int recordedAtKill = recorded.get();
        killed.countDown();
        stream.join();
        assertEquals(List.of(), streamFailures);
        assertRefuses(suite.app("aftersales-service").port(), "aftersales-service, killed");
        suite.start("aftersales-service");

        List<String> calls = outboxIdsLike("visit-service", "visit.recorded", consultant);
        assertEquals(total, calls.size());
        awaitAllConsumed(Map.of("aftersales-service", List.of("visit.recorded")), List.of("visit-service"));
        await().atMost(Duration.ofMinutes(5)).until(() -> tally(consultant) >= (long) CHECKPOINTS_PER_CALL * total);

        assertEquals(total, processed("aftersales-service", "visit.recorded", calls));
        assertEquals((long) CHECKPOINTS_PER_CALL * total, tally(consultant), "every call counted exactly once");
        long duplicates = duplicatesSeen("aftersales-service", "visit.recorded");
        System.out.printf(
                "kill -9: %d calls recorded; aftersales-service killed after applying %d (%d recorded by then, "
                        + "the other %d after the kill), restarted; %d applied once each; %d redeliveries recognised and "
                        + "skipped after the restart%n",
                total, appliedBeforeKill, recordedAtKill, total - recordedAtKill, total, duplicates);
        assertTrue(recordedAtKill <= half && appliedBeforeKill < total, "the kill came mid-stream");
    }

    @Test
    @Order(3)
    void postgresRestartedUnderLoadAnswers503AndRecoversWithoutRestartingTheServices() throws Exception {
        assertOwnsDatabase();
        String run = run();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String app : APPS) {
            pids.put(app, suite.pid(app));
        }
        Load load = new Load(run);
        load.start();
        await().atMost(Duration.ofMinutes(5)).until(() -> load.created.size() >= 5 || !load.wrong.isEmpty());

        suite.stopDatabase();
        int createdBeforeStop = load.created.size();
        assertDatabaseRefuses();
        // an event in flight when the database went away: its consumers must apply it later, not dead-letter it
        String inFlight = UUID.randomUUID().toString();
        String inFlightPhone = phone();
        Topics.send(
                "lead.created",
                inFlight,
                "{\"leadId\":\"" + inFlight + "\",\"dealerId\":\"dealer-sh-01\","
                        + "\"channel\":\"WALK_IN\",\"name\":\"In flight " + run + "\",\"phone\":\"" + inFlightPhone
                        + "\",\"consultantId\":\"" + CONSULTANT + "\",\"createdAt\":\"" + Instant.now() + "\"}");
        Response direct;
        try {
            await().atMost(Duration.ofMinutes(5)).until(() -> load.unavailable.get() >= 5);
            direct = given().auth()
                    .oauth2(Staff.token(MANAGER))
                    .get(suite.app("lead-service").url() + "/api/v1/leads");
            assertEquals(503, direct.statusCode(), direct.asString());
            assertTrue(direct.contentType().startsWith("application/problem+json"), direct.contentType());
            assertEquals(
                    503,
                    given().get(suite.app("lead-service").url() + "/q/health/ready")
                            .statusCode());
            assertDatabaseRefuses();
        } finally {
            suite.startDatabase();
        }
        int unavailableWhileDown = load.unavailable.get();
        int createdAtRestart = load.created.size();
        // recovery: new leads are created again, by the same processes
        await().atMost(Duration.ofMinutes(5)).until(() -> load.created.size() >= createdAtRestart + 5);
        load.stop();
        for (var pid : pids.entrySet()) {
            assertEquals(pid.getValue(), suite.pid(pid.getKey()), pid.getKey() + " was not restarted");
        }
        assertTrue(load.wrong.isEmpty(), "only 201 or 503 problem+json: " + load.wrong);

        List<String> leads = new ArrayList<>(load.created);
        List<String> all = new ArrayList<>(leads);
        all.add(inFlight);
        List<String> created = outboxIds("lead-service", "lead.created", leads);
        assertEquals(leads.size(), created.size());
        awaitAllConsumed(
                Map.of("visit-service", List.of("lead.created"), "order-service", List.of("lead.created")),
                List.of("lead-service"));
        assertEquals(
                all.size(),
                TestSuite.count("visit-service", "select count(*) from known_lead where lead_id::text = any(?)", all));
        assertEquals(
                all.size(),
                TestSuite.count("order-service", "select count(*) from customer where lead_id::text = any(?)", all));
        assertEquals(leads.size(), processed("visit-service", "lead.created", created));
        assertEquals(leads.size(), processed("order-service", "lead.created", created));
        assertNoDeadLetters(new HashSet<>(all));
        System.out.printf(
                "PostgreSQL restart: %d requests under load, %d leads created (%d before the stop, %d after "
                        + "the restart), %d answered 503 problem+json while it was down and %d more while the services "
                        + "recovered (stale pooled connections, the gateway's open circuit), 0 other answers; the in-flight "
                        + "event and every created lead applied once by visit-service and order-service; no service restarted%n",
                load.requests.get(),
                leads.size(),
                createdBeforeStop,
                leads.size() - createdAtRestart,
                unavailableWhileDown,
                load.unavailable.get() - unavailableWhileDown);
    }

    /**
     * PostgreSQL away for more than twice the consumers' stuck threshold (SHOWROOM_EVENTS_STUCK_AFTER, set
     * low for the e2e run so that this does not take the 10 minutes a real cluster rides out) while every
     * service holds events it cannot apply yet: no liveness probe fails, no process restarts, and after the
     * outage every event is applied once.
     */
    @Test
    @Order(4)
    void aDatabaseOutageOfTwiceTheStuckThresholdKeepsEveryServiceLiveAndEveryEventIsAppliedAfter() throws Exception {
        assertOwnsDatabase();
        Duration threshold = stuckThreshold();
        String consultant = "long-outage-" + run();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String app : APPS) {
            pids.put(app, suite.pid(app));
        }
        // a real lead.created and visit.recorded to copy (new ce_id each: new events with a real payload)
        String lead = as(CONSULTANT)
                .body(Map.of(
                        "name", "Long outage " + consultant, "phone", phone(), "channel", "WALK_IN", "consent", true))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(MANAGER)
                .body(call(lead, consultant))
                .post("/api/v1/visits/calls")
                .then()
                .statusCode(201);
        awaitAllConsumed(CONSUMERS_OF_COPIES, List.of("lead-service", "visit-service"));
        var leadCreated =
                Topics.records("lead.created", r -> lead.equals(r.key())).get(0);
        var visitRecorded =
                Topics.records("visit.recorded", r -> lead.equals(r.key())).get(0);
        Map<String, Long> retriesBefore = new LinkedHashMap<>();
        for (String app : CONSUMERS_OF_COPIES.keySet()) {
            retriesBefore.put(app, unavailableRetries(app));
        }

        int copies = 5;
        List<String> created = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        int probes = 0;
        Duration down;
        suite.stopDatabase();
        Instant stopped = Instant.now();
        try {
            assertDatabaseRefuses();
            for (int i = 0; i < copies; i++) {
                created.add(Topics.send("lead.created", lead, leadCreated.value()));
                calls.add(Topics.send("visit.recorded", lead, visitRecorded.value()));
            }
            // the fault reaches every consumer: each is trying an event again while the database is away
            await().atMost(Duration.ofMinutes(5))
                    .until(() -> CONSUMERS_OF_COPIES.keySet().stream()
                            .allMatch(app -> unavailableRetries(app) > retriesBefore.get(app)));
            Instant waiting = Instant.now();
            while (Duration.between(waiting, Instant.now())
                            .compareTo(threshold.multipliedBy(2).plusSeconds(5))
                    < 0) {
                for (String app : APPS) {
                    Response live = given().get(suite.app(app).url() + "/q/health/live");
                    assertEquals(
                            200,
                            live.statusCode(),
                            app + " liveness while the database is away "
                                    + Duration.between(stopped, Instant.now()).toSeconds() + " s: " + live.asString());
                }
                probes++;
                pause(1000);
            }
            assertDatabaseRefuses();
            down = Duration.between(stopped, Instant.now());
        } finally {
            suite.startDatabase();
        }
        assertTrue(down.compareTo(threshold.multipliedBy(2)) > 0, "the outage outlasted twice the threshold: " + down);

        awaitAllConsumed(CONSUMERS_OF_COPIES, List.of());
        for (var pid : pids.entrySet()) {
            assertEquals(pid.getValue(), suite.pid(pid.getKey()), pid.getKey() + " was not restarted");
        }
        for (String app : List.of("visit-service", "order-service", "aftersales-service")) {
            assertEquals(copies, processed(app, "lead.created", created), app + " applied every lead.created");
        }
        for (String app : List.of("lead-service", "aftersales-service")) {
            assertEquals(copies, processed(app, "visit.recorded", calls), app + " applied every visit.recorded");
        }
        assertEquals((long) CHECKPOINTS_PER_CALL * (copies + 1), tally(consultant), "each copy counted once");
        assertNoDeadLetters(Set.of(lead));
        System.out.printf(
                "long database outage: PostgreSQL refused connections for %d s (stuck threshold %d s); %d "
                        + "liveness probes of %d applications, all UP; no process restarted; %d lead.created and %d "
                        + "visit.recorded sent meanwhile, each applied once by each consumer after%n",
                down.toSeconds(), threshold.toSeconds(), probes, APPS.size(), copies, copies);
    }

    /** Leads created one after another through the gateway until stopped; every answer is sorted. */
    static final class Load {
        final String run;
        final List<String> created = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean running = new AtomicBoolean(true);
        Thread thread;

        Load(String run) {
            this.run = run;
        }

        void start() {
            thread = new Thread(
                    () -> {
                        for (int i = 0; running.get(); i++) {
                            Response r = as(CONSULTANT)
                                    .body(Map.of(
                                            "name",
                                            "Restart " + run + " " + i,
                                            "phone",
                                            phone(),
                                            "channel",
                                            "PHONE",
                                            "consent",
                                            true))
                                    .post("/api/v1/leads");
                            requests.incrementAndGet();
                            String type = String.valueOf(r.contentType());
                            if (r.statusCode() == 201) {
                                created.add(r.path("id"));
                            } else if (r.statusCode() == 503 && type.startsWith("application/problem+json")) {
                                unavailable.incrementAndGet();
                            } else {
                                wrong.add(r.statusCode() + " " + type + " " + r.asString());
                            }
                            pause(100);
                        }
                    },
                    "lead-load");
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    /** Waits until the producers' outboxes are empty and each consumer group has committed everything. */
    static void awaitAllConsumed(Map<String, List<String>> consumers, List<String> producers) {
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    for (String producer : producers) {
                        if (TestSuite.count(producer, "select count(*) from outbox_event where published_at is null")
                                > 0) {
                            return false;
                        }
                    }
                    for (var consumer : consumers.entrySet()) {
                        for (String topic : consumer.getValue()) {
                            if (Topics.lag(consumer.getKey(), topic) > 0) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
    }

    /** The consumers' stuck threshold the suite was started with (the e2e failsafe run sets it low). */
    static Duration stuckThreshold() {
        String value = System.getenv("SHOWROOM_EVENTS_STUCK_AFTER");
        assertTrue(
                value != null && !value.isBlank(), "SHOWROOM_EVENTS_STUCK_AFTER is set for the e2e run (e2e/pom.xml)");
        return Duration.parse("PT" + value.strip());
    }

    /** How often a service tried an event again because the database did not answer (its retries counter). */
    static long unavailableRetries(String app) {
        String metrics = given().get(suite.app(app).url() + "/q/metrics").asString();
        return metrics.lines()
                .filter(l ->
                        l.startsWith("showroom_events_consumed_retries_total") && l.contains("reason=\"unavailable\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    static void assertOwnsDatabase() {
        assertTrue(
                suite.ownsDatabase(),
                "the e2e suite runs on an embedded PostgreSQL of its own (e2e/pom.xml unsets "
                        + "TEST_DB_URL): only that one may be stopped");
    }

    /** The fault is real: PostgreSQL refuses a new connection. */
    static void assertDatabaseRefuses() {
        var admin = suite.database().admin();
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
            throw new AssertionError("PostgreSQL accepted a connection while it was meant to be stopped");
        } catch (SQLException e) {
            assertTrue(e.getSQLState() != null && e.getSQLState().startsWith("08"), "refused: " + e);
        }
    }

    /** The fault is real: nothing accepts connections on the port. */
    static void assertRefuses(int port, String what) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2000);
            throw new AssertionError(what + " still accepts connections on port " + port);
        } catch (IOException e) {
            // refused: down, as claimed
        }
    }

    static int brokerPort() {
        return suite.ports().kafka();
    }

    static List<String> outboxIds(String app, String topic, List<String> keys) {
        return TestSuite.strings(
                app, "select event_id::text from outbox_event where topic = ? and event_key = any(?)", topic, keys);
    }

    static List<String> outboxIdsLike(String app, String topic, String text) {
        return TestSuite.strings(
                app,
                "select event_id::text from outbox_event where topic = ? and payload like ?",
                topic,
                "%" + text + "%");
    }

    static long processed(String app, String topic, List<String> eventIds) {
        return TestSuite.count(
                app,
                "select count(*) from processed_event where consumer = ? and topic = ? " + "and event_id = any(?)",
                app,
                topic,
                eventIds);
    }

    /** aftersales-service's count of the checkpoints of one (made-up) consultant's calls. */
    static long tally(String consultant) {
        return TestSuite.count(
                "aftersales-service",
                "select coalesce(sum(met + missed), 0) from checkpoint_tally where consultant_id = ?",
                consultant);
    }

    static void assertNoDeadLetters(Set<String> keys) {
        for (String topic : DEAD_LETTER_TOPICS) {
            assertEquals(
                    List.of(),
                    Topics.records(topic, r -> keys.contains(r.key())).stream()
                            .map(r -> Topics.header(r, "dead-letter-reason"))
                            .toList(),
                    topic);
        }
    }

    /** Redeliveries the inbox recognised since the service started (its showroom_events_consumed counter). */
    static long duplicatesSeen(String app, String topic) {
        String metrics = given().get(suite.app(app).url() + "/q/metrics").asString();
        return metrics.lines()
                .filter(l -> l.startsWith("showroom_events_consumed_total")
                        && l.contains("outcome=\"duplicate\"")
                        && l.contains("topic=\"" + topic + "\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    static Map<String, Object> call(String leadId, String consultant) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (leadId != null) {
            body.put("leadId", leadId);
        }
        body.put("consultantId", consultant);
        body.put("occurredAt", Instant.now().minusSeconds(60).toString());
        body.put("ringCount", 2);
        body.put(
                "checkpoints",
                Map.of(
                        "standardGreeting",
                        true,
                        "nameAndContactAsked",
                        true,
                        "knowsTheWayAsked",
                        false,
                        "invitedToVisit",
                        true));
        body.put("outcome", "called back");
        return body;
    }

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String phone() {
        return "+86137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
