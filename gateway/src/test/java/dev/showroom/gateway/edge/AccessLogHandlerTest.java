package dev.showroom.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

/**
 * The access log's batching handler: the same line as the console's pattern would write, nothing written until the
 * scheduled flush (one flush scheduled per batch, none while idle), whole lines only, and what is pending written at
 * close.
 */
class AccessLogHandlerTest {

    /** The console format of every application (platform-http's microprofile-config.properties). */
    static final String CONSOLE_FORMAT = "%d{HH:mm:ss,SSS} %-5p [%c{2.}] (%t) [cid=%X{correlationId}] %s%e%n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final AccessLogHandler handler = new AccessLogHandler(out, 250, scheduled::add, ZoneId.systemDefault());

    private static ExtLogRecord record(String message, Instant at, String cid) {
        ExtLogRecord record =
                new ExtLogRecord(Level.INFO, message, ExtLogRecord.FormatStyle.NO_FORMAT, AccessLog.class.getName());
        record.setLoggerName(AccessLog.CATEGORY);
        record.setInstant(at);
        if (cid != null) {
            record.putMdc("correlationId", cid);
        }
        return record;
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linesAreLaidOutAsTheConsolePatternLaysThemOut() {
        PatternFormatter console = new PatternFormatter(CONSOLE_FORMAT);
        Instant[] times = {
            Instant.parse("2026-12-05T16:04:05.007Z"),
            Instant.parse("2026-12-05T16:04:05.042Z"),
            Instant.parse("2026-12-05T23:59:59.999Z"),
            Instant.parse("2026-12-06T00:00:00.000Z"),
            Instant.now()
        };
        for (Instant at : times) {
            for (String cid : new String[] {null, "6f1c2d3e-0000-4000-8000-000000000001"}) {
                ExtLogRecord record = record("127.0.0.1 \"GET /api/v1/leads/42\" 200 512 3 ms cid=" + cid, at, cid);
                assertEquals(console.format(record), handler.format(record));
            }
        }
    }

    @Test
    void linesWaitForTheScheduledFlushAndGoOutTogether() {
        handler.publish(record("first", Instant.now(), "a"));
        handler.publish(record("second", Instant.now(), "b"));
        assertEquals("", written(), "nothing written before the flush");
        assertEquals(1, scheduled.size(), "one flush for the batch");

        scheduled.remove(0).run();
        String[] lines = written().split("\n", -1);
        assertEquals(3, lines.length, written());
        assertTrue(lines[0].endsWith("] first") && lines[1].endsWith("] second") && lines[2].isEmpty(), written());

        // idle: nothing scheduled until the next line
        assertEquals(0, scheduled.size());
        handler.publish(record("third", Instant.now(), "c"));
        assertEquals(1, scheduled.size());
        handler.close();
        assertTrue(written().endsWith("] third\n"), written());
    }

    @Test
    void aFullBufferIsWrittenAtOnceInWholeLines() {
        String message = "x".repeat(1000);
        int lines = AccessLogHandler.FLUSH_CHARS / 1000 + 1;
        for (int i = 0; i < lines; i++) {
            handler.publish(record(message, Instant.now(), null));
        }
        String written = written();
        assertTrue(written.length() >= AccessLogHandler.FLUSH_CHARS, "written before any timer: " + written.length());
        assertTrue(written.endsWith(message + "\n"), "whole lines only");
        assertEquals(1, scheduled.size(), "the batch's flush stays scheduled");
    }
}
