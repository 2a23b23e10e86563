package dev.showroom.suite.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import dev.showroom.suite.Tokens;

/**
 * {@code ./showroom demo}: two dealers' month of activity, loaded through the gateway with the demo
 * users' real tokens, so that everything flows through the real APIs and events. Deterministic (a
 * seeded Random, fixed names and phone numbers); a second run replays (idempotency keys, phone dedup)
 * instead of duplicating.
 */
public final class DemoData {

    static final long SEED = 20261101L;

    /** A dealer of the realm file and its staff. */
    record Dealer(String id, String code, String manager, String receptionist, List<String> consultants,
            int leads) {
    }

    static final List<Dealer> DEALERS = List.of(
            new Dealer("dealer-sh-01", "sh", "manager.sh", "reception.sh", List.of("li.wei", "zhang.min"), 36),
            new Dealer("dealer-bj-02", "bj", "manager.bj", "manager.bj", List.of("wang.fang"), 14));

    static final List<String> CHANNELS = List.of("WALK_IN", "PHONE", "MARKETING_EVENT", "CUSTOMER_REFERRAL",
            "PERSONAL_NETWORK", "PARTNER", "ONLINE", "OTHER");
    static final List<String> SURNAMES = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou",
            "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo");
    static final List<String> GIVEN = List.of("Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan", "Jun", "Tao",
            "Ming", "Hui", "Xin", "Yu", "Hao", "Ling", "Bo", "Ping");
    static final List<String> MODELS = List.of("Aurora S", "Aurora S", "Aurora Touring", "Meridian SUV", "Meridian SUV",
            "Volta EV");
    static final List<String> DEFEAT_REASONS = List.of("PRICE", "PRICE", "COMPETITOR", "PRODUCT_FUNCTION",
            "AFTER_SALES_SERVICE", "RESOURCES_SUPPORT", "GUARANTEES");

    private final Api api;
    private final PrintStream out;
    private final Random random = new Random(SEED);
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public DemoData(String gateway, Tokens tokens, PrintStream out) {
        this.api = new Api(gateway, tokens);
        this.out = out;
    }

    /** One prospect of the demo: who, how they came, and who looks after them. */
    record Prospect(Dealer dealer, int index, String name, String phone, String channel, String model, String id,
            String consultant) {
    }

    public void load() {
        for (Dealer dealer : DEALERS) {
            out.println("loading " + dealer.id() + " ...");
            api.put(dealer.manager(), "/api/v1/leads/rota", Map.of("consultants", dealer.consultants()));
            List<Prospect> prospects = prospects(dealer);
            prospecting(prospects);
        }
        out.println();
        counts.forEach((what, n) -> out.printf("  %-28s %d%n", what, n));
        out.println("\nLog in as manager.sh (or take ./showroom token manager.sh) and look at /api/v1/leads, "
                + "/api/v1/leads/overdue and /api/v1/dashboard.");
    }

    /** Leads from every channel: online ones through the public form, the others captured by staff. */
    private List<Prospect> prospects(Dealer dealer) {
        List<Prospect> prospects = new ArrayList<>();
        for (int i = 0; i < dealer.leads(); i++) {
            String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + " " + GIVEN.get(random.nextInt(GIVEN.size()));
            String phone = "+86" + (dealer.code().equals("sh") ? "138" : "139") + String.format("%04d%04d", 2026, 1000 + i);
            String channel = CHANNELS.get(i % CHANNELS.size());
            String model = MODELS.get(random.nextInt(MODELS.size()));
            JsonNode lead;
            if (channel.equals("ONLINE")) {
                api.publicPost("/public/enquiries", Map.of("dealerId", dealer.id(), "name", name, "phone", phone,
                        "modelOfInterest", model, "message", "Please call me about the " + model, "kind",
                        i % 16 == 6 ? "TEST_DRIVE_REQUEST" : "ENQUIRY", "consent", true));
                lead = awaitLead(dealer, phone);
            } else {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("name", name);
                body.put("phone", phone);
                body.put("channel", channel);
                body.put("modelOfInterest", model);
                body.put("consent", true);
                body.put("sourceDetail", sourceDetail(channel));
                lead = api.post(dealer.receptionist(), "/api/v1/leads", body, "demo-" + dealer.code() + "-lead-" + i);
            }
            String consultant = lead.path("consultantId").asText(null);
            if (consultant == null || consultant.isEmpty()) {
                consultant = dealer.consultants().get(i % dealer.consultants().size());
                api.put(dealer.manager(), "/api/v1/leads/" + lead.get("id").asText() + "/assignment",
                        Map.of("consultantId", consultant));
            }
            prospects.add(new Prospect(dealer, i, name, phone, channel, model, lead.get("id").asText(), consultant));
            count("leads (" + channel.toLowerCase() + ")");
        }
        return prospects;
    }

    /** Grades, follow-ups, qualification; about one in six is lost with a reason. */
    private void prospecting(List<Prospect> prospects) {
        for (Prospect p : prospects) {
            String path = "/api/v1/leads/" + p.id();
            String grade = List.of("H", "A", "A", "B", "B", "C").get(random.nextInt(6));
            api.put(p.consultant(), path + "/grade", Map.of("grade", grade));
            count("graded " + grade);
            if (random.nextInt(3) > 0) {
                api.post(p.consultant(), path + "/follow-ups", Map.of("kind", "CALL", "outcome",
                        "Talked about the " + p.model() + "; wants to see it", "nextStep", "invite to the showroom"),
                        "demo-" + p.dealer().code() + "-followup-" + p.index());
                count("follow-up calls");
            }
            if (p.index() % 6 == 5) {
                api.post(p.consultant(), path + "/defeat", Map.of("reason",
                        DEFEAT_REASONS.get(random.nextInt(DEFEAT_REASONS.size())), "note", "chose another offer"), null);
                count("defeats");
            } else if (random.nextInt(10) < 7) {
                api.put(p.consultant(), path + "/qualification", Map.of("need", true, "means", true, "authority",
                        random.nextInt(5) > 0, "note", "budget and timing confirmed"));
                count("qualified");
            }
        }
    }

    private JsonNode awaitLead(Dealer dealer, String phone) {
        String digits = phone.substring(3);
        for (int attempt = 0; attempt < 30; attempt++) {
            JsonNode page = api.get(dealer.manager(), "/api/v1/leads?q=" + digits);
            if (page.path("items").size() > 0) {
                return page.path("items").get(0);
            }
            sleep(500);
        }
        throw new dev.showroom.suite.SuiteException("the online enquiry of " + phone + " did not become a lead");
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

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
