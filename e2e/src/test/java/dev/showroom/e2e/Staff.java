package dev.showroom.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests as a demo user of the realm, with that user's real Keycloak token. */
final class Staff {

    private record Token(String value, Instant expires) {}

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

    private Staff() {}

    static RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A create, with the Idempotency-Key a mobile client would send. */
    static RequestSpecification creating(String user) {
        return as(user).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A trim, colour or option of a model, as the catalogue takes it. */
    static Map<String, String> item(String code, String name) {
        return Map.of("code", code, "name", name);
    }

    /** The manager adds a model with one trim and one colour (and the options given) to their dealer's catalogue. */
    static void addModel(
            String manager,
            String code,
            String name,
            Map<String, String> trim,
            Map<String, String> colour,
            List<Map<String, String>> options) {
        creating(manager)
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        name,
                        "trims",
                        List.of(trim),
                        "colours",
                        List.of(colour),
                        "options",
                        options))
                .post("/api/v1/catalogue/models")
                .then()
                .statusCode(201);
    }

    /**
     * An update that requires If-Match (docs/api.md: gradeLead, decideQuote, updateNeedsAnalysis): the ETag of the
     * resource at {@code path} as the user reads it now.
     */
    static RequestSpecification updating(String user, String path) {
        String etag = as(user).get(path).then().statusCode(200).extract().header("ETag");
        return as(user).header("If-Match", etag);
    }

    /** The user's access token, fetched again a minute before it expires (a whole e2e run outlasts one). */
    static String token(String user) {
        return TOKENS.compute(
                        user,
                        (u, t) -> t != null && t.expires().isAfter(Instant.now().plusSeconds(60)) ? t : fresh(u))
                .value();
    }

    private static Token fresh(String user) {
        String value = TestSuite.token(user);
        return new Token(value, Instant.ofEpochSecond(claim(value, EXP)));
    }

    private static long claim(String jwt, Pattern pattern) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = pattern.matcher(payload);
        return m.find() ? Long.parseLong(m.group(1)) : 0L;
    }
}
