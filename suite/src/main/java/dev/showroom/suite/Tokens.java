package dev.showroom.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real access tokens from Keycloak: the password grant of the public client {@code showroom-cli}. */
public final class Tokens {

    public static final String CLIENT = "showroom-cli";
    /** The password of every demo user of the realm file. */
    public static final String DEMO_PASSWORD = "showroom";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String realmUrl;

    public Tokens(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    public String of(String user) {
        return of(user, DEMO_PASSWORD);
    }

    public String of(String user, String password) {
        String form =
                "grant_type=password&client_id=" + CLIENT + "&username=" + enc(user) + "&password=" + enc(password);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(tokenUrl()))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SuiteException("Keycloak refused a token for " + user + " (" + response.statusCode() + "): "
                        + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("access_token").asText();
        } catch (java.io.IOException e) {
            throw new SuiteException("cannot reach Keycloak at " + realmUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted");
        }
    }

    public String tokenUrl() {
        return realmUrl + "/protocol/openid-connect/token";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
