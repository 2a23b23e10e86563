package dev.showroom.gateway.edge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.logging.ErrorManager;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The access log's own handler (category {@code dev.showroom.gateway.access}, {@link AccessLog}): each line in the
 * console's layout of the suite ({@code %d{HH:mm:ss,SSS} %-5p [%c{2.}] (%t) [cid=%X{correlationId}] %s%n},
 * platform-http), written to standard output in batches: the lines of up to {@code delayMillis} (or 16 KiB) in one
 * write. Through the console handler every line was a pattern formatting and a flush (a write to the log file) of
 * its own: 9 % of the gateway's CPU under load (docs/benchmarks.md, "The gateway's reads", round four).
 *
 * <p>No timer runs while nothing is logged: the first line after a flush schedules the next flush. A line is never
 * cut (each write holds whole lines), and close (the application's stop) writes what is pending.
 */
final class AccessLogHandler extends ExtHandler {

    static final int FLUSH_CHARS = 16 * 1024;

    private final OutputStream out;
    private final long delayMillis;
    private final Consumer<Runnable> later;
    private final ZoneId zone;
    private final StringBuilder pending = new StringBuilder(FLUSH_CHARS + 512);
    private boolean scheduled;
    /** The "HH:mm:ss," of the last second formatted: lines of one second share it. */
    private volatile Second second = new Second(Long.MIN_VALUE, "");

    private record Second(long epochSecond, String text) {}

    /**
     * @param later runs a task after {@code delayMillis} (a Vert.x timer in the application)
     */
    AccessLogHandler(OutputStream out, long delayMillis, Consumer<Runnable> later, ZoneId zone) {
        this.out = out;
        this.delayMillis = delayMillis;
        this.later = later;
        this.zone = zone;
    }

    long delayMillis() {
        return delayMillis;
    }

    @Override
    protected void doPublish(ExtLogRecord record) {
        String line = format(record);
        boolean schedule = false;
        synchronized (this) {
            pending.append(line);
            if (pending.length() >= FLUSH_CHARS) {
                writePending();
            } else if (!scheduled) {
                scheduled = true;
                schedule = true;
            }
        }
        if (schedule) {
            later.accept(this::flush);
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            scheduled = false;
            writePending();
        }
    }

    @Override
    public void close() {
        flush();
    }

    private void writePending() {
        if (pending.isEmpty()) {
            return;
        }
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            reportError("access log not written", e, ErrorManager.WRITE_FAILURE);
        }
    }

    /** The line as the console's pattern lays it out (AccessLogHandlerTest compares the two). */
    String format(ExtLogRecord record) {
        Instant at = record.getInstant();
        long epochSecond = at.getEpochSecond();
        Second s = second;
        if (s.epochSecond() != epochSecond) {
            LocalTime time = LocalTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
            s = new Second(
                    epochSecond, two(time.getHour()) + ":" + two(time.getMinute()) + ":" + two(time.getSecond()) + ",");
            second = s;
        }
        int millis = at.getNano() / 1_000_000;
        Object cid = record.getMdc("correlationId");
        StringBuilder b = new StringBuilder(200);
        b.append(s.text());
        if (millis < 100) {
            b.append('0');
        }
        if (millis < 10) {
            b.append('0');
        }
        b.append(millis).append(' ');
        String level = record.getLevel().getName();
        b.append(level);
        for (int i = level.length(); i < 5; i++) {
            b.append(' ');
        }
        b.append(" [")
                .append(AccessLog.CATEGORY_SHORT)
                .append("] (")
                .append(record.getThreadName())
                .append(") [cid=");
        if (cid != null) {
            b.append(cid);
        }
        b.append("] ").append(record.getFormattedMessage()).append('\n');
        return b.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
