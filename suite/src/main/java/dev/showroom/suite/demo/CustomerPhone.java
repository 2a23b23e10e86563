package dev.showroom.suite.demo;

import dev.showroom.suite.Database;
import dev.showroom.suite.SuiteException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo customers' phones: a survey link is sent to the customer as a SURVEY_LINK message, whose token staff
 * never see (the history masks it), so the demo reads the message as the provider received it (aftersales-service's
 * database).
 */
final class CustomerPhone {

    private static final Pattern SURVEY_LINK = Pattern.compile("/survey/([A-Za-z0-9_-]+)");

    private final Function<String, Database.Admin> databases;

    CustomerPhone(Function<String, Database.Admin> databases) {
        this.databases = databases;
    }

    /** The token of the survey link last sent to the customer (lead id). */
    String surveyToken(String leadId) {
        Database.Admin db = databases.apply("aftersales");
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement ps = c.prepareStatement("select body from outgoing_message where lead_id = ?::uuid "
                        + "and kind = 'SURVEY_LINK' order by queued_at desc, id limit 1")) {
            ps.setString(1, leadId);
            try (ResultSet rs = ps.executeQuery()) {
                Matcher m = SURVEY_LINK.matcher(rs.next() ? rs.getString(1) : "");
                if (!m.find()) {
                    throw new SuiteException("no survey link was sent to customer " + leadId);
                }
                return m.group(1);
            }
        } catch (SQLException e) {
            throw new SuiteException("cannot read the customer's messages: " + e.getMessage(), e);
        }
    }
}
