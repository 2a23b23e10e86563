package dev.showroom.lead.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A capture reads its dealer's settings and profile from memory; a change made here is seen at once, a change made by
 * another replica (a row changed and NOTIFY sent on commit, as {@link RememberedDealers#changing} does) as soon as
 * the notification arrives, and a row changed without it is not seen (what is read is the kept copy).
 */
@QuarkusTest
class RememberedDealersTest {

    @Inject
    RememberedDealers dealers;

    @BeforeEach
    void listening() throws InterruptedException {
        for (int i = 0; i < 200 && !dealers.listening(); i++) {
            Thread.sleep(50);
        }
        assertTrue(dealers.listening(), "the replica listens for dealer changes");
    }

    private RememberedDealers.Facts of(String dealer) {
        return QuarkusTransaction.requiringNew().call(() -> dealers.of(dealer));
    }

    private static void otherReplica(String sql, String dealer, boolean announce) {
        try (var c = Postgres.get().connect()) {
            c.setAutoCommit(false);
            try (var s = c.prepareStatement(sql)) {
                s.setString(1, dealer);
                s.executeUpdate();
            }
            if (announce) {
                try (var s = c.prepareStatement("select pg_notify('" + RememberedDealers.CHANNEL + "', ?)")) {
                    s.setString(1, dealer);
                    s.execute();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private RememberedDealers.Facts awaitChange(
            String dealer, java.util.function.Predicate<RememberedDealers.Facts> seen) throws InterruptedException {
        RememberedDealers.Facts facts = of(dealer);
        for (int i = 0; i < 200 && !seen.test(facts); i++) {
            Thread.sleep(50);
            facts = of(dealer);
        }
        return facts;
    }

    @Test
    void aChangeOfAnotherReplicaIsSeenOnceAnnouncedAndOnlyThen() throws Exception {
        String dealer = "dealer-remembered-" + System.nanoTime();
        assertEquals(2, of(dealer).settings().cadenceHDays); // the defaults, now kept
        assertEquals("CN", of(dealer).region());

        // a row nobody announced: the kept copy is what is read
        otherReplica(
                "insert into lead_settings (dealer_id, cadence_h_days, cadence_a_days, cadence_b_days,"
                        + " cadence_c_days, first_follow_up_days, response_limit_minutes, version)"
                        + " values (?, 5, 3, 7, 14, 1, 30, 1)",
                dealer,
                false);
        assertEquals(2, of(dealer).settings().cadenceHDays);

        // announced, as the other replica's change does
        otherReplica("update lead_settings set cadence_h_days = 6 where dealer_id = ?", dealer, true);
        assertEquals(6, awaitChange(dealer, f -> f.settings().cadenceHDays == 6).settings().cadenceHDays);

        otherReplica(
                "insert into dealer_profile (dealer_id, region, time_zone, currency, opening_hours, languages, version)"
                        + " values (?, 'GB', 'Europe/London', 'GBP', 'MONDAY 09:00-18:00', 'en-GB', 1)",
                dealer,
                true);
        RememberedDealers.Facts facts = awaitChange(dealer, f -> f.region().equals("GB"));
        assertEquals("GB", facts.region());
        assertEquals("Europe/London", facts.zone().getId());
    }

    @Test
    void aChangeMadeHereIsSeenAtOnce() {
        String dealer = "dealer-remembered-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        assertEquals(1, of(dealer).settings().firstFollowUpDays);
        RestAssured.given()
                .auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("cadenceDays", Map.of("H", 1, "A", 2, "B", 3, "C", 4), "firstFollowUpDays", 9))
                .put("/api/v1/leads/settings")
                .then()
                .statusCode(200);
        assertEquals(9, of(dealer).settings().firstFollowUpDays);
        assertEquals(1, of(dealer).settings().cadenceHDays);
    }

    @Test
    void aLeadIsCapturedAndReadWithTheKeptDealerNotAReadOfItsProfile() throws SQLException {
        String dealer = "dealer-remembered-" + System.nanoTime();
        String consultant = TestTokens.of("li.kept", dealer, Roles.CONSULTANT);
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String id = RestAssured.given()
                .auth()
                .oauth2(consultant)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Lu Lan", "phone", phone, "channel", "WALK_IN", "purchaseTimeframe", "THIS_MONTH"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // nobody can read the profile rows now: a view that read its dealer's profile (its time zone) again waits
        try (Connection c = Postgres.get().connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("lock table dealer_profile in access exclusive mode");
            }
            try {
                RestAssured.given()
                        .config(RestAssuredConfig.config()
                                .httpClient(
                                        HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 10_000)))
                        .auth()
                        .oauth2(consultant)
                        .get("/api/v1/leads/" + id)
                        .then()
                        .statusCode(200)
                        .body("id", org.hamcrest.Matchers.equalTo(id));
            } finally {
                c.rollback();
            }
        }
    }
}
