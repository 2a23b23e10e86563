package dev.showroom.lead.objection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.lead.prospect.Stage;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.RowsRead;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The open objections of a dealer (on every load of the manager's and a consultant's dashboard) are read without the
 * objections resolved long ago (at most the open ones, whatever other tests raised): before the index objection_open
 * the query read every objection the dealer ever had. Rows counted by PostgreSQL; the seeded objections are rolled
 * back.
 */
@QuarkusTest
class OpenObjectionsLookupTest {

    private static final String DEALER = "dealer-sh-01";
    private static final int HISTORY = 400;

    @Inject
    DataSource db;

    @Test
    void theOpenObjectionsAreReadWithoutTheResolvedOnes() throws Exception {
        String lead = given().auth()
                .oauth2(TestTokens.of("li.wei", DEALER, Roles.CONSULTANT))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Qian Lei",
                        "phone",
                        "139"
                                + String.format(
                                        "%08d", ThreadLocalRandom.current().nextInt(100_000_000)),
                        "channel",
                        "WALK_IN"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement history = c.prepareStatement("insert into objection (id, dealer_id, lead_id,"
                    + " raised_by, category, context, stage_at, objector_decides, genuine, only_reason_confirmed,"
                    + " commitment_obtained, resolved_at, resolved_by, raised_at, updated_at) select gen_random_uuid(),"
                    + " ?, ?, 'li.wei', 'PRICE', 'NEGOTIATION', 'QUOTED', true, 'TRUE_OBJECTION', true, true,"
                    + " now() - n * interval '1 day', 'li.wei', now() - n * interval '1 day', now()"
                    + " from generate_series(1, " + HISTORY + ") n")) {
                history.setString(1, DEALER);
                history.setObject(2, UUID.fromString(lead));
                history.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze objection");
            }
            long read =
                    RowsRead.of(c, "objection", ObjectionReportResource.openSql(false), DEALER, Stage.ORDERED.rank());
            long open;
            try (PreparedStatement count =
                    c.prepareStatement("select count(*) from objection where dealer_id = ? and resolved_at is null")) {
                count.setString(1, DEALER);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    open = rs.getLong(1); // raised by the module's other tests: the query must read those
                }
            }
            c.rollback();
            assertTrue(
                    read <= open, "objection rows read for the dealer's open objections: " + read + ", open: " + open);
        }
    }
}
