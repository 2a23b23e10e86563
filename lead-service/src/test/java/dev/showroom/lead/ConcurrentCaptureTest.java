package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.testing.Postgres;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two captures of the same person at the same moment (two receptionists, a form and a phone call): the
 * second caller gets the lead the first created, merged, as it would a moment later; never a 409 naming
 * the unique index on the phone.
 */
@QuarkusTest
class ConcurrentCaptureTest {

    private static final int ROUNDS = 25;

    @Test
    void twoCapturesOfOnePhoneAtOnceMergeIntoOneLead() throws Exception {
        consultants(MANAGER, "li.wei");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String phone = mobile();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
                for (String token : new String[] {MANAGER, consultant("li.wei")}) {
                    answers.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return create(
                                        token,
                                        Map.of(
                                                "name",
                                                "Twice Captured",
                                                "phone",
                                                phone,
                                                "channel",
                                                "WALK_IN",
                                                "consultantId",
                                                "li.wei"))
                                .extract();
                    }));
                }
                var first = answers.get(0).get(30, TimeUnit.SECONDS);
                var second = answers.get(1).get(30, TimeUnit.SECONDS);
                List<Integer> statuses = List.of(first.statusCode(), second.statusCode());
                assertTrue(
                        statuses.contains(201) && (statuses.contains(200)),
                        "one created (201), the other merged (200); got " + first.statusCode() + " "
                                + first.body().asString() + " / " + second.statusCode() + " "
                                + second.body().asString());
                assertEquals(first.<String>path("id"), second.<String>path("id"), "the same lead, round " + round);
                try (var c = Postgres.get().connect();
                        var ps = c.prepareStatement(
                                "select (select count(*) from lead where phone = ?), (select count(*) from lead_contact c "
                                        + "join lead l on l.id = c.lead_id where l.phone = ?)")) {
                    ps.setString(1, e164(phone));
                    ps.setString(2, e164(phone));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(1, rs.getInt(1), "one person, one lead");
                        assertEquals(2, rs.getInt(2), "both contacts recorded");
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
