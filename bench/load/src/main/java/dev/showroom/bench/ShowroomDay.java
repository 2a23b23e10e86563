package dev.showroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.suite.demo.Vins;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A showroom day's calls as consultant li.wei of dealer-sh-01 makes them: lead capture, search,
 * follow-up, a recorded call, a test-drive booking, a quotation. Each can go through the gateway or
 * straight to the service that owns it. Setup (as manager.sh) makes a pool of leads, a few demo cars
 * and a priced model; every run uses fresh phone numbers, cars and slots, so runs never collide.
 */
final class ShowroomDay {

    enum Op {
        CREATE_LEAD("lead"),
        SEARCH("lead"),
        FOLLOW_UP("lead"),
        RECORD_VISIT("visit"),
        BOOK_TEST_DRIVE("visit"),
        QUOTE("order");

        final String service;

        Op(String service) {
            this.service = service;
        }
    }

    /** 20 calls of a day in a fixed order: 4 captures, 6 searches, 3 follow-ups, 3 visits, 2 bookings, 2 quotes. */
    static final List<Op> DAY = List.of(
            Op.SEARCH,
            Op.CREATE_LEAD,
            Op.FOLLOW_UP,
            Op.SEARCH,
            Op.RECORD_VISIT,
            Op.QUOTE,
            Op.CREATE_LEAD,
            Op.SEARCH,
            Op.BOOK_TEST_DRIVE,
            Op.FOLLOW_UP,
            Op.SEARCH,
            Op.RECORD_VISIT,
            Op.CREATE_LEAD,
            Op.SEARCH,
            Op.QUOTE,
            Op.FOLLOW_UP,
            Op.BOOK_TEST_DRIVE,
            Op.RECORD_VISIT,
            Op.CREATE_LEAD,
            Op.SEARCH);

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONSULTANT = "li.wei";
    static final String MANAGER = "manager.sh";
    static final String MODEL = "BENCH_S";

    private final Bench.Endpoints endpoints;
    private final Bench.Tokens tokens;
    private final HttpClient http;
    private final long salt = (System.currentTimeMillis() / 1000) % 1000;
    private final AtomicLong phones = new AtomicLong();
    private final AtomicLong slots = new AtomicLong();
    private final List<String> leads = new ArrayList<>();
    private final List<String> leadPhones = new ArrayList<>();
    private final List<String> cars = new ArrayList<>();
    private final Instant slotBase = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.HOURS);

    ShowroomDay(Bench.Endpoints endpoints, Bench.Tokens tokens, HttpClient http) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.http = http;
    }

    void setup(int poolSize) throws Exception {
        String models = call(MANAGER, "GET", endpoints.gateway() + "/api/v1/catalogue/models", null)
                .toString();
        if (!models.contains("\"" + MODEL + "\"")) {
            call(
                    MANAGER,
                    "POST",
                    endpoints.gateway() + "/api/v1/catalogue/models",
                    Map.of(
                            "code",
                            MODEL,
                            "name",
                            "Bench S",
                            "trims",
                            List.of(Map.of("code", "STD", "name", "Standard")),
                            "colours",
                            List.of(Map.of("code", "WHITE", "name", "White")),
                            "options",
                            List.of()));
            call(
                    MANAGER,
                    "POST",
                    endpoints.gateway() + "/api/v1/catalogue/price-lists",
                    Map.of(
                            "name",
                            "Bench prices",
                            "validFrom",
                            LocalDate.now().minusDays(1).toString(),
                            "items",
                            List.of(
                                    Map.of("modelCode", MODEL, "kind", "TRIM", "code", "STD", "price", "150000.00"),
                                    Map.of("modelCode", MODEL, "kind", "COLOUR", "code", "WHITE", "price", "0.00"))));
        }
        for (int c = 0; c < 12; c++) {
            cars.add(call(
                            MANAGER,
                            "POST",
                            endpoints.gateway() + "/api/v1/demo-cars",
                            Map.of(
                                    "model",
                                    "Bench S",
                                    "trim",
                                    "STD",
                                    "plate",
                                    "BENCH " + salt + "-" + c,
                                    "vin",
                                    Vins.of((int) (9_000_000 + salt * 20 + c)),
                                    "odometer",
                                    100))
                    .get("id")
                    .asText());
        }
        for (int i = 0; i < poolSize; i++) {
            String phone = nextPhone();
            leads.add(call(
                            CONSULTANT,
                            "POST",
                            endpoints.gateway() + "/api/v1/leads",
                            Map.of(
                                    "name",
                                    "Bench Pool " + i,
                                    "phone",
                                    phone,
                                    "channel",
                                    "PHONE",
                                    "consent",
                                    true,
                                    "modelOfInterest",
                                    "Bench S"))
                    .get("id")
                    .asText());
            leadPhones.add(phone);
        }
        // visit- and order-service learn the leads from lead.created: wait until both know the last one
        String last = leads.get(leads.size() - 1);
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> quote = send(request(Op.QUOTE, endpoints.gateway(), leads.size() - 1, last));
            HttpResponse<String> visit = send(request(Op.RECORD_VISIT, endpoints.gateway(), 0, last));
            if (quote.statusCode() < 300 && visit.statusCode() < 300) {
                break;
            }
            if (attempt > 60) {
                throw new IllegalStateException("the pool's leads did not reach visit- and order-service: "
                        + quote.statusCode() + " " + quote.body() + " / " + visit.statusCode() + " " + visit.body());
            }
            Thread.sleep(1000);
        }
    }

    /** The i-th call of the day, sent to the gateway or straight to the owning service. */
    HttpRequest next(long i, boolean direct) {
        Op op = DAY.get((int) (i % DAY.size()));
        String lead = leads.get((int) ((i * 7919) % leads.size()));
        return request(op, direct ? endpoints.direct(op.service) : endpoints.gateway(), i, lead);
    }

    /** Only calls of one kind (the per-call figures). */
    HttpRequest only(Op op, long i, boolean direct) {
        String lead = leads.get((int) ((i * 7919) % leads.size()));
        return request(op, direct ? endpoints.direct(op.service) : endpoints.gateway(), i, lead);
    }

    /** Only lead captures (for the comparison with a raw insert). */
    HttpRequest createLead(long i, boolean direct) {
        return request(Op.CREATE_LEAD, direct ? endpoints.direct("lead") : endpoints.gateway(), i, null);
    }

    private HttpRequest request(Op op, String base, long i, String lead) {
        return switch (op) {
            case CREATE_LEAD ->
                post(
                        base + "/api/v1/leads",
                        Map.of(
                                "name",
                                "Bench Lead " + i,
                                "phone",
                                nextPhone(),
                                "channel",
                                "WALK_IN",
                                "consent",
                                true,
                                "modelOfInterest",
                                "Bench S"));
            case SEARCH ->
                get(base + "/api/v1/leads?size=20&q="
                        + leadPhones
                                .get((int) (i % leadPhones.size()))
                                .substring(9)); // the last five digits, as a receptionist would type them
            case FOLLOW_UP ->
                post(
                        base + "/api/v1/leads/" + lead + "/follow-ups",
                        Map.of("kind", "CALL", "outcome", "talked about the Bench S", "nextStep", "invite"));
            case RECORD_VISIT ->
                post(
                        base + "/api/v1/visits/calls",
                        Map.of(
                                "leadId",
                                lead,
                                "ringCount",
                                2,
                                "checkpoints",
                                Map.of(
                                        "standardGreeting",
                                        true,
                                        "nameAndContactAsked",
                                        true,
                                        "knowsTheWayAsked",
                                        false,
                                        "invitedToVisit",
                                        true),
                                "outcome",
                                "invited"));
            case BOOK_TEST_DRIVE -> {
                long k = slots.getAndIncrement();
                Instant start = slotBase.plus(Duration.ofHours(k / cars.size()));
                yield post(
                        base + "/api/v1/test-drives",
                        Map.of(
                                "leadId",
                                lead,
                                "demoCarId",
                                cars.get((int) (k % cars.size())),
                                "slotStart",
                                start.toString(),
                                "slotEnd",
                                start.plus(Duration.ofMinutes(45)).toString(),
                                "licence",
                                Map.of("number", "310101199001011234", "expiry", "2035-01-01")));
            }
            case QUOTE ->
                post(
                        base + "/api/v1/quotes",
                        Map.of(
                                "leadId",
                                lead,
                                "modelCode",
                                MODEL,
                                "trimCode",
                                "STD",
                                "colourCode",
                                "WHITE",
                                "optionCodes",
                                List.of(),
                                "discount",
                                "1000.00",
                                "validUntil",
                                LocalDate.now().plusDays(7).toString()));
        };
    }

    /**
     * A mobile number as random as real ones (a run of look-alike numbers would make every phone-fragment
     * search match thousands of rows): +86 138 and eight digits, from the run's seed and a counter.
     */
    private String nextPhone() {
        java.util.Random r = new java.util.Random(salt * 1_000_003L + phones.getAndIncrement());
        return "+86138" + String.format("%08d", r.nextInt(100_000_000));
    }

    private HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.of(CONSULTANT))
                .GET()
                .build();
    }

    private HttpRequest post(String url, Object body) {
        return build(CONSULTANT, "POST", url, body);
    }

    private HttpRequest build(String user, String method, String url, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.of(user))
                    .header("Accept", "application/json");
            if (body == null) {
                return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
            }
            return b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode call(String user, String method, String url, Object body) throws Exception {
        HttpResponse<String> r = send(build(user, method, url, body));
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " → " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
