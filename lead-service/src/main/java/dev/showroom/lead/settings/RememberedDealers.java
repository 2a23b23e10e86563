package dev.showroom.lead.settings;

import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.dealer.DealerRows;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What a capture reads of its dealer (the follow-up cadence of {@link LeadSettings}, the phone region and time zone
 * of {@link DealerProfile}), kept in memory instead of read on every capture (two or three queries each). A change
 * of either ({@link #changing}, in the changing transaction) forgets the dealer here after the transaction ends and,
 * through PostgreSQL's {@code NOTIFY} (delivered on commit to every replica of lead-service that listens on the
 * channel), in every other replica. Until this replica listens (at start, after a lost connection) nothing is kept:
 * every read goes to the database, as before. lead-service owns both rows, so these are the only writers.
 */
@ApplicationScoped
public class RememberedDealers {

    /** The copy a capture reads; {@code settings} is a detached copy nobody changes. */
    public record Facts(LeadSettings settings, String region, ZoneId zone) {}

    static final String CHANNEL = "lead_dealer_changed";
    private static final Logger LOG = Logger.getLogger(RememberedDealers.class);
    /** Marks a transaction that changes a dealer's rows: its own reads bypass (and never fill) the memory. */
    private static final Object CHANGING = new Object();

    private final Map<String, Facts> remembered = new ConcurrentHashMap<>();
    /** Bumped by every forgetting: a read that began before it does not store what it read. */
    private final AtomicLong generation = new AtomicLong();

    private volatile boolean listening;
    private volatile boolean stopped;
    private volatile Connection connection;
    private Thread listener;

    @Inject
    DealerRows rows;

    @Inject
    DealerProfiles profiles;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "showroom.lead.remember-dealers", defaultValue = "true")
    boolean enabled;

    public Facts of(String dealerId) {
        boolean usable = listening && !changingInThisTransaction(dealerId);
        if (usable) {
            Facts known = remembered.get(dealerId);
            if (known != null) {
                return known;
            }
        }
        long before = generation.get();
        Facts read = read(dealerId);
        if (usable) {
            remembered.compute(dealerId, (k, v) -> generation.get() == before && listening ? read : v);
        }
        return read;
    }

    private Facts read(String dealerId) {
        LeadSettings stored = rows.read(LeadSettings.class, dealerId, LeadSettings::defaults);
        LeadSettings copy = LeadSettings.defaults(dealerId);
        copy.cadenceHDays = stored.cadenceHDays;
        copy.cadenceADays = stored.cadenceADays;
        copy.cadenceBDays = stored.cadenceBDays;
        copy.cadenceCDays = stored.cadenceCDays;
        copy.firstFollowUpDays = stored.firstFollowUpDays;
        copy.responseLimitMinutes = stored.responseLimitMinutes;
        copy.version = stored.version;
        DealerProfile profile = profiles.of(dealerId);
        return new Facts(copy, profile.region, profile.zone());
    }

    /**
     * Called in the transaction that changes the dealer's settings or profile: every replica forgets the dealer once
     * it has committed ({@code NOTIFY} is sent on commit only), this one as soon as it has ended either way.
     */
    public void changing(String dealerId) {
        em.createNativeQuery("select 1 from pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, dealerId)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        Set<String> dealers = (Set<String>) transaction.getResource(CHANGING);
        if (dealers == null) {
            dealers = new HashSet<>();
            transaction.putResource(CHANGING, dealers);
            Set<String> changed = dealers;
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    changed.forEach(RememberedDealers.this::forget);
                }
            });
        }
        dealers.add(dealerId);
        forget(dealerId);
    }

    private boolean changingInThisTransaction(String dealerId) {
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Set<String> dealers = (Set<String>) transaction.getResource(CHANGING);
        return dealers != null && dealers.contains(dealerId);
    }

    void forget(String dealerId) {
        generation.incrementAndGet();
        remembered.remove(dealerId);
    }

    private void forgetAll() {
        generation.incrementAndGet();
        remembered.clear();
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        listener = new Thread(this::listen, "dealer-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        listening = false;
        closeQuietly();
    }

    /** One connection of its own, LISTENing; waits for notifications (and checks the connection once a minute). */
    private void listen() {
        while (!stopped) {
            try {
                Properties props = new Properties();
                user.ifPresent(u -> props.setProperty("user", u));
                password.ifPresent(p -> props.setProperty("password", p));
                props.setProperty("ApplicationName", "lead-service dealer-changes");
                props.setProperty("tcpKeepAlive", "true");
                connection = new org.postgresql.Driver().connect(url, props);
                try (Statement s = connection.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                forgetAll(); // whatever was kept before this LISTEN may have missed a change
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] changes = pg.getNotifications(60_000);
                    if (changes == null || changes.length == 0) {
                        if (!connection.isValid(10)) {
                            throw new SQLException("the listening connection is no longer valid");
                        }
                        continue;
                    }
                    for (PGNotification change : changes) {
                        forget(change.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                forgetAll();
                closeQuietly();
                if (stopped) {
                    return;
                }
                LOG.warnf("not listening for dealer changes (reading them from the database meanwhile): %s", e);
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }

    /** For tests: whether this replica keeps dealers in memory now. */
    boolean listening() {
        return listening;
    }
}
