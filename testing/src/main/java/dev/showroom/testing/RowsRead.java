package dev.showroom.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many rows of a table a statement reads, by PostgreSQL's own count ({@code EXPLAIN ANALYZE}: each scan's rows
 * returned and removed by its filter): whether a look-up reads the rows it is about or the table's whole history,
 * asserted as a count rather than timed. The statement is run. It is written as the application writes it, with JPA's
 * {@code ?1}-style parameters.
 */
public final class RowsRead {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private RowsRead() {}

    /**
     * The rows of {@code table} that {@code sql} reads, on the caller's connection (in its transaction, seeing what it
     * wrote).
     */
    public static long of(Connection c, String table, String sql, Object... parameters) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            Object value = parameters[Integer.parseInt(m.group(1)) - 1];
            m.appendReplacement(jdbc, "?");
            values.add(value instanceof Instant at ? Timestamp.from(at) : value);
        }
        m.appendTail(jdbc);
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, format json) " + jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return read(JSON.readTree(rs.getString(1)).get(0).get("Plan"), table);
            } catch (IOException e) {
                throw new IllegalStateException("EXPLAIN's JSON", e);
            }
        }
    }

    /**
     * The rows of {@code table} that the transaction of {@code em} has read so far (by sequential scans and fetched
     * through indexes), by PostgreSQL's count for the transaction itself ({@code pg_stat_xact_user_tables}): taken
     * before and after some work, what that work read, however many statements it made.
     */
    public static long inTransaction(EntityManager em, String table) {
        Object[] row = (Object[])
                em.createNativeQuery("select coalesce(sum(seq_tup_read), 0), coalesce(sum(idx_tup_fetch), 0) "
                                + "from pg_stat_xact_user_tables where relname = ?1")
                        .setParameter(1, table)
                        .getSingleResult();
        return ((Number) row[0]).longValue() + ((Number) row[1]).longValue();
    }

    private static long read(JsonNode plan, String table) {
        long rows = 0;
        if (table.equals(plan.path("Relation Name").asText())) {
            long loops = Math.max(1, plan.path("Actual Loops").asLong());
            rows += (plan.path("Actual Rows").asLong()
                            + plan.path("Rows Removed by Filter").asLong()
                            + plan.path("Rows Removed by Index Recheck").asLong())
                    * loops;
        }
        for (JsonNode child : plan.path("Plans")) {
            rows += read(child, table);
        }
        return rows;
    }
}
