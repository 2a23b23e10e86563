package dev.showroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A real browser for the console's tests: Debian's headless Chromium ({@code /usr/bin/chromium}, no
 * browser download) driven by Playwright, one fresh context (cookies, language, viewport) per
 * {@link #open}. What every browser test needs: sign in through Keycloak's login page as a demo user of
 * the realm, take a screenshot into docs/images/, check the page with axe-core (no serious or critical
 * violation), and fail on any Content Security Policy violation the page caused.
 *
 * <pre>
 * try (Browser browser = Browser.open("zh-CN")) {
 *     browser.signIn("zhang.min");                 // lands on the user's first screen
 *     browser.go("/console/prospects");
 *     browser.assertAccessible();
 *     browser.screenshot("console-prospects.png");
 * }
 * </pre>
 */
final class Browser implements AutoCloseable {

    /** Tablet (the front desk's) and phone (a customer's) sizes. */
    static final int[] TABLET = {1180, 820};

    static final int[] PHONE = {390, 844};

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;
    private static String axe;

    final BrowserContext context;
    final Page page;
    private final List<String> cspViolations = new ArrayList<>();

    private Browser(BrowserContext context) {
        this.context = context;
        this.page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(message -> {
            // only this suite's pages (Keycloak's login page has a policy of its own)
            if (message.text().contains("Content Security Policy") && page.url().startsWith(TestSuite.gateway())) {
                cspViolations.add(message.text());
            }
        });
    }

    /** A tablet-sized browser whose preferred language is {@code locale} (zh-CN or en). */
    static Browser open(String locale) {
        return open(locale, TABLET);
    }

    static synchronized Browser open(String locale, int[] viewport) {
        if (chromium == null) {
            playwright = Playwright.create();
            chromium = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--no-first-run",
                                    "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::shutdown));
        }
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(locale)
                .setExtraHTTPHeaders(java.util.Map.of("Accept-Language", locale))
                .setViewportSize(viewport[0], viewport[1]));
        return new Browser(context);
    }

    static synchronized void shutdown() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            chromium = null;
        }
    }

    /** Opens a path of the gateway (the console and the customer pages are served through it). */
    Browser go(String path) {
        page.navigate(TestSuite.gateway() + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return this;
    }

    /**
     * Opens the console and signs in on Keycloak's login page as a demo user (password of the realm file),
     * then waits until the console shows the user's name.
     */
    Browser signIn(String user) {
        go("/console");
        signInHere(user);
        return this;
    }

    /** Fills Keycloak's login page that is open now, and waits to be back in the console. */
    Browser signInHere(String user) {
        page.waitForSelector("#username");
        page.fill("#username", user);
        page.fill("#password", dev.showroom.suite.Tokens.DEMO_PASSWORD);
        page.click("#kc-login");
        page.waitForURL(Pattern.compile(Pattern.quote(TestSuite.gateway()) + "/console.*"));
        page.waitForSelector("header .user");
        assertEquals(user, page.getAttribute("header .user", "data-username"));
        return this;
    }

    void signOut() {
        page.click("form.sign-out button");
        page.waitForURL(Pattern.compile(".*/console/signed-out.*"));
    }

    String path() {
        return java.net.URI.create(page.url()).getPath();
    }

    String text(String selector) {
        return page.textContent(selector).trim();
    }

    /** A screenshot of the whole page into docs/images/ (kept in the repository, shown in README.md). */
    void screenshot(String name) {
        Path root = Path.of(System.getProperty("showroom.root", ".."))
                .toAbsolutePath()
                .normalize();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(root.resolve("docs/images").resolve(name))
                .setFullPage(true));
    }

    /**
     * axe-core's serious and critical WCAG 2.1 A/AA violations, and text in the colour of its background: axe counts a
     * 1:1 contrast as "needs review" (it is often hidden on purpose), and the console's CSV buttons were white on white.
     */
    private static final String AXE_CHECK = """
            async () => {
              const r = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                resultTypes: ['violations', 'incomplete']});
              const nodes = list => list.map(n => n.target.join(' ')).slice(0, 5);
              const found = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: nodes(v.nodes)}));
              const unreadable = r.incomplete.filter(v => v.id === 'color-contrast').flatMap(v => v.nodes)
                .filter(n => n.any.some(c => c.data && (c.data.messageKey === 'equalRatio' || c.data.contrastRatio === 1)));
              if (unreadable.length) {
                found.push({id: 'color-contrast', impact: 'serious', help: 'text in the colour of its background',
                  nodes: nodes(unreadable)});
              }
              return JSON.stringify(found);
            }
            """;

    /**
     * axe-core (the webjar of the test classpath), evaluated in the page: no serious or critical WCAG 2.1 A/AA
     * violation and no text in the colour of its background ({@link #AXE_CHECK}); and no Content Security Policy
     * violation so far.
     */
    void assertAccessible() {
        page.evaluate(axeSource());
        String result = (String) page.evaluate(AXE_CHECK);
        assertEquals("[]", result, "axe-core on " + page.url());
        assertTrue(
                cspViolations.isEmpty(), "Content Security Policy violations on " + page.url() + ": " + cspViolations);
    }

    private static synchronized String axeSource() {
        if (axe == null) {
            String resource = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3")
                    + "/axe.min.js";
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the test classpath");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axe;
    }

    static void ensureImagesFolder() throws IOException {
        Path root = Path.of(System.getProperty("showroom.root", ".."))
                .toAbsolutePath()
                .normalize();
        Files.createDirectories(root.resolve("docs/images"));
    }

    @Override
    public void close() {
        context.close();
    }
}
