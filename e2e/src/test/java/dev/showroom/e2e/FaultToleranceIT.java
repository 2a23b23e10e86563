package dev.showroom.e2e;

import static dev.showroom.e2e.Staff.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.showroom.suite.Suite;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Faults of the real suite: the broker stopped for 30 s, a consuming service killed with SIGKILL
 * mid-stream, PostgreSQL restarted under load. Each test counts what was sent and what was applied, end to
 * end (the producers' outbox, the topic, each consumer's processed events and effects); it never asserts a
 * duration. Long, so it runs in its own profile: {@code ./mvnw -B -ntp verify -pl e2e -Pfaults}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    static final String CONSULTANT = "zhang.min";
    static final String MANAGER = "manager.sh";
    static final List<String> DEAD_LETTER_TOPICS = List.of("lead-service.dlq", "visit-service.dlq", "order-service.dlq",
            "aftersales-service.dlq");
    /** A call has five checkpoints: ANSWERED_IN_TIME (computed) and the four asked. */
    static final int CHECKPOINTS_PER_CALL = 5;

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
        try {
            // the API keeps working: leads are created, qualified and called while the broker is away
            for (int i = 0; Instant.now().isBefore(stopped.plusSeconds(30)); i++) {
                String lead = as(CONSULTANT).body(Map.of("name", "Outage " + run + " " + i, "phone", phone(),
                        "channel", "WALK_IN", "consent", true)).post("/api/v1/leads").then().statusCode(201)
                        .extract().path("id");
                as(CONSULTANT).body(Map.of("need", true, "means", true, "authority", true))
                        .put("/api/v1/leads/{id}/qualification", lead).then().statusCode(200);
                as(MANAGER).body(call(lead, consultant)).post("/api/v1/visits/calls").then().statusCode(201);
                leads.add(lead);
                pause(300);
            }
        } finally {
            suite.startKafka();
        }
        int n = leads.size();
        System.out.printf("broker outage: %d s, %d leads created, qualified and called meanwhile%n",
                Duration.between(stopped, Instant.now()).toSeconds(), n);

        List<String> created = outboxIds("lead-service", "lead.created", leads);
        List<String> qualified = outboxIds("lead-service", "lead.qualified", leads);
        List<String> calls = outboxIdsLike("visit-service", "visit.recorded", consultant);
        assertEquals(n, created.size());
        assertEquals(n, qualified.size());
        assertEquals(n, calls.size());

        awaitAllConsumed(Map.of("visit-service", List.of("lead.created", "lead.qualified"),
                "order-service", List.of("lead.created"), "aftersales-service", List.of("visit.recorded"),
                "lead-service", List.of("visit.recorded")), List.of("lead-service", "visit-service"));
        await().atMost(Duration.ofMinutes(2)).until(() -> tally(consultant) >= (long) CHECKPOINTS_PER_CALL * n);

        // on the topic: every event once at least (a resend after a lost acknowledgement would be a second copy)
        Set<String> leadSet = new HashSet<>(leads);
        var onTopic = Topics.records("lead.qualified", r -> leadSet.contains(r.key()));
        assertEquals(new HashSet<>(qualified), onTopic.stream().map(r -> Topics.header(r, "ce_id")).collect(Collectors.toSet()));

        // applied once each, with one effect each
        assertEquals(n, processed("visit-service", "lead.created", created));
        assertEquals(n, processed("visit-service", "lead.qualified", qualified));
        assertEquals(n, processed("order-service", "lead.created", created));
        assertEquals(n, processed("aftersales-service", "visit.recorded", calls));
        assertEquals(n, processed("lead-service", "visit.recorded", calls));
        assertEquals(n, TestSuite.count("visit-service",
                "select count(*) from appointment where status = 'TO_INVITE' and lead_id::text = any(?)", leads));
        assertEquals(n, TestSuite.count("visit-service", "select count(*) from known_lead where lead_id::text = any(?)", leads));
        assertEquals(n, TestSuite.count("order-service", "select count(*) from customer where lead_id::text = any(?)", leads));
        assertEquals((long) CHECKPOINTS_PER_CALL * n, tally(consultant), "checkpoints counted once per call");
        assertNoDeadLetters(leadSet);
        System.out.printf("broker outage: %d lead.created, %d lead.qualified, %d visit.recorded published; "
                + "%d lead.qualified records on the topic; every event applied once by each consumer%n",
                created.size(), qualified.size(), calls.size(), onTopic.size());
    }

    @Test
    @Order(2)
    void aConsumerKilledMidStreamLosesNothingAndAppliesNothingTwice() throws Exception {
        String consultant = "kill9-" + run();
        int total = 80;
        AtomicInteger recorded = new AtomicInteger();
        Thread stream = new Thread(() -> {
            for (int i = 0; i < total; i++) {
                as(MANAGER).body(call(null, consultant)).post("/api/v1/visits/calls").then().statusCode(201);
                recorded.incrementAndGet();
                pause(60);
            }
        }, "visit-stream");
        stream.start();
        // mid-stream: some calls have been counted by aftersales-service, more are still coming
        await().atMost(Duration.ofMinutes(1)).until(() -> tally(consultant) >= CHECKPOINTS_PER_CALL * 10L);
        long appliedBeforeKill = tally(consultant) / CHECKPOINTS_PER_CALL;
        int recordedAtKill = recorded.get();
        suite.kill("aftersales-service");
        stream.join();
        suite.start("aftersales-service");

        List<String> calls = outboxIdsLike("visit-service", "visit.recorded", consultant);
        assertEquals(total, calls.size());
        awaitAllConsumed(Map.of("aftersales-service", List.of("visit.recorded")), List.of("visit-service"));
        await().atMost(Duration.ofMinutes(2)).until(() -> tally(consultant) >= (long) CHECKPOINTS_PER_CALL * total);

        assertEquals(total, processed("aftersales-service", "visit.recorded", calls));
        assertEquals((long) CHECKPOINTS_PER_CALL * total, tally(consultant), "every call counted exactly once");
        long duplicates = duplicatesSeen("aftersales-service", "visit.recorded");
        System.out.printf("kill -9: %d calls recorded; aftersales-service killed after applying %d (%d recorded by then), "
                + "restarted; %d applied once each; %d redeliveries recognised and skipped after the restart%n",
                total, appliedBeforeKill, recordedAtKill, total, duplicates);
        assertTrue(recordedAtKill < total || appliedBeforeKill < total, "the kill came mid-stream");
    }

    @Test
    @Order(3)
    void postgresRestartedUnderLoadAnswers503AndRecoversWithoutRestartingTheServices() throws Exception {
        Assumptions.assumeTrue(suite.ownsDatabase(),
                "the suite uses a shared PostgreSQL (TEST_DB_URL): only an embedded one of this test is restarted");
        String run = run();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String app : List.of("lead-service", "visit-service", "order-service", "aftersales-service", "gateway")) {
            pids.put(app, suite.pid(app));
        }
        Load load = new Load(run);
        load.start();
        await().atMost(Duration.ofMinutes(1)).until(() -> load.created.size() >= 5);

        suite.stopDatabase();
        int createdBeforeStop = load.created.size();
        // an event in flight when the database went away: its consumers must apply it later, not dead-letter it
        String inFlight = UUID.randomUUID().toString();
        String inFlightPhone = phone();
        Topics.send("lead.created", inFlight, "{\"leadId\":\"" + inFlight + "\",\"dealerId\":\"dealer-sh-01\","
                + "\"channel\":\"WALK_IN\",\"name\":\"In flight " + run + "\",\"phone\":\"" + inFlightPhone
                + "\",\"consultantId\":\"" + CONSULTANT + "\",\"createdAt\":\"" + Instant.now() + "\"}");
        Response direct;
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> load.unavailable.get() >= 5);
            direct = given().auth().oauth2(Staff.token(MANAGER)).get(suite.app("lead-service").url() + "/api/v1/leads");
            assertEquals(503, direct.statusCode(), direct.asString());
            assertTrue(direct.contentType().startsWith("application/problem+json"), direct.contentType());
            assertEquals(503, given().get(suite.app("lead-service").url() + "/q/health/ready").statusCode());
        } finally {
            suite.startDatabase();
        }
        int unavailableWhileDown = load.unavailable.get();
        int createdAtRestart = load.created.size();
        // recovery: new leads are created again, by the same processes
        await().atMost(Duration.ofMinutes(2)).until(() -> load.created.size() >= createdAtRestart + 5);
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
        awaitAllConsumed(Map.of("visit-service", List.of("lead.created"), "order-service", List.of("lead.created")),
                List.of("lead-service"));
        assertEquals(all.size(), TestSuite.count("visit-service",
                "select count(*) from known_lead where lead_id::text = any(?)", all));
        assertEquals(all.size(), TestSuite.count("order-service",
                "select count(*) from customer where lead_id::text = any(?)", all));
        assertEquals(leads.size(), processed("visit-service", "lead.created", created));
        assertEquals(leads.size(), processed("order-service", "lead.created", created));
        assertNoDeadLetters(new HashSet<>(all));
        System.out.printf("PostgreSQL restart: %d requests under load, %d leads created (%d before the stop, %d after "
                + "the restart), %d answered 503 problem+json while it was down and %d more while the services "
                + "recovered (stale pooled connections, the gateway's open circuit), 0 other answers; the in-flight "
                + "event and every created lead applied once by visit-service and order-service; no service restarted%n",
                load.requests.get(), leads.size(), createdBeforeStop, leads.size() - createdAtRestart,
                unavailableWhileDown, load.unavailable.get() - unavailableWhileDown);
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
            thread = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    Response r = as(CONSULTANT).body(Map.of("name", "Restart " + run + " " + i, "phone", phone(),
                            "channel", "PHONE", "consent", true)).post("/api/v1/leads");
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
            }, "lead-load");
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    /** Waits until the producers' outboxes are empty and each consumer group has committed everything. */
    static void awaitAllConsumed(Map<String, List<String>> consumers, List<String> producers) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (String producer : producers) {
                if (TestSuite.count(producer, "select count(*) from outbox_event where published_at is null") > 0) {
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

    static List<String> outboxIds(String app, String topic, List<String> keys) {
        return TestSuite.strings(app, "select event_id::text from outbox_event where topic = ? and event_key = any(?)",
                topic, keys);
    }

    static List<String> outboxIdsLike(String app, String topic, String text) {
        return TestSuite.strings(app, "select event_id::text from outbox_event where topic = ? and payload like ?", topic,
                "%" + text + "%");
    }

    static long processed(String app, String topic, List<String> eventIds) {
        return TestSuite.count(app, "select count(*) from processed_event where consumer = ? and topic = ? "
                + "and event_id = any(?)", app, topic, eventIds);
    }

    /** aftersales-service's count of the checkpoints of one (made-up) consultant's calls. */
    static long tally(String consultant) {
        return TestSuite.count("aftersales-service",
                "select coalesce(sum(met + missed), 0) from checkpoint_tally where consultant_id = ?", consultant);
    }

    static void assertNoDeadLetters(Set<String> keys) {
        for (String topic : DEAD_LETTER_TOPICS) {
            assertEquals(List.of(), Topics.records(topic, r -> keys.contains(r.key())).stream()
                    .map(r -> Topics.header(r, "dead-letter-reason")).toList(), topic);
        }
    }

    /** Redeliveries the inbox recognised since the service started (its showroom_events_consumed counter). */
    static long duplicatesSeen(String app, String topic) {
        String metrics = given().get(suite.app(app).url() + "/q/metrics").asString();
        return metrics.lines().filter(l -> l.startsWith("showroom_events_consumed_total") && l.contains("outcome=\"duplicate\"")
                && l.contains("topic=\"" + topic + "\"")).mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
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
        body.put("checkpoints", Map.of("standardGreeting", true, "nameAndContactAsked", true, "knowsTheWayAsked", false,
                "invitedToVisit", true));
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
