package dev.showroom.platform.persistence;

import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * What the statements of the effects of a batch (EventInbox.applyAll) wrote round Hibernate: an {@code update},
 * {@code delete} or {@code merge}, an upsert ({@code … do update}), prepared through Hibernate (HQL or native) while
 * the session was not flushing. Such a statement leaves the entities the session holds as they were, though their rows
 * changed: a lead's copy that an earlier effect of the batch loaded and a later effect finds again must not be one of
 * them. The persistence unit's statement inspector ({@link dev.showroom.platform.tenancy.DealerStatements}) shows
 * every statement to {@link #inspect}; outside a watch (every request, every event applied alone) it costs one
 * thread-local read.
 *
 * <p>A statement that changes rows is looked at: whether it names a table of the lead copies (a whole word of its
 * text: the table is named wherever a statement changes it, and no trigger or foreign key of these tables changes
 * another). While copies loaded by an earlier effect are kept ({@link Watch#carrying}), such a statement naming their
 * table fails: the batch is rolled back and applied one event at a time, each in a transaction of its own.
 * Statements written on the connection itself ({@code Session.doWork}: the inbox's, the outbox's, visit-service's
 * invitations) are inserts of new rows and are not seen.
 */
public final class EffectStatements {

    private static final ThreadLocal<Watch> WATCH = new ThreadLocal<>();

    private EffectStatements() {}

    /** A batch's effects being applied on this thread, in {@code session}. */
    public static final class Watch implements AutoCloseable {
        private final SharedSessionContractImplementor session;
        private final Set<String> copyTables;
        private boolean carrying;
        private boolean namedCopies;
        private BooleanSupplier unwritten = () -> false;

        private Watch(SharedSessionContractImplementor session, Set<String> copyTables) {
            this.session = session;
            this.copyTables = copyTables;
        }

        /** Copies loaded by an earlier effect are kept into the next one (or not, after a clear). */
        public void carrying(boolean carrying) {
            this.carrying = carrying;
        }

        /**
         * Whether a new lead copy waits to be written (LeadCopy.lookUpTogether): until it is, a statement that names a
         * table of the copies, whatever it does, would not see it, and fails.
         */
        public void unwritten(BooleanSupplier unwritten) {
            this.unwritten = unwritten;
        }

        /** Whether such a statement since the last call named a table of the lead copies; the note starts again. */
        public boolean namedCopies() {
            boolean named = namedCopies;
            namedCopies = false;
            return named;
        }

        @Override
        public void close() {
            WATCH.remove();
        }
    }

    /** Watches the statements of this thread in {@code session} until closed; {@code copyTables} in lower case. */
    public static Watch watch(SharedSessionContractImplementor session, Set<String> copyTables) {
        Watch watch = new Watch(session, copyTables);
        WATCH.set(watch);
        return watch;
    }

    /** Every statement the persistence unit prepares, before it is prepared. */
    public static void inspect(String sql) {
        Watch watch = WATCH.get();
        if (watch == null || watch.session.getPersistenceContextInternal().isFlushing()) {
            return;
        }
        if (watch.unwritten.getAsBoolean()) {
            String lower = sql.toLowerCase(Locale.ROOT);
            for (String table : watch.copyTables) {
                if (names(lower, table)) {
                    throw new CopiesWouldGoStale(table, sql, "before a new copy of the batch was written");
                }
            }
        }
        if (!changesRows(sql)) {
            return;
        }
        String lower = sql.toLowerCase(Locale.ROOT);
        for (String table : watch.copyTables) {
            if (names(lower, table)) {
                if (watch.carrying) {
                    throw new CopiesWouldGoStale(table, sql);
                }
                watch.namedCopies = true;
            }
        }
    }

    /** An update, delete or merge (a {@code with} holding one), or an insert that updates on conflict. */
    static boolean changesRows(String sql) {
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        if (startsWith(sql, i, "update") || startsWith(sql, i, "delete") || startsWith(sql, i, "merge")) {
            return true;
        }
        if (startsWith(sql, i, "with")) {
            String lower = sql.toLowerCase(Locale.ROOT);
            return lower.contains("update") || lower.contains("delete") || lower.contains("merge");
        }
        if (startsWith(sql, i, "insert")) {
            return sql.toLowerCase(Locale.ROOT).contains("do update");
        }
        return false;
    }

    private static boolean startsWith(String sql, int at, String word) {
        return sql.regionMatches(true, at, word, 0, word.length());
    }

    /** {@code table} as a whole word of {@code sql} (both lower case). */
    static boolean names(String sql, String table) {
        for (int at = sql.indexOf(table); at >= 0; at = sql.indexOf(table, at + 1)) {
            int end = at + table.length();
            if ((at == 0 || !wordChar(sql.charAt(at - 1))) && (end == sql.length() || !wordChar(sql.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * A statement of an effect changed a table of the lead copies while copies loaded by an earlier effect of the
     * batch were kept: the batch is applied again one event at a time.
     */
    public static final class CopiesWouldGoStale extends IllegalStateException {
        CopiesWouldGoStale(String table, String sql) {
            super("a statement changes " + table + " while copies loaded by an earlier effect of the batch are kept "
                    + "(applying the batch one event at a time): " + sql);
        }

        CopiesWouldGoStale(String table, String sql, String when) {
            super("a statement names " + table + " " + when + " (applying the batch one event at a time): " + sql);
        }
    }
}
