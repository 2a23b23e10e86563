package dev.showroom.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Twenty staff clicking through their day in the console at once, through the gateway, each signed in
 * through Keycloak's login page like a browser (authorization code flow, session cookie). For every page:
 * the server time (request sent until the whole page is read) at p50/p95, beside the API calls that page
 * makes, sent by the same staff member with their access token in the same run. Then the console's
 * first-load weight: the HTML of a page and every stylesheet and script it loads, as the server sends them
 * compressed. Needs the suite up (./showroom up) on its standard ports. Not part of ./mvnw verify.
 */
public final class ConsoleDay {

    /** One click: a console page and the API calls (GET, through the gateway) it makes to answer. */
    record Click(String name, String page, List<String> api) {}

    /** A staff member of the demo realm and the clicks of their day. */
    record Staff(String user, String role, List<Click> day) {}

    static final String PASSWORD = "showroom";

    private final String gateway;
    private final Bench.Tokens tokens;
    private final Map<String, List<Long>> pageNanos = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> apiNanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    ConsoleDay(String gateway, String realm) {
        this.gateway = gateway;
        this.tokens = new Bench.Tokens(realm);
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Path reportFile = Path.of(args.length > 0 ? args[0] : "console-report.md");
        Duration measure =
                Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_CONSOLE_SECONDS", "60")));
        Duration warmUp =
                Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_CONSOLE_WARMUP", "20")));
        int staff = Integer.parseInt(System.getenv().getOrDefault("BENCH_CONSOLE_STAFF", "20"));
        ConsoleDay bench = new ConsoleDay(
                System.getenv().getOrDefault("GATEWAY", "http://localhost:8080"),
                System.getenv().getOrDefault("REALM", "http://localhost:8180/realms/showroom"));
        String report = bench.run(staff, warmUp, measure);
        Files.writeString(reportFile, report);
        System.out.println(report);
    }

    /** The day of each role: what a member of staff opens again and again; leads: a lead of each dealer. */
    List<Staff> floor(int count, String phone, Map<String, String> leads) {
        String digits = phone.substring(phone.length() - 5);
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        List<Click> consultant = List.of(
                new Click(
                        "my day",
                        "/console/day",
                        List.of(
                                "/api/v1/leads?overdue=true&page=0&size=100",
                                "/api/v1/leads?dueOn=" + today + "&page=0&size=100",
                                "/api/v1/appointments?date=" + today + "&page=0&size=100",
                                "/api/v1/test-drives?date=" + today + "&page=0&size=100",
                                "/api/v1/appointments?status=BOOKED&page=0&size=100",
                                "/api/v1/test-drives?status=BOOKED&page=0&size=100")),
                new Click("my prospects", "/console/prospects", List.of("/api/v1/leads?page=0&size=20")),
                new Click(
                        "search by phone digits",
                        "/console/prospects?q=" + digits,
                        List.of("/api/v1/leads?q=" + digits + "&page=0&size=20")),
                new Click(
                        "prospects graded H",
                        "/console/prospects?grade=H",
                        List.of("/api/v1/leads?grade=H&page=0&size=20")));
        List<Click> reception = List.of(new Click(
                "returning customer",
                "/console/reception/returning?phone=" + enc(phone),
                List.of("/api/v1/leads?q=" + enc(phone) + "&page=0&size=20")));
        List<Staff> pool = List.of(
                new Staff("li.wei", "consultant", consultant),
                new Staff("zhang.min", "consultant", consultant),
                new Staff("reception.sh", "receptionist", reception),
                new Staff("manager.sh", "manager", managerDay(leads.get("dealer-sh-01"))),
                new Staff("wang.fang", "consultant", consultant),
                new Staff("manager.bj", "manager", managerDay(leads.get("dealer-bj-02"))));
        List<Staff> floor = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            floor.add(pool.get(i % pool.size()));
        }
        return floor;
    }

    /** A manager looks through the dealer's prospects and opens a lead's timeline (nine API reads). */
    static List<Click> managerDay(String lead) {
        return List.of(
                new Click("the dealer's prospects", "/console/prospects", List.of("/api/v1/leads?page=0&size=20")),
                new Click(
                        "a lead's timeline",
                        "/console/leads/" + lead,
                        List.of(
                                "/api/v1/leads/" + lead,
                                "/api/v1/leads/" + lead + "/follow-ups?size=100",
                                "/api/v1/leads/" + lead + "/contacts?size=100",
                                "/api/v1/visits?leadId=" + lead + "&size=100",
                                "/api/v1/appointments?leadId=" + lead + "&page=0&size=100",
                                "/api/v1/needs-analyses?leadId=" + lead + "&size=100",
                                "/api/v1/test-drives?leadId=" + lead + "&page=0&size=100",
                                "/api/v1/quotes?leadId=" + lead + "&size=100",
                                "/api/v1/orders?leadId=" + lead + "&size=100")));
    }

    String run(int count, Duration warmUp, Duration measure) throws Exception {
        String phone = "+86139" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
        Map<String, String> leads =
                Map.of("dealer-sh-01", createLead("li.wei", phone), "dealer-bj-02", createLead("wang.fang", phone));
        List<Staff> floor = floor(count, phone, leads);
        CountDownLatch signedIn = new CountDownLatch(floor.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (Staff s : floor) {
            Thread worker = new Thread(() -> {
                HttpClient browser = browser();
                try {
                    // one at a time, as staff arrive: Keycloak refuses a burst of logins of the same user
                    synchronized (ConsoleDay.class) {
                        signIn(browser, s.user());
                    }
                } catch (Exception e) {
                    failures.computeIfAbsent("sign-in " + s.user(), k -> new AtomicLong())
                            .incrementAndGet();
                    signedIn.countDown();
                    return;
                }
                signedIn.countDown();
                try {
                    go.await(); // the window is set: everybody starts clicking together
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < window[1]) {
                    for (Click click : s.day()) {
                        boolean counted = System.nanoTime() >= window[0];
                        click(browser, s.user(), click, counted);
                    }
                }
            });
            worker.start();
            threads.add(worker);
        }
        signedIn.await();
        window[0] = System.nanoTime() + warmUp.toNanos();
        window[1] = window[0] + measure.toNanos();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return report(floor, measure, firstLoad());
    }

    private void click(HttpClient browser, String user, Click click, boolean counted) {
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(URI.create(gateway + click.page()))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long pageTime = System.nanoTime() - t0;
            if (page.statusCode() != 200 || !page.body().contains("<main")) {
                fail(click.name() + " page " + page.statusCode());
                return;
            }
            long apiTime = 0;
            for (String call : click.api()) {
                long t1 = System.nanoTime();
                HttpResponse<String> api = browser.send(
                        HttpRequest.newBuilder(URI.create(gateway + call))
                                .header("Authorization", "Bearer " + tokens.of(user))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                apiTime += System.nanoTime() - t1;
                if (api.statusCode() != 200) {
                    fail(click.name() + " api " + api.statusCode());
                    return;
                }
            }
            if (counted) {
                pageNanos
                        .computeIfAbsent(click.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(pageTime);
                apiNanos.computeIfAbsent(click.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(apiTime);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // a refused token or a broken connection is a failure of the click, counted, not the end of the staff
            // member
            fail(click.name() + " " + e.getClass().getSimpleName());
        }
    }

    private void fail(String what) {
        failures.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    /**
     * A browser's cookie jar on localhost: Keycloak marks its cookies Secure, which a browser accepts on
     * http://localhost (a secure context) and Java's CookieManager would not send back over plain http.
     */
    static final class LocalhostCookies extends java.net.CookieHandler {
        private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return jar.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> plain = new LinkedHashMap<>();
            headers.forEach((k, v) -> plain.put(
                    k,
                    k != null && k.equalsIgnoreCase("Set-Cookie")
                            ? v.stream()
                                    .map(c -> c.replaceAll("(?i);\\s*Secure", ""))
                                    .toList()
                            : v));
            jar.put(uri, plain);
        }
    }

    /** HTTP/1.1 as a browser speaks to a local gateway (Java's client would otherwise try an h2c upgrade). */
    static HttpClient browser() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    /** Keycloak's login page, as a browser fills it in: the console then holds the session in its cookie. */
    void signIn(HttpClient browser, String user) throws IOException, InterruptedException {
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(gateway + "/console")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IOException("no login form at " + login.uri());
        }
        String action = form.group(1).replace("&amp;", "&");
        String body = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&credentialId=";
        HttpResponse<String> home = browser.send(
                HttpRequest.newBuilder(URI.create(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.uri().getPath().startsWith("/console")) {
            throw new IOException("signed in to " + home.uri() + " with " + home.statusCode());
        }
    }

    /** @return the new lead's id */
    private String createLead(String consultant, String phone) throws IOException, InterruptedException {
        HttpResponse<String> created = browser()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway + "/api/v1/leads"))
                                .header("Authorization", "Bearer " + tokens.of(consultant))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Console Bench\",\"phone\":\""
                                        + phone + "\",\"channel\":\"WALK_IN\",\"grade\":\"H\",\"consent\":true}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() >= 300) {
            throw new IOException("creating the bench's lead: " + created.statusCode() + " " + created.body());
        }
        java.util.regex.Matcher id =
                Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        if (!id.find()) {
            throw new IOException("the created lead has no id: " + created.body());
        }
        return id.group(1);
    }

    /** What a browser downloads the first time: a page, its stylesheets and scripts, as sent (compressed). */
    record Weight(String page, Map<String, long[]> parts) {
        long sent() {
            return parts.values().stream().mapToLong(p -> p[0]).sum();
        }

        long plain() {
            return parts.values().stream().mapToLong(p -> p[1]).sum();
        }
    }

    private static final Pattern ASSET =
            Pattern.compile("<(?:script[^>]*\\ssrc|link[^>]*rel=\"stylesheet\"[^>]*\\shref)=\"([^\"]+)\"");

    Weight firstLoad() throws IOException, InterruptedException {
        HttpClient browser = browser();
        signIn(browser, "li.wei");
        String page = "/console/prospects";
        Map<String, long[]> parts = new LinkedHashMap<>();
        String html = fetch(browser, page, parts);
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(m.group(1).replace("&amp;", "&"));
        }
        for (String asset : assets) {
            fetch(browser, asset, parts);
        }
        return new Weight(page, parts);
    }

    private String fetch(HttpClient browser, String path, Map<String, long[]> parts)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> r = browser.send(
                HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : gateway + path))
                        .header("Accept-Encoding", "gzip")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] plain = r.body();
        boolean gzip = r.headers()
                .firstValue("Content-Encoding")
                .map(e -> e.equalsIgnoreCase("gzip"))
                .orElse(false);
        if (gzip) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                plain = out.toByteArray();
            }
        }
        parts.put(path + (gzip ? " (gzip)" : " (not compressed)"), new long[] {r.body().length, plain.length});
        return new String(plain, StandardCharsets.UTF_8);
    }

    private String report(List<Staff> floor, Duration measure, Weight weight) {
        StringBuilder out = new StringBuilder();
        out.append("### The console: ").append(floor.size()).append(" staff clicking through their day at once\n\n");
        out.append(
                        "Closed loop, each staff member signed in through Keycloak's login page and clicking without pause for ")
                .append(measure.toSeconds())
                .append(" s (after a warm-up); load average before: ")
                .append(loadAverage())
                .append(". Server time is from the request sent to the last byte read, through the gateway.\n\n");
        out.append(
                "| click | pages | page p50 ms | page p95 ms | API calls per page | those calls p50 ms | p95 ms | page / API (p50) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        long total = 0;
        for (var e : pageNanos.entrySet()) {
            List<Long> pages = sorted(e.getValue());
            List<Long> apis = sorted(apiNanos.get(e.getKey()));
            int calls = floor.stream()
                    .flatMap(s -> s.day().stream())
                    .filter(c -> c.name().equals(e.getKey()))
                    .findFirst()
                    .map(c -> c.api().size())
                    .orElse(0);
            total += pages.size();
            out.append(String.format(
                    "| %s | %d | %.1f | %.1f | %d | %.1f | %.1f | %.2f |%n",
                    e.getKey(),
                    pages.size(),
                    ms(pct(pages, 50)),
                    ms(pct(pages, 95)),
                    calls,
                    ms(pct(apis, 50)),
                    ms(pct(apis, 95)),
                    (double) pct(pages, 50) / Math.max(1, pct(apis, 50))));
        }
        out.append(String.format(
                "%n%d pages in %d s (%.1f pages/s); failures: %s%n%n",
                total,
                measure.toSeconds(),
                total / (double) measure.toSeconds(),
                failures.isEmpty() ? "none" : failures));
        out.append("### First load of the console (").append(weight.page()).append(", signed in)\n\n");
        out.append("| what | bytes sent | bytes unpacked |\n|---|---:|---:|\n");
        weight.parts().forEach((k, v) -> out.append(String.format("| %s | %,d | %,d |%n", k, v[0], v[1])));
        out.append(String.format(
                "| **all** | **%,d** (%.1f KB; goal under 150 KB) | %,d |%n",
                weight.sent(), weight.sent() / 1024.0, weight.plain()));
        return out.toString();
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values == null ? List.of() : values);
        Collections.sort(copy);
        return copy;
    }

    private static long pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
                    + Files.readString(Path.of("/proc/loadavg")).split(" ")[1];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
