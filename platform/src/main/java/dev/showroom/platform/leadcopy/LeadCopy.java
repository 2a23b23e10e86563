package dev.showroom.platform.leadcopy;

import dev.showroom.platform.persistence.InsertIfAbsent;
import dev.showroom.platform.tenancy.CurrentDealer;
import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * A service's local copy of a prospect of lead-service (DESIGN.md: never fetched synchronously), the one
 * way every service keeps it. The rules, whatever order events arrive in:
 * <ul>
 * <li>keyed by dealer and lead: an event of one dealer never touches another dealer's copy of the same
 * lead id (a forged or mistaken event makes its own row, in its own dealer);</li>
 * <li>the newest assignment wins, by the time the event says it was made (not by arrival): a late
 * lead.created does not undo a later lead.assigned;</li>
 * <li>the name and phone come from the compacted topic lead.contact only (no domain event carries them,
 * docs/reliability.md item 11);</li>
 * <li>an erased person stays erased: the row is kept as the erasure's marker, and no late event brings the
 * name or phone back;</li>
 * <li>applying the same event again changes nothing.</li>
 * </ul>
 * A service's entity extends this and adds only the columns it needs; its table has the columns below
 * with the primary key (dealer_id, lead_id) and {@code version bigint not null default 0}.
 */
@MappedSuperclass
@EntityListeners(DealerOwned.class)
@IdClass(LeadCopy.Key.class)
public abstract class LeadCopy extends PanacheEntityBase {

    @Id
    public String dealerId;

    @Id
    public UUID leadId;

    public String name;
    /** E.164, as lead-service normalised it. */
    public String phone;

    public String consultantId;
    /** When the assignment {@link #consultantId} comes from was made; an older one never replaces it. */
    public Instant assignedAt;
    /** Set once the customer asked to be erased: name and phone are gone and never come back. */
    public Instant erasedAt;
    /** Two consumers writing one copy at once: the second is retried by the inbox and sees the first. */
    @Version
    public long version;

    public boolean erased() {
        return erasedAt != null;
    }

    /** lead.created: the assignment made with the lead (if any). The contact comes from lead.contact. */
    public void created(String consultantId, Instant at) {
        assigned(consultantId, at);
    }

    /**
     * The contact as lead.contact carries it (kept unless the person was erased; an absent value keeps what is
     * known). lead.contact is a topic of its own, read independently of lead.created: either may come first.
     */
    public void contact(String name, String phone) {
        if (erased()) {
            return;
        }
        if (name != null) {
            this.name = name;
        }
        if (phone != null) {
            this.phone = phone;
        }
    }

    /**
     * An assignment made at {@code at}: it replaces the one known unless that one is newer.
     *
     * @return true if it is now the copy's assignment
     */
    public boolean assigned(String consultantId, Instant at) {
        if (consultantId == null || consultantId.isBlank()) {
            return false;
        }
        if (assignedAt != null && (at == null || at.isBefore(assignedAt))) {
            return false;
        }
        this.consultantId = consultantId;
        this.assignedAt = at;
        return true;
    }

    /** A consultant named by an event that does not assign (a test drive, a defeat): only fills a gap. */
    public void consultantIfUnknown(String consultantId, Instant at) {
        if (this.consultantId == null) {
            assigned(consultantId, at);
        }
    }

    /** The right to be forgotten: the contact goes; the row stays as the marker that keeps it gone. */
    public void erase(Instant at) {
        name = null;
        phone = null;
        if (erasedAt == null) {
            erasedAt = at;
        }
    }

    /** The caller's dealer's copy of the lead, or null when this service has not heard of it. */
    public static <T extends LeadCopy> T find(EntityManager em, Class<T> type, UUID leadId) {
        Key key = new Key(CurrentDealer.current(), leadId);
        T unwritten = madeInThisBatch(type, key);
        return unwritten != null ? unwritten : em.find(type, key);
    }

    /**
     * The caller's dealer's copy of the lead, created empty (then {@code whenNew} runs on it) when there is
     * none. Two consumers meeting a new lead at once: insert-if-absent lets the second wait for the first's
     * row and use it, instead of failing on the primary key. The new copy is written from the entity and made managed
     * as written ({@link InsertIfAbsent}): no lookup after the insert, and none of the per-call work of a native
     * query mapped to the entity, a third of order- and aftersales-service's CPU for a capture's events
     * (docs/benchmarks.md, round seven of the capture).
     */
    public static <T extends LeadCopy> T findOrCreate(
            EntityManager em, Class<T> type, UUID leadId, Consumer<? super T> whenNew) {
        Objects.requireNonNull(leadId, "leadId");
        Key key = new Key(CurrentDealer.current(), leadId);
        T fresh = unwritten(type, key, whenNew);
        if (fresh != null) {
            return fresh;
        }
        T copy = em.find(type, key);
        if (copy != null) {
            return copy;
        }
        return insertOrFind(em, type, key, whenNew);
    }

    /**
     * As {@link #findOrCreate}, for the event that announces a new lead (lead.created, or lead.contact in a service
     * that keeps no other lead event): the insert is tried before any lookup, so that a new lead's copy costs one
     * statement instead of a lookup that finds nothing and the insert; a copy the session holds (an earlier effect of
     * the batch made it) costs none, and one already in the table the insert that inserts nothing and the lookup.
     */
    public static <T extends LeadCopy> T createOrFind(
            EntityManager em, Class<T> type, UUID leadId, Consumer<? super T> whenNew) {
        Objects.requireNonNull(leadId, "leadId");
        Key key = new Key(CurrentDealer.current(), leadId);
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        Object held = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(key, persister));
        if (held != null) {
            return type.cast(held);
        }
        T fresh = unwritten(type, key, whenNew);
        if (fresh != null) {
            return fresh;
        }
        return insertOrFind(em, type, key, whenNew);
    }

    /** What {@link #lookUpTogether} learnt of a batch's copies, on the thread applying its effects. */
    private static final ThreadLocal<LookUp> BATCH = new ThreadLocal<>();

    /**
     * A new copy for {@code key} when a look-up of the batch found none: made once, then the same object until it is
     * written; null when the look-up did not ask for this lead (or there is none). The copy is written by
     * {@link LookUp#writeNew} after the lead's last effect of the batch, with what all of them changed: one insert.
     * One that another consumer inserts meanwhile makes the flush fail on the primary key: the batch is rolled back
     * and its events applied one at a time, with {@link InsertIfAbsent} (EventDispatcher).
     */
    private static <T extends LeadCopy> T unwritten(Class<T> type, Key key, Consumer<? super T> whenNew) {
        T made = madeInThisBatch(type, key);
        if (made != null) {
            return made;
        }
        LookUp batch = BATCH.get();
        if (batch == null || !batch.absent.getOrDefault(type, Set.of()).remove(key)) {
            return null;
        }
        T created = newCopy(type);
        created.dealerId = key.dealerId;
        created.leadId = key.leadId;
        whenNew.accept(created);
        batch.unwritten.put(new Made(type, key), created);
        return created;
    }

    /** The new copy a batch's effect made for {@code key} and that is not written yet, or null. */
    private static <T extends LeadCopy> T madeInThisBatch(Class<T> type, Key key) {
        LookUp batch = BATCH.get();
        return batch == null ? null : type.cast(batch.unwritten.get(new Made(type, key)));
    }

    /**
     * The caller's dealer's copies of these leads, of each type, loaded into the session in one statement per type,
     * for the effects of a batch (EventInbox): a lead whose events the batch holds several of finds its copy there
     * instead of each lead looking its own up, and a lead with none gets a new copy written once, after its last
     * effect, instead of inserted by the first and updated after the last (docs/benchmarks.md, round ten of the
     * capture). Until closed, on this thread.
     */
    public static LookUp lookUpTogether(
            EntityManager em, Collection<Class<? extends LeadCopy>> types, Collection<UUID> leadIds) {
        LookUp batch = new LookUp(em);
        if (leadIds.isEmpty() || types.isEmpty()) {
            return batch;
        }
        String dealer = CurrentDealer.current();
        for (Class<? extends LeadCopy> type : types) {
            Set<Key> missing = new HashSet<>();
            for (UUID lead : leadIds) {
                missing.add(new Key(dealer, lead));
            }
            for (LeadCopy found : em.createQuery(
                            "from " + em.getMetamodel().entity(type).getName()
                                    + " c where c.dealerId = ?1 and c.leadId in ?2",
                            type)
                    .setParameter(1, dealer)
                    .setParameter(2, leadIds)
                    .getResultList()) {
                missing.remove(new Key(found.dealerId, found.leadId));
            }
            batch.absent.put(type, missing);
        }
        BATCH.set(batch);
        return batch;
    }

    /** A new copy of a type, for a key. */
    private record Made(Class<?> type, Key key) {}

    /** The leads a batch's look-up found no copy of, and the new copies not written yet; forgotten when closed. */
    public static final class LookUp implements AutoCloseable {
        private final EntityManager em;
        private final Map<Class<?>, Set<Key>> absent = new HashMap<>();
        private final Map<Made, LeadCopy> unwritten = new HashMap<>();

        private LookUp(EntityManager em) {
            this.em = em;
        }

        /** Whether a new copy waits to be written: no statement may read its table until then. */
        public boolean holdsUnwritten() {
            return !unwritten.isEmpty();
        }

        /** The new copies handed out since the last call, persisted: the next flush inserts them as they are now. */
        public void writeNew() {
            if (!unwritten.isEmpty()) {
                unwritten.values().forEach(em::persist);
                unwritten.clear();
            }
        }

        @Override
        public void close() {
            if (BATCH.get() == this) {
                BATCH.remove();
            }
        }
    }

    /** A new copy inserted (then managed), or the row another consumer inserted first, once it committed. */
    private static <T extends LeadCopy> T insertOrFind(
            EntityManager em, Class<T> type, Key key, Consumer<? super T> whenNew) {
        T created = newCopy(type);
        created.dealerId = key.dealerId;
        created.leadId = key.leadId;
        whenNew.accept(created);
        if (InsertIfAbsent.insert(em, created, KEY_COLUMNS)) {
            return created;
        }
        return em.find(type, key);
    }

    /** The copy tables' primary key. */
    private static final String KEY_COLUMNS = "dealer_id, lead_id";

    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no constructor without arguments", e);
            }
        }
    };

    private static <T extends LeadCopy> T newCopy(Class<T> type) {
        try {
            return type.cast(CONSTRUCTORS.get(type).newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    /** The primary key: the dealer and the lead. */
    public static class Key implements Serializable {
        public String dealerId;
        public UUID leadId;

        public Key() {}

        public Key(String dealerId, UUID leadId) {
            this.dealerId = dealerId;
            this.leadId = leadId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(dealerId, k.dealerId) && Objects.equals(leadId, k.leadId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dealerId, leadId);
        }
    }
}
