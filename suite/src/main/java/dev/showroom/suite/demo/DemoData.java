package dev.showroom.suite.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.showroom.suite.Database;
import dev.showroom.suite.SuiteException;
import dev.showroom.suite.Tokens;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * {@code ./showroom demo}: two dealers' month of activity, loaded through the gateway with the demo
 * users' real tokens, so that everything flows through the real APIs and events; {@link Backdating}
 * then moves the timestamps the APIs set to "now" back into the month.
 * <p>
 * Deterministic: every choice comes from a Random seeded by dealer, prospect and step, so a skipped
 * step never changes a later choice. A second run changes nothing: creates carry Idempotency-Keys
 * derived from the demo's names (the services answer them from their idempotency records), online
 * enquiries are looked up by phone first, and each state change is made only if the record is not
 * past it yet.
 */
public final class DemoData {

    static final long SEED = 20261101L;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A dealer of the realm file and its staff (dealer-bj-02 has no receptionist or customer care). */
    record Dealer(
            String id,
            String code,
            String manager,
            String receptionist,
            String care,
            List<String> consultants,
            int leads) {}

    static final List<Dealer> DEALERS = List.of(
            new Dealer(
                    "dealer-sh-01", "sh", "manager.sh", "reception.sh", "care.sh", List.of("li.wei", "zhang.min"), 40),
            new Dealer("dealer-bj-02", "bj", "manager.bj", "manager.bj", "manager.bj", List.of("wang.fang"), 24));

    static final List<String> CHANNELS = List.of(
            "WALK_IN",
            "PHONE",
            "MARKETING_EVENT",
            "CUSTOMER_REFERRAL",
            "PERSONAL_NETWORK",
            "PARTNER",
            "ONLINE",
            "OTHER");
    static final List<String> SURNAMES = List.of(
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu",
            "Gao", "Lin", "He", "Guo", "Ma", "Luo");
    static final List<String> GIVEN = List.of(
            "Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan", "Jun", "Tao", "Ming", "Hui", "Xin", "Yu", "Hao",
            "Ling", "Bo", "Ping");
    static final List<String> MODELS =
            List.of("Aurora S", "Aurora S", "Aurora Touring", "Meridian SUV", "Meridian SUV", "Volta EV");
    /** lead-service's defeat reasons (the outcome), weighted as a dealer meets them. */
    static final List<String> DEFEAT_REASONS = List.of(
            "BOUGHT_COMPETITOR",
            "BOUGHT_COMPETITOR",
            "PRICE",
            "POSTPONED",
            "BOUGHT_SAME_BRAND_ELSEWHERE",
            "LOST_CONTACT",
            "FINANCING_REFUSED",
            "OTHER");
    /** The competitors' cars the lost customers bought: brand and model. */
    static final List<List<String>> COMPETITORS = List.of(
            List.of("Tesla", "Model Y"), List.of("BYD", "Seal"), List.of("Toyota", "Camry"), List.of("BYD", "Han"));
    /** Seed 002's objections (and others) the lost customers raised before the defeat, by reason. */
    static final Map<String, String> DECISIVE_OBJECTION = Map.of(
            "BOUGHT_COMPETITOR", "COMPETITOR",
            "PRICE", "PRICE",
            "POSTPONED", "TIMING",
            "BOUGHT_SAME_BRAND_ELSEWHERE", "PRICE",
            "LOST_CONTACT", "OTHER",
            "FINANCING_REFUSED", "FINANCING",
            "OTHER", "PRODUCT_FUNCTION");

    static final List<String> OBJECTION_CATEGORIES = List.of(
            "PRICE", "PRODUCT_FUNCTION", "AFTER_SALES_SERVICE", "COMPETITOR", "RESOURCES_SUPPORT", "GUARANTEES");
    /** The lead-service defaults (LeadSettings): days between follow-ups per grade. */
    static final Map<String, Integer> CADENCE = Map.of("H", 2, "A", 3, "B", 7, "C", 14);
    /** The models of the demo with one trim, two colours and an option each. */
    static final Map<String, Integer> PRICES =
            Map.of("AURORA_S", 189000, "AURORA_TOURING", 215000, "MERIDIAN_SUV", 259000, "VOLTA_EV", 229000);

    private final Api api;
    private final Backdating backdating;
    private final CustomerPhone phones;
    private final PrintStream out;
    /** what → dealer → how many the dealer has of it (the same on a second run). */
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

    public DemoData(String gateway, Tokens tokens, Function<String, Database.Admin> databases, PrintStream out) {
        this.api = new Api(gateway, tokens);
        this.backdating = new Backdating(databases);
        this.phones = new CustomerPhone(databases);
        this.out = out;
    }

    /** One prospect of the demo: who, how they came, who looks after them, and when they first got in touch. */
    record Prospect(
            Dealer dealer,
            int index,
            String name,
            String phone,
            String channel,
            String model,
            String id,
            String consultant,
            Instant firstContact,
            Instant firstRunStart) {

        String key(String step) {
            return "demo-" + dealer.code() + "-" + step + "-" + index;
        }
    }

    /** The rows of the closing table, in the order of the sales process. */
    static final List<String> ROWS = List.of(
            "campaigns",
            "leads (walk in)",
            "leads (phone)",
            "leads (marketing event)",
            "leads (customer referral)",
            "leads (personal network)",
            "leads (partner)",
            "leads (online)",
            "leads (other)",
            "graded H",
            "graded A",
            "graded B",
            "graded C",
            "follow-up calls",
            "qualified",
            "objections",
            "defeats",
            "defeats confirmed",
            "defeats to review",
            "calls",
            "walk-ins",
            "walk-ins (return visits)",
            "walk-ins (no contact left)",
            "walk-ins naming a campaign (new leads)",
            "needs analyses",
            "presentations",
            "spot checks",
            "etiquette scores",
            "meetings logged",
            "demo cars",
            "test drives done",
            "test drives booked ahead",
            "catalogue models",
            "cars in stock or in transit",
            "quotes",
            "quotes before any needs analysis (price before value)",
            "discounts approved by a manager",
            "quotes still negotiated",
            "orders signed",
            "orders cancelled",
            "orders waiting for a car",
            "cars incoming (in transit, with ETA)",
            "orders late for delivery (delays report)",
            "orders allocated, delivery ahead",
            "orders paid in full (cash)",
            "orders paid with a car loan",
            "orders owing, a car loan in progress",
            "orders owing, part paid",
            "cars released by a manager before payment",
            "deliveries",
            "after-sales calls made",
            "after-sales calls overdue",
            "surveys answered",
            "detractors (complaint opened by the survey)",
            "promoters who referred (loyal)",
            "complaints open",
            "complaints settled",
            "referrals (new leads)",
            "referred people who walked in",
            "messages: greetings queued",
            "messages: delivery invitations",
            "messages: opt-outs",
            "appointments reminded and missed (no-shows)");

    public void load() {
        api.resetCounts();
        ROWS.forEach(row -> counts.put(row, new LinkedHashMap<>()));
        for (Dealer dealer : DEALERS) {
            out.println("loading " + dealer.id() + " ...");
            // the realm's staff are on the roster (lead-service's migration V5_2_2); the demo puts its consultants on
            // duty
            JsonNode duty = api.get(dealer.manager(), "/api/v1/dealer/roster/duty");
            List<String> onDuty = new ArrayList<>();
            duty.path("consultants").forEach(c -> onDuty.add(c.path("userId").asText()));
            if (!onDuty.equals(dealer.consultants())) {
                api.putIfMatch(
                        dealer.manager(),
                        "/api/v1/dealer/roster/duty/" + duty.path("date").asText(),
                        Map.of("consultants", dealer.consultants()),
                        duty.path("version").asLong());
            }
            campaigns(dealer);
            List<Prospect> prospects = prospects(dealer);
            backdating.leads(prospecting(prospects));
            phoneOnly.clear();
            List<Prospect> driven = showroom(dealer, prospects);
            catalogue(dealer);
            productKnowledge(dealer);
            floorManagement(dealer, prospects.get(0).firstRunStart());
            List<Delivered> delivered = sales(dealer, driven);
            valueThresholds(dealer);
            aftersales(dealer, delivered);
            messages(dealer, delivered);
            priceBeforeValue(dealer);
            followThrough(dealer);
            noShows(dealer);
            unanswered(dealer);
        }
        printSummary();
    }

    /**
     * One enquiry from the website that nobody has called back, from yesterday: lead-service's response-time check
     * hands it to the next consultant on duty and alerts the manager (docs/process.md, "Lead response time").
     * Made last, so that no step of the demo acts on it as its first consultant.
     */
    private void unanswered(Dealer dealer) {
        String phone = "+86" + (dealer.code().equals("sh") ? "138" : "139") + "20269999";
        JsonNode lead = findLead(dealer, phone);
        if (lead == null) {
            api.publicPost(
                    "/public/enquiries",
                    Map.of(
                            "dealerId",
                            dealer.id(),
                            "name",
                            "Lu Yan",
                            "phone",
                            phone,
                            "modelOfInterest",
                            MODELS.get(0),
                            "message",
                            "Please call me back",
                            "consent",
                            true));
            lead = awaitLead(dealer, phone);
            backdating.unanswered(lead.get("id").asText(), Duration.ofHours(26));
        }
        count(dealer, "enquiries not called back (reassigned, alerted)");
    }

    /** What the last {@link #load} changed: 0 when all of the demo was there already. */
    public int changes() {
        return api.changes();
    }

    private static Random random(Dealer dealer, int index, String step) {
        return new Random(Objects.hash(SEED, dealer.id(), index, step));
    }

    /**
     * Leads from every channel: online ones through the public form, the others captured by staff. The
     * first lead's creation time (replayed on a second run) fixes the demo's "today"; first contacts lie
     * on working hours of the month so far (at least the last ten days).
     */
    private List<Prospect> prospects(Dealer dealer) {
        List<Prospect> prospects = new ArrayList<>();
        Instant firstRunStart = null;
        for (int i = 0; i < dealer.leads(); i++) {
            Random r = random(dealer, i, "who");
            String name = SURNAMES.get(r.nextInt(SURNAMES.size())) + " " + GIVEN.get(r.nextInt(GIVEN.size()));
            String phone =
                    "+86" + (dealer.code().equals("sh") ? "138" : "139") + String.format("%04d%04d", 2026, 1000 + i);
            String channel = CHANNELS.get(i % CHANNELS.size());
            String model = MODELS.get(r.nextInt(MODELS.size()));
            JsonNode lead;
            if (channel.equals("ONLINE")) {
                lead = findLead(dealer, phone);
                if (lead == null) {
                    Map<String, Object> enquiry = new LinkedHashMap<>();
                    enquiry.put("dealerId", dealer.id());
                    enquiry.put("name", name);
                    enquiry.put("phone", phone);
                    enquiry.put("modelOfInterest", model);
                    enquiry.put("message", "Please call me about the " + model);
                    enquiry.put("consent", true);
                    // most online enquiries come through the online campaign's link (?campaign= on the form)
                    if (i % 3 != 2) {
                        enquiry.put("campaignId", campaignIds.get(ONLINE_CAMPAIGN));
                    }
                    api.publicPost("/public/enquiries", enquiry);
                    lead = awaitLead(dealer, phone);
                }
            } else {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("name", name);
                body.put("phone", phone);
                body.put("channel", channel);
                body.put("modelOfInterest", model);
                body.put("consent", true);
                body.put("sourceDetail", sourceDetail(channel));
                if (channel.equals("MARKETING_EVENT")) {
                    body.put("campaignId", campaignIds.get(FAIR_CAMPAIGN));
                }
                lead = api.post(dealer.receptionist(), "/api/v1/leads", body, "demo-" + dealer.code() + "-lead-" + i);
            }
            if (firstRunStart == null) {
                firstRunStart = Instant.parse(lead.get("createdAt").asText());
            }
            String consultant = lead.path("consultantId").asText("");
            if (consultant.isEmpty()) {
                consultant = dealer.consultants().get(i % dealer.consultants().size());
                api.put(
                        dealer.manager(),
                        "/api/v1/leads/" + lead.get("id").asText() + "/assignment",
                        Map.of("consultantId", consultant));
            }
            LocalDate today = firstRunStart.atZone(ZONE).toLocalDate();
            int window = Math.max(10, Math.min(30, today.getDayOfMonth() - 1));
            Instant firstContact = today.minusDays(1 + r.nextInt(window))
                    .atTime(LocalTime.of(9, 0))
                    .plusMinutes(r.nextInt(9 * 60))
                    .atZone(ZONE)
                    .toInstant();
            prospects.add(new Prospect(
                    dealer,
                    i,
                    name,
                    phone,
                    channel,
                    model,
                    lead.get("id").asText(),
                    consultant,
                    firstContact,
                    firstRunStart));
            count(dealer, "leads (" + channel.toLowerCase().replace('_', ' ') + ")");
        }
        return prospects;
    }

    /** The purchase timeframe a customer of each grade gave (it suggests that grade, or one near it). */
    static final Map<String, String> TIMEFRAME =
            Map.of("H", "THIS_WEEK", "A", "THIS_MONTH", "B", "THIS_MONTH", "C", "ONE_TO_THREE_MONTHS");

    /**
     * Grades, a follow-up call, qualification; one in six is lost with a reason. One in six was never
     * called back and one in six was called back late: those are the overdue ones once backdated.
     */
    private List<Backdating.LeadTimes> prospecting(List<Prospect> prospects) {
        List<Backdating.LeadTimes> times = new ArrayList<>();
        for (Prospect p : prospects) {
            Random r = random(p.dealer(), p.index(), "prospecting");
            // the second prospect is hot and its follow-up forgotten (it is one of the late ones): a manager alert
            String grade =
                    p.index() == 1 ? "H" : List.of("H", "A", "A", "B", "B", "C").get(r.nextInt(6));
            boolean calledBack = p.index() % 6 != 4;
            boolean late = p.index() % 6 == 1;
            boolean lost = p.index() % 6 == 5;
            // in turn, not at random: six lost customers at one dealer and four at the other cover every reason
            // (a random draw left PRICE out of Shanghai's month, and the report without its commonest reason)
            String reason =
                    DEFEAT_REASONS.get((p.index() / 6 + 4 * DEALERS.indexOf(p.dealer())) % DEFEAT_REASONS.size());
            boolean qualifies = r.nextInt(10) < 7;
            boolean authority = r.nextInt(5) > 0;
            int cadence = CADENCE.get(grade);
            long sinceContact =
                    Duration.between(p.firstContact(), p.firstRunStart()).toHours();
            long hoursAgo = late ? (cadence + 1 + p.index() % 3) * 24L : r.nextInt(Math.max(1, cadence * 24 - 6));
            Instant followUp =
                    p.firstRunStart().minus(Duration.ofHours(Math.min(hoursAgo, Math.max(1, sinceContact - 2))));

            String path = "/api/v1/leads/" + p.id();
            JsonNode lead = api.get(p.dealer().manager(), path);
            boolean closed = !lead.path("defeat").isNull()
                    || "O".equals(lead.path("grade").asText());
            if (lead.path("grade").isNull() && !closed) {
                // what the customer said about when they buy, which suggested the grade (docs/process.md)
                api.putIfMatch(
                        p.consultant(),
                        path + "/grade",
                        Map.of("grade", grade, "purchaseTimeframe", TIMEFRAME.get(grade)),
                        lead.path("version").asLong());
            }
            count(p.dealer(), "graded " + grade);
            if (calledBack) {
                if (lead.path("lastFollowUpAt").isNull()) {
                    api.post(
                            p.consultant(),
                            path + "/follow-ups",
                            Map.of(
                                    "kind",
                                    "CALL",
                                    "outcome",
                                    "Talked about the " + p.model() + "; wants to see it",
                                    "nextStep",
                                    "invite to the showroom"),
                            p.key("followup"));
                }
                count(p.dealer(), "follow-up calls");
            }
            if (lost) {
                String decisive = DECISIVE_OBJECTION.get(reason);
                if (lead.path("defeat").isNull()) {
                    // seed 002's routine went as far as it could: the objection heard, not resolved
                    api.post(
                            p.consultant(),
                            path + "/objections",
                            objection(decisive, "FOLLOW_UP", p.model(), r.nextBoolean(), false, null),
                            p.key("objection-lost"));
                    Map<String, Object> defeat = new LinkedHashMap<>();
                    defeat.put("reason", reason);
                    defeat.put("objection", decisive);
                    defeat.put("note", "chose another offer");
                    if ("BOUGHT_COMPETITOR".equals(reason)) {
                        List<String> competitor = COMPETITORS.get(p.index() % COMPETITORS.size());
                        defeat.put("competitorBrand", competitor.get(0));
                        defeat.put("competitorModel", competitor.get(1));
                    }
                    lead = api.post(p.consultant(), path + "/defeat", defeat, null);
                }
                count(p.dealer(), "objections");
                count(p.dealer(), "defeats");
                // the manager confirms two in three (customer care then calls the lost customer); the rest wait
                JsonNode d = lead.path("defeat");
                if (p.index() % 18 != 17 && "PENDING".equals(d.path("review").asText())) {
                    // the review requires If-Match: the version of the defeat as the manager read it
                    String review = "/api/v1/defeats/" + d.path("id").asText();
                    long version = api.get(p.dealer().manager(), review)
                            .path("version")
                            .asLong();
                    api.postIfMatch(p.dealer().manager(), review + "/review", Map.of("decision", "CONFIRM"), version);
                }
                count(p.dealer(), p.index() % 18 != 17 ? "defeats confirmed" : "defeats to review");
            } else if (p.index() % 6 == 2) {
                // an objection heard during the follow-up, answered and resolved with a commitment (seed 002)
                if (!closed) {
                    String category = OBJECTION_CATEGORIES.get(p.index() % OBJECTION_CATEGORIES.size());
                    api.post(
                            p.consultant(),
                            path + "/objections",
                            objection(category, "FOLLOW_UP", p.model(), true, true, "answered with the facts"),
                            p.key("objection"));
                }
                count(p.dealer(), "objections");
            }
            if (!lost && qualifies) {
                if (!lead.path("qualification").path("need").asBoolean() && !closed) {
                    api.put(
                            p.consultant(),
                            path + "/qualification",
                            Map.of(
                                    "need",
                                    true,
                                    "means",
                                    true,
                                    "authority",
                                    authority,
                                    "note",
                                    "budget and timing confirmed"));
                }
                count(p.dealer(), "qualified");
            }
            times.add(new Backdating.LeadTimes(p.id(), p.firstContact(), calledBack ? followUp : null, cadence));
        }
        return times;
    }

    /**
     * The month in the showroom: a call with each prospect on the day of first contact (some checkpoints
     * missed), walk-ins a few days later with needs analyses, the demo fleet, and test drives (most done
     * today, some booked for the coming days).
     */
    private List<Prospect> showroom(Dealer dealer, List<Prospect> prospects) {
        List<String> cars = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            String model = MODELS.get(c * 2 + 1);
            Map<String, Object> car = Map.of(
                    "model",
                    model,
                    "trim",
                    "Demo",
                    "plate",
                    (dealer.code().equals("sh") ? "沪A D" : "京B D") + (100 + c),
                    "vin",
                    Vins.of(Math.floorMod(dealer.code().hashCode(), 1000) * 100 + c),
                    "odometer",
                    800 + 300 * c);
            cars.add(api.post(dealer.manager(), "/api/v1/demo-cars", car, "demo-" + dealer.code() + "-car-" + c)
                    .get("id")
                    .asText());
            count(dealer, "demo cars");
        }
        List<Prospect> driven = new ArrayList<>();
        for (Prospect p : prospects) {
            Random r = random(p.dealer(), p.index(), "showroom");
            Instant call = p.channel().equals("PHONE")
                    ? p.firstContact()
                    : p.firstContact().plus(Duration.ofMinutes(30 + r.nextInt(210)));
            api.postAsOwner(
                    p.consultant(),
                    "/api/v1/visits/calls",
                    Map.of(
                            "leadId",
                            p.id(),
                            "occurredAt",
                            call.toString(),
                            "ringCount",
                            1 + r.nextInt(5),
                            "checkpoints",
                            Map.of(
                                    "standardGreeting",
                                    r.nextInt(10) > 0,
                                    "nameAndContactAsked",
                                    r.nextInt(10) > 1,
                                    "knowsTheWayAsked",
                                    r.nextInt(10) > 3,
                                    "invitedToVisit",
                                    r.nextInt(10) > 1),
                            "outcome",
                            "invited to the showroom"),
                    p.key("call"));
            count(dealer, "calls");
            boolean walkIn = r.nextInt(10) < 6 && p.index() % 6 != 5; // the lost ones never came in
            Instant arrival = p.firstContact()
                    .truncatedTo(ChronoUnit.DAYS)
                    .plus(Duration.ofDays(1 + r.nextInt(3)))
                    .plus(Duration.ofHours(2 + r.nextInt(8)));
            if (arrival.isAfter(p.firstRunStart().minus(Duration.ofHours(2)))) {
                arrival = max(call.plus(Duration.ofHours(1)), p.firstRunStart().minus(Duration.ofHours(2)));
            }
            int party = 1 + r.nextInt(3);
            Map<String, Boolean> checkpoints = Map.of(
                    "greetedAtOnce",
                    r.nextInt(10) > 1,
                    "selfIntroduction",
                    r.nextInt(10) > 0,
                    "drinksOffered",
                    r.nextInt(10) > 2,
                    "notPressed",
                    r.nextInt(10) > 0);
            boolean testDrive = r.nextInt(10) < 7;
            boolean done = r.nextInt(5) > 0;
            if (!walkIn) {
                if (p.index() % 6 != 5) {
                    phoneOnly.add(p);
                }
                continue;
            }
            // the time in the showroom, and whether the customer came back (a Random of its own: the choices above
            // stay)
            Random traffic = random(p.dealer(), p.index(), "traffic");
            int stay = 25 + traffic.nextInt(70);
            JsonNode visit = api.postAsOwner(
                    p.consultant(),
                    "/api/v1/visits/walk-ins",
                    Map.of(
                            "leadId",
                            p.id(),
                            "arrivalAt",
                            arrival.toString(),
                            "departureAt",
                            arrival.plus(Duration.ofMinutes(stay)).toString(),
                            "partySize",
                            party,
                            "checkpoints",
                            checkpoints,
                            "modelsPresented",
                            List.of(p.model()),
                            "outcome",
                            "needs analysed"),
                    p.key("walkin"));
            count(dealer, "walk-ins");
            Instant back = arrival.plus(Duration.ofDays(1)).plus(Duration.ofHours(1));
            if (traffic.nextInt(4) == 0 && back.isBefore(p.firstRunStart().minus(Duration.ofHours(1)))) {
                api.postAsOwner(
                        p.consultant(),
                        "/api/v1/visits/walk-ins",
                        Map.of(
                                "leadId",
                                p.id(),
                                "arrivalAt",
                                back.toString(),
                                "departureAt",
                                back.plus(Duration.ofMinutes(20 + traffic.nextInt(40)))
                                        .toString(),
                                "partySize",
                                1 + traffic.nextInt(4),
                                "checkpoints",
                                checkpoints,
                                "modelsPresented",
                                List.of(p.model()),
                                "outcome",
                                "came back with the family"),
                        p.key("return"));
                count(dealer, "walk-ins (return visits)");
            }
            JsonNode needs = api.postAsOwner(
                    p.consultant(),
                    "/api/v1/needs-analyses",
                    Map.of(
                            "leadId",
                            p.id(),
                            "visitId",
                            visit.get("id").asText(),
                            "neads",
                            Map.of(
                                    "nowDriving",
                                    "a ten-year-old compact",
                                    "enjoys",
                                    "reliability",
                                    "wouldAlter",
                                    "more space",
                                    "decisionMaker",
                                    "with family",
                                    "solutionSought",
                                    "a " + p.model()),
                            "form",
                            Map.of(
                                    "family",
                                    "two children",
                                    "occupation",
                                    "engineer",
                                    "recreation",
                                    "road trips",
                                    "budgetMin",
                                    150000,
                                    "budgetMax",
                                    260000),
                            "summary",
                            "Wants a " + p.model() + " for the family",
                            "summaryConfirmed",
                            true,
                            // the model of the catalogue that fits, which the quote then names (step 4 leads on)
                            "recommendedModel",
                            modelCode(p.model()),
                            "recommendedTrim",
                            "LUX"),
                    p.key("needs"));
            count(dealer, "needs analyses");
            presentation(p, visit.get("id").asText(), needs.get("id").asText(), arrival);
            if (testDrive) {
                testDrive(p, cars.get(p.index() % cars.size()), done, r);
                if (done) {
                    driven.add(p);
                }
            }
        }
        passersBy(dealer, prospects.get(0).firstRunStart());
        return driven;
    }

    /**
     * Visitors who looked around and left no contact (the capture rate's other side, 留档率): none to three a day on
     * the ten days before the demo's today, recorded by the front desk for the consultant who served them.
     */
    private void passersBy(Dealer dealer, Instant firstRunStart) {
        LocalDate today = firstRunStart.atZone(ZONE).toLocalDate();
        for (int d = 1; d <= 10; d++) {
            Random r = random(dealer, d, "passers-by");
            int visitors = (d + r.nextInt(3)) % 3; // none to two, varying from day to day
            for (int v = 0; v < visitors; v++) {
                Instant arrival = today.minusDays(d)
                        .atTime(10 + r.nextInt(8), r.nextInt(60))
                        .atZone(ZONE)
                        .toInstant();
                api.post(
                        dealer.receptionist(),
                        "/api/v1/visits/walk-ins",
                        Map.of(
                                "consultantId",
                                dealer.consultants()
                                        .get((d + v) % dealer.consultants().size()),
                                "arrivalAt",
                                arrival.toString(),
                                "departureAt",
                                arrival.plus(Duration.ofMinutes(10 + r.nextInt(30)))
                                        .toString(),
                                "partySize",
                                1 + r.nextInt(2),
                                "checkpoints",
                                Map.of(
                                        "greetedAtOnce",
                                        r.nextInt(10) > 1,
                                        "selfIntroduction",
                                        true,
                                        "drinksOffered",
                                        r.nextInt(10) > 3,
                                        "notPressed",
                                        true),
                                "outcome",
                                "looked around, left no contact"),
                        "demo-" + dealer.code() + "-passer-by-" + d + "-" + v);
                count(dealer, "walk-ins (no contact left)");
            }
        }
        // a visitor who came because of the car fair: the front desk names the campaign, the new lead points to it
        Instant arrival = today.minusDays(1).atTime(15, 10).atZone(ZONE).toInstant();
        api.post(
                dealer.receptionist(),
                "/api/v1/visits/walk-ins",
                Map.of(
                        "contact",
                        Map.of(
                                "name",
                                "Fair Visitor " + dealer.code().toUpperCase(java.util.Locale.ROOT),
                                "phone",
                                "+86136"
                                        + String.format(
                                                "2026%04d", dealer.code().equals("sh") ? 3101 : 3151)),
                        "consultantId",
                        dealer.consultants().get(0),
                        "arrivalAt",
                        arrival.toString(),
                        "departureAt",
                        arrival.plus(Duration.ofMinutes(35)).toString(),
                        "partySize",
                        2,
                        "checkpoints",
                        Map.of(
                                "greetedAtOnce", true,
                                "selfIntroduction", true,
                                "drinksOffered", true,
                                "notPressed", true),
                        "outcome",
                        "saw the car at the fair; left a contact",
                        "campaignId",
                        campaignIds.get(FAIR_CAMPAIGN)),
                "demo-" + dealer.code() + "-fair-visitor");
        count(dealer, "walk-ins naming a campaign (new leads)");
    }

    /** Each model's selling points (FAB, use scenes) and the competitor it is held against: the product knowledge. */
    static final List<List<String>> SELLING_POINTS = List.of(
            List.of(
                    "600 km range",
                    "one charge for a week of commuting",
                    "no range worry on family trips",
                    "FAMILY_TRIP"),
            List.of("Rear seats that fold flat", "a bike or a pram fits", "room for the family's weekend", "OUTDOOR"),
            List.of("Driver assistance on motorways", "keeps lane and distance", "arrive less tired", "LONG_DISTANCE"),
            List.of("Heat pump", "warm cabin at little range cost", "comfort in winter", "CITY_COMMUTE"));

    /**
     * The presentation at the walk-in (step 5): three of the model's selling points, the first linked to the family
     * need of the needs analysis, a competitor asked about now and then, the checkpoints mostly met.
     */
    private void presentation(Prospect p, String visitId, String needsId, Instant arrival) {
        Random r = random(p.dealer(), p.index(), "presentation");
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> point = SELLING_POINTS.get((p.index() + i) % SELLING_POINTS.size());
            Map<String, Object> covered = new LinkedHashMap<>();
            covered.put("feature", point.get(0));
            covered.put("reacted", r.nextInt(3) > 0);
            if (i == 0) {
                covered.put("need", "FAMILY");
            }
            points.add(covered);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leadId", p.id());
        body.put("visitId", visitId);
        body.put("needsAnalysisId", needsId);
        body.put("modelCode", modelCode(p.model()));
        body.put("points", points);
        if (r.nextInt(3) == 0) {
            List<String> rival = COMPETITORS.get(r.nextInt(COMPETITORS.size()));
            body.put("competitorAsked", rival.get(0) + " " + rival.get(1));
        }
        body.put(
                "checkpoints",
                Map.of(
                        "biggestBenefitFirst",
                        r.nextInt(10) > 1,
                        "customerTookPart",
                        r.nextInt(10) > 2,
                        "noCompetitorRunDown",
                        r.nextInt(10) > 0));
        body.put("presentedAt", arrival.plus(Duration.ofMinutes(20)).toString());
        api.postAsOwner(p.consultant(), "/api/v1/presentations", body, p.key("presentation"));
        count(p.dealer(), "presentations");
    }

    /** The product knowledge of each model, once (a second run finds it written). */
    private void productKnowledge(Dealer dealer) {
        for (String model : new LinkedHashSet<>(MODELS)) {
            String path = "/api/v1/catalogue/models/" + modelCode(model) + "/product-knowledge";
            JsonNode known = api.get(dealer.manager(), path);
            if (known.path("sellingPoints").size() > 0) {
                continue;
            }
            List<Map<String, Object>> points = new ArrayList<>();
            for (List<String> point : SELLING_POINTS) {
                points.add(Map.of(
                        "feature",
                        point.get(0),
                        "advantage",
                        point.get(1),
                        "benefit",
                        point.get(2),
                        "scenes",
                        List.of(point.get(3))));
            }
            List<String> rival = COMPETITORS.get(Math.floorMod(model.hashCode(), COMPETITORS.size()));
            api.putIfMatch(
                    dealer.manager(),
                    path,
                    Map.of(
                            "usp",
                            "The only one in its class with a seven-year battery warranty and home charging installed",
                            "sellingPoints",
                            points,
                            "competitors",
                            List.of(Map.of(
                                    "competitorModel",
                                    rival.get(0) + " " + rival.get(1),
                                    "strengths",
                                    List.of("longer range", "larger boot", "longer warranty"),
                                    "weaknesses",
                                    List.of("shorter range in winter", "smaller rear seats", "fewer service points")))),
                    known.path("version").asLong());
        }
    }

    /**
     * Pre-sales preparation during the day (step 2) over the demo's last week: two spot checks a day (one in four
     * fails, owned by a consultant), three etiquette scores per consultant, the morning and evening meetings.
     * Each is looked up first, so a second run adds nothing.
     */
    private void floorManagement(Dealer dealer, Instant firstRunStart) {
        LocalDate today = firstRunStart.atZone(ZONE).toLocalDate();
        List<String> items = List.of(
                "DISPLAY_CARS_CLEAN", "DRINKS_STATION", "WHEEL_LOGOS_UPRIGHT", "SALES_TOOLS_READY", "STAFF_APPEARANCE");
        Instant now = Instant.now();
        for (int d = 0; d < 6; d++) {
            LocalDate day = today.minusDays(d);
            Random r = random(dealer, d, "floor");
            JsonNode checked = api.get(dealer.manager(), "/api/v1/checklists/spot-checks?date=" + day);
            count(dealer, "spot checks", checked.path("total").asInt());
            if (checked.path("total").asInt() == 0) {
                for (int c = 0; c < 2; c++) {
                    Instant at = day.atTime(c == 0 ? 11 : 15, r.nextInt(60))
                            .atZone(ZONE)
                            .toInstant();
                    if (at.isAfter(now) || at.isBefore(now.minus(Duration.ofDays(6)))) {
                        continue;
                    }
                    boolean passed = r.nextInt(4) > 0;
                    Map<String, Object> check = new LinkedHashMap<>();
                    check.put("checkedAt", at.toString());
                    check.put("area", c == 0 ? "Showroom floor" : "Customer lounge");
                    check.put("itemCode", items.get(r.nextInt(items.size())));
                    check.put("passed", passed);
                    if (!passed) {
                        check.put(
                                "ownerId",
                                dealer.consultants()
                                        .get(r.nextInt(dealer.consultants().size())));
                        check.put("note", "found on the afternoon walk-around");
                    }
                    api.post(dealer.manager(), "/api/v1/checklists/spot-checks", check, null);
                    count(dealer, "spot checks");
                }
            }
            for (String kind : d == 0 ? List.of("MORNING") : List.of("MORNING", "EVENING")) {
                JsonNode held =
                        api.get(dealer.manager(), "/api/v1/meetings?from=" + day + "&to=" + day + "&kind=" + kind);
                if (held.path("total").asInt() > 0) {
                    count(dealer, "meetings logged");
                    continue;
                }
                List<String> attendees = new ArrayList<>(dealer.consultants());
                attendees.add(dealer.manager());
                Map<String, Object> meeting = new LinkedHashMap<>();
                meeting.put("kind", kind);
                meeting.put("date", day.toString());
                meeting.put("rota", dealer.consultants());
                meeting.put("attendees", attendees);
                if (kind.equals("MORNING")) {
                    meeting.put(
                            "stockNews",
                            (2 + r.nextInt(4)) + " cars arrived; " + MODELS.get(r.nextInt(MODELS.size()))
                                    + " in pearl white");
                    meeting.put("promotions", "Trade-in bonus of 5,000 until the end of the month");
                    meeting.put(
                            "yesterdayResults",
                            (3 + r.nextInt(6)) + " walk-ins, " + r.nextInt(4) + " test drives, " + r.nextInt(2)
                                    + " orders");
                    meeting.put("todayPlan", "Call the H and A leads before noon; two test drives booked");
                } else {
                    meeting.put(
                            "yesterdayResults",
                            "Today: " + (3 + r.nextInt(6)) + " walk-ins, capture of contacts to improve");
                    meeting.put("todayPlan", "Tomorrow: follow up today's visitors");
                }
                api.post(dealer.manager(), "/api/v1/meetings", meeting, null);
                count(dealer, "meetings logged");
            }
        }
        for (String consultant : dealer.consultants()) {
            JsonNode scored = api.get(dealer.manager(), "/api/v1/etiquette-scores?consultantId=" + consultant);
            if (scored.path("total").asInt() > 0) {
                count(dealer, "etiquette scores", scored.path("total").asInt());
                continue;
            }
            Random r = random(dealer, consultant.hashCode(), "etiquette");
            for (int s = 0; s < 3; s++) {
                Instant at = today.minusDays(2L + s * 6L)
                        .atTime(10 + s, 30)
                        .atZone(ZONE)
                        .toInstant();
                api.post(
                        dealer.manager(),
                        "/api/v1/etiquette-scores",
                        Map.of(
                                "consultantId",
                                consultant,
                                "scoredAt",
                                at.toString(),
                                "scores",
                                Map.of(
                                        "appearance", 3 + r.nextInt(3),
                                        "posture", 3 + r.nextInt(3),
                                        "handshake", 4 + r.nextInt(2),
                                        "businessCard", 2 + r.nextInt(4),
                                        "tone", 3 + r.nextInt(3))),
                        null);
                count(dealer, "etiquette scores");
            }
        }
    }

    /** Slots must lie ahead: a drive done today was booked for a slot later today and driven early. */
    private void testDrive(Prospect p, String car, boolean done, Random r) {
        Instant slot =
                p.firstRunStart().plus(Duration.ofHours(2 + p.index() * 3L)).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> booking = Map.of(
                "leadId",
                p.id(),
                "demoCarId",
                car,
                "slotStart",
                slot.toString(),
                "slotEnd",
                slot.plus(Duration.ofMinutes(45)).toString(),
                "licence",
                Map.of("number", "3101011990" + String.format("%08d", p.index()), "expiry", "2031-06-30"));
        JsonNode drive = api.postAsOwner(p.consultant(), "/api/v1/test-drives", booking, p.key("drive"));
        count(p.dealer(), done ? "test drives done" : "test drives booked ahead");
        String path = "/api/v1/test-drives/" + drive.get("id").asText();
        Map<String, Object> complete = Map.of(
                "odometerStart",
                1000,
                "odometerEnd",
                1000 + 8 + r.nextInt(20),
                "feedback",
                Map.of(
                        "overall",
                        3 + r.nextInt(3),
                        "ratings",
                        Map.of("comfort", 3 + r.nextInt(3), "handling", 3 + r.nextInt(3)),
                        "comments",
                        "liked the ride"));
        if (done && "BOOKED".equals(api.get(p.consultant(), path).path("status").asText())) {
            api.post(p.consultant(), path + "/complete", complete, null);
        }
    }

    static String modelCode(String model) {
        return model.toUpperCase().replace(' ', '_');
    }

    /** The catalogue, one price list, four cars of each model (three in stock, one in transit). */
    private void catalogue(Dealer dealer) {
        List<Map<String, Object>> items = new ArrayList<>();
        String existing = api.get(dealer.manager(), "/api/v1/catalogue/models").toString();
        for (String model : new LinkedHashSet<>(MODELS)) {
            String code = modelCode(model);
            count(dealer, "catalogue models");
            if (existing.contains("\"" + code + "\"")) {
                continue; // a second demo run: the catalogue is there
            }
            api.post(
                    dealer.manager(),
                    "/api/v1/catalogue/models",
                    Map.of(
                            "code",
                            code,
                            "name",
                            model,
                            "trims",
                            List.of(Map.of("code", "LUX", "name", "Luxury")),
                            "colours",
                            List.of(
                                    Map.of("code", "PEARL", "name", "Pearl white"),
                                    Map.of("code", "BLUE", "name", "Ocean blue")),
                            "options",
                            List.of(Map.of("code", "PANO", "name", "Panoramic roof"))),
                    null);
            items.add(Map.of("modelCode", code, "kind", "TRIM", "code", "LUX", "price", PRICES.get(code) + ".00"));
            items.add(Map.of("modelCode", code, "kind", "COLOUR", "code", "PEARL", "price", "3000.00"));
            items.add(Map.of("modelCode", code, "kind", "COLOUR", "code", "BLUE", "price", "0.00"));
            items.add(Map.of("modelCode", code, "kind", "OPTION", "code", "PANO", "price", "8000.00"));
        }
        if (!items.isEmpty()) {
            api.post(
                    dealer.manager(),
                    "/api/v1/catalogue/price-lists",
                    Map.of(
                            "name",
                            "Demo price list",
                            "validFrom",
                            LocalDate.now(ZONE).minusMonths(2).withDayOfMonth(1).toString(),
                            "items",
                            items),
                    "demo-" + dealer.code() + "-prices");
        }
        int serial = Math.floorMod(dealer.code().hashCode(), 1000) * 100 + 50;
        for (String model : new LinkedHashSet<>(MODELS)) {
            for (int c = 0; c < 4; c++) {
                String vin = Vins.of(serial++);
                Map<String, Object> car = Map.of(
                        "vin",
                        vin,
                        "modelCode",
                        modelCode(model),
                        "trimCode",
                        "LUX",
                        "colourCode",
                        c % 2 == 0 ? "PEARL" : "BLUE",
                        "optionCodes",
                        List.of(),
                        "status",
                        c == 3 ? "IN_TRANSIT" : "IN_STOCK",
                        "arrivalDate",
                        LocalDate.now(ZONE).minusDays(10 - c).toString());
                api.post(dealer.manager(), "/api/v1/stock", car, "demo-" + dealer.code() + "-stock-" + vin);
                count(dealer, "cars in stock or in transit");
            }
        }
    }

    static final String FAIR_CAMPAIGN = "Autumn car fair";
    static final String ONLINE_CAMPAIGN = "Online ads: family SUV";

    /** The campaigns of the dealer being loaded, by name: their ids. */
    private final Map<String, String> campaignIds = new java.util.HashMap<>();

    /**
     * Two campaigns with budgets running this month (lead-service's campaigns): the car fair, which the marketing
     * event leads point to, and online ads, which most online enquiries come through. The campaign report then
     * shows each one's leads, test drives and orders and what each cost.
     */
    private void campaigns(Dealer dealer) {
        campaignIds.clear();
        JsonNode existing = api.get(dealer.manager(), "/api/v1/campaigns?size=100");
        existing.path("items")
                .forEach(c ->
                        campaignIds.put(c.path("name").asText(), c.path("id").asText()));
        LocalDate today = LocalDate.now(ZONE);
        Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
        wanted.put(
                FAIR_CAMPAIGN,
                Map.of(
                        "name",
                        FAIR_CAMPAIGN,
                        "channel",
                        "MARKETING_EVENT",
                        "startsOn",
                        today.withDayOfMonth(1).minusDays(5).toString(),
                        "endsOn",
                        today.plusDays(5).toString(),
                        "budget",
                        dealer.code().equals("sh") ? "60000.00" : "45000.00",
                        "note",
                        "Stand at the city's autumn motor show"));
        wanted.put(
                ONLINE_CAMPAIGN,
                Map.of(
                        "name",
                        ONLINE_CAMPAIGN,
                        "channel",
                        "ONLINE",
                        "startsOn",
                        today.withDayOfMonth(1).minusMonths(1).toString(),
                        "endsOn",
                        today.plusDays(20).toString(),
                        "budget",
                        dealer.code().equals("sh") ? "24000.00" : "18000.00"));
        for (var campaign : wanted.entrySet()) {
            if (!campaignIds.containsKey(campaign.getKey())) {
                JsonNode created = api.post(
                        dealer.manager(),
                        "/api/v1/campaigns",
                        campaign.getValue(),
                        "demo-" + dealer.code() + "-campaign-"
                                + campaign.getKey().hashCode());
                campaignIds.put(campaign.getKey(), created.path("id").asText());
            }
            count(dealer, "campaigns");
        }
    }

    /** The prospects of the dealer being loaded who never came in (only called): the price-before-value quotes'. */
    /**
     * Why the demo's orders are cancelled, in turn (the defeat analysis' categories: lead-service counts each
     * cancelled order as a defeat at the ORDERED stage).
     */
    static Map<String, Object> cancellation(int turn) {
        return switch (turn % 4) {
            case 1 ->
                Map.of(
                        "reason",
                        "bought elsewhere",
                        "category",
                        "BOUGHT_COMPETITOR",
                        "competitorBrand",
                        "BYD",
                        "competitorModel",
                        "Song Plus");
            case 2 -> Map.of("reason", "the loan was refused", "category", "FINANCING_REFUSED");
            case 3 -> Map.of("reason", "waits for next year's model", "category", "POSTPONED");
            default -> Map.of("reason", "found the final price too high", "category", "PRICE");
        };
    }

    /**
     * The order followed through (docs/process.md, step 9): one car with the panoramic roof per model in transit,
     * expected in six days; two customers who ordered that configuration (home delivery) wait for it: the first is
     * the factory's late one (its expected delivery date is moved four days into the past: overdue, its car
     * incoming), the second's date is in two days without a car (due soon). The delays report lists both; the
     * delay check announces them (order.delayed).
     */
    private void followThrough(Dealer dealer) {
        int serial = Math.floorMod(dealer.code().hashCode(), 1000) * 100 + 90;
        for (String model : new LinkedHashSet<>(MODELS)) {
            String vin = Vins.of(serial++);
            api.post(
                    dealer.manager(),
                    "/api/v1/stock",
                    Map.of(
                            "vin",
                            vin,
                            "modelCode",
                            modelCode(model),
                            "trimCode",
                            "LUX",
                            "colourCode",
                            "PEARL",
                            "optionCodes",
                            List.of("PANO"),
                            "status",
                            "IN_TRANSIT",
                            "arrivalDate",
                            LocalDate.now(ZONE).plusDays(6).toString()),
                    "demo-" + dealer.code() + "-transit-" + vin);
            count(dealer, "cars incoming (in transit, with ETA)");
        }
        int i = 0;
        for (Prospect p : phoneOnly.subList(0, Math.min(2, phoneOnly.size()))) {
            JsonNode q = api.post(
                    p.consultant(),
                    "/api/v1/quotes",
                    Map.of(
                            "leadId",
                            p.id(),
                            "modelCode",
                            modelCode(p.model()),
                            "trimCode",
                            "LUX",
                            "colourCode",
                            "PEARL",
                            "optionCodes",
                            List.of("PANO"),
                            "discount",
                            "0.00",
                            "fees",
                            List.of(Map.of("name", "Registration", "amount", "500.00")),
                            "validUntil",
                            LocalDate.now(ZONE).plusDays(7).toString()),
                    p.key("quote-waiting"));
            JsonNode order = api.post(
                    p.consultant(),
                    "/api/v1/orders",
                    Map.of(
                            "quoteId",
                            q.get("id").asText(),
                            "depositAmount",
                            "20000.00",
                            "expectedDeliveryDate",
                            LocalDate.now(ZONE).plusDays(2).toString(),
                            "deliveryMethod",
                            "HOME_DELIVERY"),
                    p.key("order-waiting"));
            String orderId = order.get("id").asText();
            String path = "/api/v1/orders/" + orderId;
            String status = api.get(dealer.manager(), path).path("status").asText();
            if (status.equals("DRAFT")) {
                status = api.post(p.consultant(), path + "/signature", Map.of("customerSignatory", p.name()), null)
                        .path("status")
                        .asText();
            }
            if (status.equals("SIGNED")) {
                api.post(
                        p.consultant(),
                        path + "/deposit",
                        Map.of("amount", "20000.00", "method", "BANK_TRANSFER"),
                        null);
            }
            if (i++ == 0) {
                backdating.lateOrder(orderId, 6);
            }
            count(dealer, "orders late for delivery (delays report)");
        }
    }

    private final List<Prospect> phoneOnly = new ArrayList<>();

    /**
     * Appointments the customer did not keep (seed 001: reminded the day before; docs/process.md, step 3): prospects
     * invited on the phone who never came in (not those quoted on the phone) booked a visit at the front desk, were
     * reminded the day before and did not come; two of the first consultant's, one of each other's, in the last week.
     * visit-service's no-show report ({@code /api/v1/appointments/no-shows}) counts them per consultant. Once: a
     * prospect with a no-show already is left alone.
     */
    private void noShows(Dealer dealer) {
        List<Prospect> invited = phoneOnly.size() > 2 ? phoneOnly.subList(2, phoneOnly.size()) : List.of();
        List<Prospect> missing = new ArrayList<>();
        for (String consultant : dealer.consultants()) {
            invited.stream()
                    .filter(p -> p.consultant().equals(consultant))
                    .limit(consultant.equals(dealer.consultants().get(0)) ? 2 : 1)
                    .forEach(missing::add);
        }
        int k = 0;
        for (Prospect p : missing) {
            k++;
            String user = dealer.receptionist();
            if (api.get(user, "/api/v1/appointments?leadId=" + p.id() + "&status=NO_SHOW")
                            .path("total")
                            .asInt()
                    == 0) {
                JsonNode booked = api.post(
                        user,
                        "/api/v1/appointments",
                        Map.of(
                                "leadId",
                                p.id(),
                                "consultantId",
                                p.consultant(),
                                "scheduledAt",
                                Instant.now().plus(Duration.ofHours(6)).toString(),
                                "purpose",
                                "Showroom visit",
                                "note",
                                "invited on the phone"),
                        p.key("appointment"));
                String path = "/api/v1/appointments/" + booked.get("id").asText();
                // the day it was for: in the last week, after the first contact, at 10:00, 11:00 … (dealer's time)
                LocalDate today = p.firstRunStart().atZone(ZONE).toLocalDate();
                LocalDate day = today.minusDays(1 + k);
                LocalDate contacted = p.firstContact().atZone(ZONE).toLocalDate();
                if (!day.isAfter(contacted)) {
                    day = contacted.plusDays(1).isBefore(today) ? contacted.plusDays(1) : today.minusDays(1);
                }
                backdating.missedAppointment(
                        booked.get("id").asText(),
                        day.atTime(LocalTime.of(9 + k, 0)).atZone(ZONE).toInstant());
                JsonNode now = api.get(user, path);
                if (now.path("status").asText().equals("BOOKED")) {
                    api.postIfMatch(
                            user, path + "/no-show", null, now.path("version").asLong());
                }
            }
            count(dealer, "appointments reminded and missed (no-shows)");
        }
    }

    /**
     * Price before value (seeds 000 and 002): two prospects who never came in get a quote on the phone, before any
     * needs analysis and test drive. order-service issues it; lead-service flags the lead and counts it for the
     * consultant (the dashboard's consultant table).
     */
    private void priceBeforeValue(Dealer dealer) {
        for (Prospect p : phoneOnly.subList(0, Math.min(2, phoneOnly.size()))) {
            String code = modelCode(p.model());
            api.post(
                    p.consultant(),
                    "/api/v1/quotes",
                    Map.of(
                            "leadId",
                            p.id(),
                            "modelCode",
                            code,
                            "trimCode",
                            "LUX",
                            "colourCode",
                            "PEARL",
                            "optionCodes",
                            List.of(),
                            "discount",
                            "0.00",
                            "fees",
                            List.of(Map.of("name", "Registration", "amount", "500.00")),
                            "validUntil",
                            LocalDate.now(ZONE).plusDays(7).toString()),
                    p.key("quote-on-the-phone"));
            count(dealer, "quotes before any needs analysis (price before value)");
        }
    }

    /** A sold car: who bought it and the order. */
    record Delivered(Prospect prospect, String orderId) {}

    /**
     * Quotes for the test-driven prospects (every third discount above the consultant's limit, approved
     * by the manager), orders for most quotes, then deposit, allocation, PDI and delivery; one order in
     * seven is cancelled, some wait for a car. Each order goes on from the state it is in.
     */
    private List<Delivered> sales(Dealer dealer, List<Prospect> driven) {
        List<Delivered> delivered = new ArrayList<>();
        int n = 0;
        for (Prospect p : driven) {
            n++;
            String code = modelCode(p.model());
            int list = PRICES.get(code) + 3000;
            String discount = (n % 3 == 0 ? list / 10 : list / 50) + ".00";
            Map<String, Object> quote = Map.of(
                    "leadId",
                    p.id(),
                    "modelCode",
                    code,
                    "trimCode",
                    "LUX",
                    "colourCode",
                    "PEARL",
                    "optionCodes",
                    List.of(),
                    "discount",
                    discount,
                    "fees",
                    List.of(Map.of("name", "Registration", "amount", "500.00")),
                    "financing",
                    Map.of("downPayment", "60000.00", "termMonths", 36, "annualRatePercent", n % 2 == 0 ? "0" : "3.90"),
                    "validUntil",
                    LocalDate.now(ZONE).plusDays(7).toString());
            JsonNode q = api.post(p.consultant(), "/api/v1/quotes", quote, p.key("quote"));
            count(dealer, "quotes");
            String quotePath = "/api/v1/quotes/" + q.get("id").asText();
            if (n % 3 == 0) {
                JsonNode pending = api.get(dealer.manager(), quotePath);
                if ("PENDING_APPROVAL".equals(pending.path("status").asText())) {
                    api.postIfMatch(
                            dealer.manager(),
                            quotePath + "/approval",
                            Map.of("decision", "APPROVED", "note", "demo approval"),
                            pending.path("version").asLong());
                }
                count(dealer, "discounts approved by a manager");
            }
            if (n % 4 == 1) {
                // the price objection on the quote, locked as the only reason, not resolved yet (lead-service owns
                // objections at every step; quoteId names the quote)
                Map<String, Object> objection = objection("PRICE", "NEGOTIATION", p.model(), true, false, null);
                objection.put("quoteId", q.get("id").asText());
                api.post(
                        p.consultant(), "/api/v1/leads/" + p.id() + "/objections", objection, p.key("objection-quote"));
                count(dealer, "objections");
                count(dealer, "quotes still negotiated");
                continue;
            }
            JsonNode order = api.post(
                    p.consultant(),
                    "/api/v1/orders",
                    Map.of(
                            "quoteId",
                            q.get("id").asText(),
                            "depositAmount",
                            "20000.00",
                            "expectedDeliveryDate",
                            LocalDate.now(ZONE).plusDays(14).toString()),
                    p.key("order"));
            String orderId = order.get("id").asText();
            String path = "/api/v1/orders/" + orderId;
            String status = api.get(dealer.manager(), path).path("status").asText();
            if (status.equals("DRAFT")) {
                // congratulated and asked for referrals at signing (seed 002), but not every time
                status = api.post(
                                p.consultant(),
                                path + "/signature",
                                Map.of("customerSignatory", p.name(), "referralsAsked", p.index() % 4 != 3),
                                null)
                        .path("status")
                        .asText();
            }
            count(dealer, "orders signed");
            if (n % 7 == 0) {
                if (!status.equals("CANCELLED")) {
                    api.post(p.consultant(), path + "/cancellation", cancellation(n / 7), null);
                }
                count(dealer, "orders cancelled");
                continue;
            }
            if (status.equals("SIGNED")) {
                status = api.post(
                                p.consultant(),
                                path + "/deposit",
                                Map.of("amount", "20000.00", "method", "MOBILE_PAYMENT"),
                                null)
                        .path("status")
                        .asText();
                // allocated right after the deposit; an order still waiting on a later run stays waiting
                status = api.post(dealer.manager(), path + "/allocation", Map.of(), null)
                        .path("status")
                        .asText();
            }
            if (status.equals("DEPOSIT_PAID")) {
                count(dealer, "orders waiting for a car");
                owing(dealer, p, path, n % 2 == 0 ? "LOAN" : "PART", n);
                continue;
            }
            if (n % 5 == 0) {
                count(dealer, "orders allocated, delivery ahead");
                owing(dealer, p, path, "LOAN", n);
                continue;
            }
            if (status.equals("ALLOCATED")) {
                // payment before the keys: some buyers take a car loan, the others pay the balance; one in six is
                // released by the manager before the last payment (the balance stays on the receivables)
                settle(dealer, p, path, n % 6 == 3 ? "RELEASE" : n % 3 == 0 ? "LOAN" : "CASH");
            }
            if (status.equals("ALLOCATED")) {
                Map<String, Boolean> pdi = new LinkedHashMap<>();
                List.of(
                                "EXTERIOR_BODY_AND_PAINT",
                                "INTERIOR_CLEAN_FILMS_REMOVED",
                                "FLUID_LEVELS",
                                "TYRES_AND_WHEELS",
                                "LIGHTS_AND_ELECTRICS",
                                "NO_WARNING_LIGHTS",
                                "ROAD_TEST",
                                "SPARE_KEY_AND_TOOLS")
                        .forEach(i -> pdi.put(i, true));
                status = api.post(dealer.manager(), path + "/pdi", Map.of("items", pdi, "note", "ok"), null)
                        .path("status")
                        .asText();
            }
            if (status.equals("PDI_PASSED")) {
                status = api.post(
                                p.consultant(),
                                path + "/delivery",
                                Map.of(
                                        "handover",
                                        Map.of(
                                                "documentsHandedOver",
                                                true,
                                                "featuresExplained",
                                                true,
                                                "accessoriesHandedOver",
                                                true,
                                                "photoTaken",
                                                true)),
                                null)
                        .path("status")
                        .asText();
            }
            if (!status.equals("DELIVERED")) {
                throw new SuiteException(
                        "order " + orderId + " of lead " + p.id() + " is " + status + ", not delivered");
            }
            count(dealer, "deliveries");
            delivered.add(new Delivered(p, orderId));
        }
        return delivered;
    }

    /**
     * Payment before the keys for a car about to be inspected and handed over: CASH pays the balance by bank
     * transfer; LOAN pays 30000.00 and a loan applied for, approved and disbursed pays the rest; RELEASE pays part and
     * the manager releases the car with the balance owed. Each step only if the order is not there yet (a later
     * run goes on from where the order is).
     */
    private void settle(Dealer dealer, Prospect p, String path, String how) {
        JsonNode pay = api.get(dealer.manager(), path).path("payment");
        if (pay.path("cleared").asBoolean()) {
            return;
        }
        BigDecimal owed = new BigDecimal(pay.path("balanceOwed").asText());
        switch (how) {
            case "CASH" -> {
                payment(p, path, owed, "BANK_TRANSFER", "balance");
                count(dealer, "orders paid in full (cash)");
            }
            case "LOAN" -> {
                if (pay.path("payments").isEmpty()) {
                    payment(p, path, new BigDecimal("30000.00").min(owed), "MOBILE_PAYMENT", "own-part");
                }
                loan(p, path, owed(p, path), "DISBURSED");
                count(dealer, "orders paid with a car loan");
            }
            default -> {
                if (pay.path("payments").isEmpty()) {
                    payment(p, path, new BigDecimal("50000.00").min(owed), "CARD", "part");
                }
                long version = api.get(dealer.manager(), path).path("version").asLong();
                api.postIfMatch(
                        dealer.manager(),
                        path + "/release",
                        Map.of("reason", "loan approved; the bank pays after the registration"),
                        version);
                count(dealer, "cars released by a manager before payment");
            }
        }
    }

    /**
     * An order that goes on owing: a loan applied for or approved (LOAN), or a part paid (PART); its contract then
     * moved back (within the prospect's month) so that the receivables have ages to show.
     */
    private void owing(Dealer dealer, Prospect p, String path, String how, int n) {
        JsonNode pay = api.get(dealer.manager(), path).path("payment");
        if (pay.path("payments").isEmpty()) {
            BigDecimal part = new BigDecimal(n % 3 == 0 ? "10000.00" : "25000.00");
            payment(p, path, part.min(owed(p, path)), "CARD", "part");
        }
        if (how.equals("LOAN")) {
            loan(p, path, owed(p, path).subtract(new BigDecimal("10000.00")), n % 10 == 0 ? "APPLIED" : "APPROVED");
        }
        count(dealer, how.equals("LOAN") ? "orders owing, a car loan in progress" : "orders owing, part paid");
        // the dealer's calendar days between the first contact and this run, not 24-hour spans: a run in the small
        // hours of the dealer's night would otherwise find a day less of room, and the orders owing no age at all
        long room = ChronoUnit.DAYS.between(
                        p.firstContact().atZone(ZONE).toLocalDate(),
                        p.firstRunStart().atZone(ZONE).toLocalDate())
                - 2;
        int days = (int) Math.min(List.of(2, 9, 16, 23, 27, 34).get(n % 6), room);
        if (days > 0) {
            backdating.owing(path.substring(path.lastIndexOf('/') + 1), days, p.firstRunStart());
        }
    }

    private BigDecimal owed(Prospect p, String path) {
        return new BigDecimal(api.get(p.consultant(), path)
                .path("payment")
                .path("balanceOwed")
                .asText());
    }

    private void payment(Prospect p, String path, BigDecimal amount, String method, String what) {
        if (amount.signum() > 0) {
            api.post(
                    p.consultant(),
                    path + "/payments",
                    Map.of("amount", amount.toPlainString(), "method", method),
                    p.key("payment-" + what));
        }
    }

    /** The loan taken as far as {@code until} (APPLIED, APPROVED or DISBURSED), from where it is. */
    private void loan(Prospect p, String path, BigDecimal amount, String until) {
        List<String> steps = List.of("APPLIED", "APPROVED", "DISBURSED");
        String at = api.get(p.consultant(), path)
                .path("payment")
                .path("loan")
                .path("status")
                .asText("");
        for (String step : steps.subList(steps.indexOf(at) + 1, steps.indexOf(until) + 1)) {
            Map<String, Object> body = step.equals("APPLIED")
                    ? Map.of(
                            "status",
                            step,
                            "lender",
                            "Showroom Auto Finance",
                            "amount",
                            amount.toPlainString(),
                            "reference",
                            "SAF-" + p.id().substring(0, 8))
                    : Map.of("status", step);
            api.post(p.consultant(), path + "/loan", body, null);
        }
    }

    /**
     * The dealer's own spend thresholds of the customer classes (after-sales settings): its cars cost 189,000 to
     * 270,000, so the platform's defaults (HIGH from 300,000, MEDIUM from 150,000) would make no buyer of one car
     * HIGH; from 250,000 and 200,000 the buyers of its dearest cars are of high value, and the care team sees the
     * classes its own dealer would. The rest of the settings stay as they are.
     */
    private void valueThresholds(Dealer dealer) {
        String path = "/api/v1/follow-ups/settings";
        JsonNode settings = api.get(dealer.manager(), path);
        if (settings.path("valueSpend").path("high").decimalValue().compareTo(new BigDecimal("250000")) == 0) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        settings.fields().forEachRemaining(field -> body.put(field.getKey(), field.getValue()));
        body.remove("dealerId");
        body.remove("version");
        body.put("valueSpend", Map.of("high", "250000.00", "medium", "200000.00"));
        api.putIfMatch(dealer.manager(), path, body, settings.path("version").asLong());
    }

    /**
     * After delivery: the buyers' journeys spread over the last two weeks, the follow-up calls that fell
     * due (every third buyer's were forgotten: overdue), surveys answered through their links, the
     * second buyer unhappy with a complaint, a settled complaint in Shanghai, referrals that become leads.
     */
    private void aftersales(Dealer dealer, List<Delivered> delivered) {
        int n = 0;
        for (Delivered d : delivered) {
            n++;
            Prospect p = d.prospect();
            awaitFollowUps(dealer.care(), p.id());
            // how many days ago the drive was: never before the walk-in a few days after first contact
            long room = Duration.between(p.firstContact(), p.firstRunStart()).toDays() - 4;
            int days = (int) Math.min(List.of(14, 9, 6, 12, 5, 8).get((n - 1) % 6), room);
            if (days >= 4) {
                backdating.journey(p.id(), d.orderId(), days, p.firstRunStart());
            }
            boolean forgotten = n % 3 == 1;
            String plan = "/api/v1/follow-ups?leadId=" + p.id();
            for (JsonNode call : api.get(dealer.care(), plan).path("items")) {
                boolean due = Instant.parse(call.get("dueAt").asText()).isBefore(Instant.now());
                if (due && !forgotten && call.path("attempts").asInt() == 0) {
                    boolean reached = call.path("dayOffset").asInt() != 3 || n % 2 == 0;
                    api.post(
                            dealer.care(),
                            "/api/v1/follow-ups/" + call.get("id").asText() + "/calls",
                            Map.of("reached", reached, "note", reached ? "happy with the car" : "no answer"),
                            null);
                }
            }
            for (JsonNode call : api.get(dealer.care(), plan).path("items")) {
                if (call.path("attempts").asInt() > 0) {
                    count(dealer, "after-sales calls made");
                } else if (call.path("overdue").asBoolean()) {
                    count(dealer, "after-sales calls overdue");
                }
            }
            Random r = random(dealer, p.index(), "survey");
            int mood = n == 2 ? 2 : n == 3 ? 5 : 4 + r.nextInt(2);
            survey(d, mood, r);
            if (n == 2) {
                // the detractor's answer opened a complaint for care at once (channel SURVEY, with the answers);
                // the customer also phoned about the floor mats: a second complaint, so a repeat complainer
                count(dealer, "detractors (complaint opened by the survey)");
                api.post(
                        dealer.care(),
                        "/api/v1/complaints",
                        Map.of(
                                "leadId",
                                p.id(),
                                "orderId",
                                d.orderId(),
                                "channel",
                                "PHONE",
                                "category",
                                "DELIVERY",
                                "severity",
                                "MEDIUM",
                                "description",
                                "The floor mats were missing at the handover and nobody called back about them"),
                        p.key("complaint"));
                count(dealer, "complaints open");
            }
            if (n == 1 && dealer.code().equals("sh")) {
                settledComplaint(d);
                count(dealer, "complaints settled");
            }
            if (n <= 3) {
                referrals(d, n);
            }
            if (n == 3) {
                count(dealer, "promoters who referred (loyal)");
            }
        }
    }

    /**
     * Referrals as seed 002 has them (the conversion report per referrer and consultant): the first buyer names a
     * colleague who comes to the showroom the same day, having agreed the visit on the phone, and a neighbour; the
     * second and the third a colleague (the third, a promoter who refers, is a loyal customer: after-sales' classes).
     * Each referred person becomes a lead (referral.contact).
     */
    private void referrals(Delivered d, int n) {
        Prospect p = d.prospect();
        Dealer dealer = p.dealer();
        List<Map<String, Object>> people = new java.util.ArrayList<>();
        List<String> phones = new java.util.ArrayList<>();
        for (int i = 0; i < (n == 1 ? 2 : 1); i++) {
            String phone = "+86137"
                    + String.format(
                            "%04d%04d", 2026, 2000 + n + 10 * i + (dealer.code().equals("sh") ? 0 : 50));
            phones.add(phone);
            Map<String, Object> person = new java.util.LinkedHashMap<>();
            person.put("name", (i == 0 ? "Colleague of " : "Neighbour of ") + p.name());
            person.put("phone", phone);
            person.put("relation", i == 0 ? "colleague" : "neighbour");
            person.put("consent", true);
            if (n == 1 && i == 0) {
                // the visit agreed on the spot (visit-service books it once the lead is made)
                person.put(
                        "appointmentAt",
                        LocalDate.now(ZONE)
                                .plusDays(2)
                                .atTime(10, 0)
                                .atZone(ZONE)
                                .toInstant()
                                .toString());
            }
            people.add(person);
        }
        api.post(
                p.consultant(),
                "/api/v1/referrals",
                Map.of("referrerLeadId", p.id(), "referrals", people),
                n == 1 ? p.key("referrals") : p.key("referral"));
        people.forEach(x -> count(dealer, "referrals (new leads)"));
        if (n == 1) {
            // the colleague could not wait: walked in today, with the referrer's consultant
            JsonNode referred = awaitLead(dealer, phones.get(0));
            Instant arrival = Instant.now().minus(Duration.ofMinutes(50));
            api.post(
                    dealer.receptionist(),
                    "/api/v1/visits/walk-ins",
                    Map.of(
                            "leadId",
                            referred.get("id").asText(),
                            "consultantId",
                            p.consultant(),
                            "arrivalAt",
                            arrival.toString(),
                            "departureAt",
                            arrival.plus(Duration.ofMinutes(40)).toString(),
                            "partySize",
                            1,
                            "checkpoints",
                            Map.of(
                                    "greetedAtOnce", true,
                                    "selfIntroduction", true,
                                    "drinksOffered", true,
                                    "notPressed", true),
                            "modelsPresented",
                            List.of(p.model()),
                            "outcome",
                            "referred by a customer; test drive next week"),
                    p.key("referred-walk-in"));
            count(dealer, "referred people who walked in");
        }
    }

    /**
     * Messages to customers (aftersales-service): the thank-yous and test-drive confirmations went out on their events
     * to the customers who consented; here the manager's New Year greeting (once per occasion however often the demo
     * runs), a delivery invitation, and one customer who opened the opt-out link of a message. The messages report
     * ({@code /api/v1/messages/report}) counts them per template, channel and status.
     */
    private void messages(Dealer dealer, List<Delivered> delivered) {
        // a second run changes nothing: each step only when its messages are not there yet
        if (api.get(dealer.manager(), "/api/v1/messages?kind=HOLIDAY_GREETING")
                        .path("total")
                        .asInt()
                == 0) {
            JsonNode greetings =
                    api.post(dealer.manager(), "/api/v1/messages/greetings", Map.of("occasion", "元旦"), null);
            count(dealer, "messages: greetings queued", greetings.path("queued").asInt());
        }
        if (delivered.isEmpty()) {
            return;
        }
        Prospect first = delivered.get(0).prospect();
        if (api.get(dealer.care(), "/api/v1/messages?kind=DELIVERY_INVITATION&leadId=" + first.id())
                        .path("total")
                        .asInt()
                == 0) {
            try {
                api.post(
                        dealer.care(),
                        "/api/v1/messages",
                        Map.of("leadId", first.id(), "kind", "DELIVERY_INVITATION", "time", "12-28 10:00"),
                        first.key("delivery-invitation"));
                count(dealer, "messages: delivery invitations");
            } catch (RuntimeException e) {
                out.println("  (no delivery invitation: " + e.getMessage() + ")");
            }
        }
        if (api.get(dealer.manager(), "/api/v1/messages/report").path("optOuts").asInt() > 0) {
            return;
        }
        Prospect last = delivered.get(delivered.size() - 1).prospect();
        for (JsonNode m :
                api.get(dealer.care(), "/api/v1/messages?leadId=" + last.id()).path("items")) {
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("/messages/stop/([A-Za-z0-9_.-]+)")
                    .matcher(m.path("body").asText());
            if (link.find()) {
                api.publicPost("/public/message-opt-outs", Map.of("token", link.group(1)));
                count(dealer, "messages: opt-outs");
                break;
            }
        }
    }

    /** The delivery survey, answered by the customer through the link sent to their phone (once). */
    private void survey(Delivered d, int mood, Random r) {
        Dealer dealer = d.prospect().dealer();
        List<Map<String, Object>> answers = List.of(
                Map.of("questionCode", "RECEPTION_RATING", "rating", mood),
                Map.of("questionCode", "NEEDS_RATING", "rating", Math.max(1, mood - r.nextInt(2))),
                Map.of("questionCode", "TEST_DRIVE_RATING", "rating", mood),
                Map.of("questionCode", "NEGOTIATION_RATING", "rating", Math.max(1, mood - 1)),
                Map.of("questionCode", "DELIVERY_RATING", "rating", mood),
                Map.of(
                        "questionCode",
                        "RECOMMEND",
                        "rating",
                        mood <= 2 ? 4 : mood == 5 ? 9 + r.nextInt(2) : 7 + r.nextInt(4)),
                // the checkpoints staff declared, as the customer saw them (the checkpoint check's "said")
                Map.of("questionCode", "GREETED_AT_ONCE", "yes", true),
                Map.of("questionCode", "DRINKS_OFFERED", "yes", mood >= 4 || r.nextBoolean()),
                Map.of("questionCode", "BIGGEST_BENEFIT_FIRST", "yes", mood >= 3),
                Map.of("questionCode", "NO_COMPETITOR_RUN_DOWN", "yes", true));
        // a detractor's answer (a recommendation of 0-6, a rating of 1-2) opens a complaint for customer care
        count(dealer, "surveys answered");
        if (api.get(dealer.care(), "/api/v1/surveys?leadId=" + d.prospect().id() + "&status=COMPLETED")
                        .path("items")
                        .size()
                > 0) {
            return;
        }
        // the link goes to the customer's phone, not to the staff member who sends it
        api.post(
                dealer.care(),
                "/api/v1/surveys/links",
                Map.of("leadId", d.prospect().id(), "orderId", d.orderId()),
                null);
        api.publicPost(
                "/public/surveys/" + phones.surveyToken(d.prospect().id()) + "/answers", Map.of("answers", answers));
    }

    /**
     * A phone complaint about the paperwork: acknowledged, resolved with an explanation (root cause: a gap in the
     * process), confirmed; then a HIGH one about the car, left with the managers.
     */
    private void settledComplaint(Delivered d) {
        Dealer dealer = d.prospect().dealer();
        JsonNode complaint = api.post(
                dealer.care(),
                "/api/v1/complaints",
                Map.of(
                        "leadId",
                        d.prospect().id(),
                        "orderId",
                        d.orderId(),
                        "channel",
                        "PHONE",
                        "category",
                        "DOCUMENTS",
                        "severity",
                        "LOW",
                        "description",
                        "The registration papers were not in the folder"),
                d.prospect().key("complaint-papers"));
        String path = "/api/v1/complaints/" + complaint.get("id").asText();
        String status = api.get(dealer.care(), path).path("status").asText();
        if (status.equals("OPEN")) {
            status = api.post(dealer.care(), path + "/acknowledge", null, null)
                    .path("status")
                    .asText();
        }
        if (status.equals("ACKNOWLEDGED")) {
            status = api.post(
                            dealer.care(),
                            path + "/resolve",
                            Map.of(
                                    "remedy",
                                    "EXPLANATION",
                                    "rootCause",
                                    "PROCESS_GAP",
                                    "resolution",
                                    "The papers were at the registration office; couriered the next day"),
                            null)
                    .path("status")
                    .asText();
        }
        if (status.equals("RESOLVED")) {
            api.post(dealer.care(), path + "/confirm", Map.of("confirmed", true, "note", "customer satisfied"), null);
        }
        // a second complaint of the same customer, serious: the managers' at once; the report counts a repeat
        api.post(
                dealer.care(),
                "/api/v1/complaints",
                Map.of(
                        "leadId",
                        d.prospect().id(),
                        "orderId",
                        d.orderId(),
                        "channel",
                        "PHONE",
                        "category",
                        "PRODUCT",
                        "severity",
                        "HIGH",
                        "description",
                        "A warning light came on the week after delivery"),
                d.prospect().key("complaint-warning-light"));
    }

    private void awaitFollowUps(String user, String leadId) {
        for (int attempt = 0; attempt < 40; attempt++) {
            if (api.get(user, "/api/v1/follow-ups?leadId=" + leadId)
                            .path("items")
                            .size()
                    > 0) {
                return;
            }
            sleep(500);
        }
        throw new SuiteException("no follow-up plan for the delivery to lead " + leadId);
    }

    private JsonNode findLead(Dealer dealer, String phone) {
        JsonNode items = api.get(dealer.manager(), "/api/v1/leads?q=" + phone.substring(3))
                .path("items");
        return items.size() > 0 ? items.get(0) : null;
    }

    private JsonNode awaitLead(Dealer dealer, String phone) {
        for (int attempt = 0; attempt < 30; attempt++) {
            JsonNode lead = findLead(dealer, phone);
            if (lead != null) {
                return lead;
            }
            sleep(500);
        }
        throw new SuiteException("the online enquiry of " + phone + " did not become a lead");
    }

    private void printSummary() {
        out.println();
        out.printf("  %-40s", "");
        DEALERS.forEach(d -> out.printf(" %14s", d.id()));
        out.println();
        counts.forEach((what, byDealer) -> {
            out.printf("  %-40s", what);
            DEALERS.forEach(d -> out.printf(" %14d", byDealer.getOrDefault(d.id(), 0)));
            out.println();
        });
        out.println();
        out.println(
                api.changes() == 0
                        ? "The demo data was all there already: " + api.replays()
                                + " creates replayed, nothing changed."
                        : api.changes() + " changes made, " + api.replays() + " creates replayed from an earlier run.");
        out.println("Look as manager.sh or manager.bj (TOKEN=$(./showroom token manager.sh)) at /api/v1/dashboard, "
                + "/api/v1/funnel?groupBy=CHANNEL, /api/v1/satisfaction, /api/v1/leads/overdue, /api/v1/complaints; "
                + "as hq.analyst at /api/v1/funnel/hq. suite/README.md says more.");
    }

    private static String sourceDetail(String channel) {
        return switch (channel) {
            case "MARKETING_EVENT" -> "Spring auto show";
            case "PARTNER" -> "Insurance partner";
            case "CUSTOMER_REFERRAL" -> "Referred by a customer";
            case "PERSONAL_NETWORK" -> "Consultant's friend";
            default -> channel.toLowerCase().replace('_', ' ');
        };
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** An objection with seed 002's routine: locked and committed when {@code locked}, resolved with an answer. */
    static Map<String, Object> objection(
            String category, String context, String model, boolean locked, boolean resolved, String answer) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("category", category);
        o.put("context", context);
        o.put("model", model);
        o.put("objectorDecides", true);
        o.put("genuine", "TRUE_OBJECTION");
        o.put("onlyReasonConfirmed", locked);
        o.put("commitmentObtained", locked && resolved);
        o.put("resolved", resolved);
        if (answer != null) {
            o.put("answer", answer);
        }
        return o;
    }

    private void count(Dealer dealer, String what) {
        count(dealer, what, 1);
    }

    private void count(Dealer dealer, String what, int howMany) {
        counts.computeIfAbsent(what, k -> new LinkedHashMap<>()).merge(dealer.id(), howMany, Integer::sum);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
