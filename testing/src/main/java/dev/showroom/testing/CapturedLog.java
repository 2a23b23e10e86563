package dev.showroom.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The messages one log category (and those below it) writes at a level or above while this is open, with their
 * parameters filled in: for tests that assert what a log line says, or that none is written.
 *
 * <pre>{@code try (CapturedLog log = CapturedLog.of("io.agroal.pool", Level.WARNING)) { ...; assertEquals(List.of(), log.messages()); }}</pre>
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler handler;

    private CapturedLog(String category, Level least) {
        this.logger = Logger.getLogger(category);
        SimpleFormatter format = new SimpleFormatter();
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= least.intValue()) {
                    messages.add(format.formatMessage(record));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
    }

    public static CapturedLog of(String category, Level least) {
        return new CapturedLog(category, least);
    }

    /** What was logged so far, in order (a copy). */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
