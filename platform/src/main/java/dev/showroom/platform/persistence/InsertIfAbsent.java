package dev.showroom.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.LockMode;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.ModelPart.JdbcValueConsumer;
import org.hibernate.metamodel.model.domain.NavigableRole;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.hibernate.type.descriptor.ValueBinder;

/**
 * A new entity inserted unless a row with the same unique key is there already ({@code insert … on conflict (key) do
 * nothing}), in one statement, and, when it was inserted, made managed as it is, with no second statement: what a
 * {@code persist} would have written and loaded. It stands in for a lookup followed by an insert where two writers
 * can meet on the key (a capture and another capture of the same phone; two events creating a lead's copy): the
 * second waits on the unique index for the first's commit and inserts nothing.
 *
 * <p>Why not a native query with {@code returning *} mapped to the entity (rounds five and six of the capture in
 * docs/benchmarks.md): Hibernate parsed the statement's parameters, read the result set's metadata and resolved the
 * mapping of its columns again on every call, more than half of lead-service's CPU for a capture's request and a
 * third of order- and aftersales-service's for applying its events (the profile of round seven). Here the statement
 * is built once per entity from Hibernate's own mapping (every column of the id and of each attribute, as Hibernate
 * names, converts and binds them, so a column added to the entity is written too), prepared through the session (the
 * statement inspector sees it, as it sees every statement), and the entity is registered with the state it was
 * written with, clean (no update at commit). The caller's entity must be complete: every column is written from it
 * (no database default applies), and it holds no collection, lazy attribute or generated value (refused when the
 * statement is built). It does not flush: the row must not depend on an entity still pending in the session.
 */
public final class InsertIfAbsent {

    /** The statement of an entity and unique key, and what it writes: the id's columns, then these attributes'. */
    private record Statement(
            String sql, EntityPersister persister, List<AttributeMapping> attributes, List<String> columns) {}

    private record Target(Class<?> type, String conflictKey) {}

    private static final Map<Target, Statement> STATEMENTS = new ConcurrentHashMap<>();

    private InsertIfAbsent() {}

    /**
     * Inserts {@code entity} (new, not in the session) unless its table has a row with the same {@code conflictKey}
     * (the columns of a unique index, as in {@code on conflict (…)}). Its JPA callbacks run as for a {@code persist}:
     * {@code @PrePersist} before the insert (the dealer's stamp, {@link dev.showroom.platform.tenancy.DealerOwned}),
     * {@code @PostPersist} once it was inserted.
     *
     * @return true if inserted: the entity is then managed and clean; false if the key was taken (the entity is left
     *     as it was, not in the session)
     */
    public static boolean insert(EntityManager em, Object entity, String conflictKey) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        Statement s = statement(session.getFactory(), entity.getClass(), conflictKey);
        EntityPersister persister = s.persister();
        CallbackRegistry callbacks = session.getFactory().getEventEngine().getCallbackRegistry();
        callbacks.preCreate(entity);
        Object id = persister.getIdentifier(entity, session);
        Object[] state = persister.getValues(entity);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement insert = jdbc.getStatementPreparer().prepareStatement(s.sql());
        int inserted;
        try {
            int[] position = {1};
            JdbcValueConsumer bind =
                    (i, value, column) -> bind(insert, position[0]++, value, column.getJdbcMapping(), session);
            persister.getIdentifierMapping().decompose(id, bind, session);
            for (AttributeMapping attribute : s.attributes()) {
                attribute.decompose(state[attribute.getStateArrayPosition()], bind, session);
            }
            inserted = jdbc.getResultSetReturn().executeUpdate(insert, s.sql());
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(insert);
            jdbc.afterStatementExecution();
        }
        if (inserted == 0) {
            return false;
        }
        managed(session, persister, entity, id, state);
        callbacks.postCreate(entity);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void bind(
            PreparedStatement statement, int position, Object value, JdbcMapping mapping, SessionImplementor session) {
        try {
            ((ValueBinder<Object>) mapping.getJdbcValueBinder()).bind(statement, value, position, session);
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "binding parameter " + position);
        }
    }

    /** The entity in the session as if loaded with the state just written (a snapshot of it, for the dirty check). */
    private static void managed(
            SessionImplementor session, EntityPersister persister, Object entity, Object id, Object[] state) {
        Type[] types = persister.getPropertyTypes();
        Object[] loaded = new Object[state.length];
        for (int i = 0; i < state.length; i++) {
            loaded[i] = types[i].deepCopy(state[i], session.getFactory());
        }
        EntityKey key = session.generateEntityKey(id, persister);
        session.getPersistenceContextInternal()
                .addEntity(
                        entity,
                        Status.MANAGED,
                        loaded,
                        key,
                        persister.getVersion(entity),
                        LockMode.WRITE,
                        true,
                        persister,
                        false);
        if (entity instanceof SelfDirtinessTracker tracker) {
            tracker.$$_hibernate_clearDirtyAttributes(); // its fields were set before the insert: none is dirty now
        }
    }

    private static Statement statement(SessionFactoryImplementor factory, Class<?> type, String conflictKey) {
        return STATEMENTS.computeIfAbsent(
                new Target(type, conflictKey),
                t -> build(factory.getMappingMetamodel().getEntityDescriptor(type), conflictKey));
    }

    /** The statement for the entity's mapping: the id's columns, then each attribute's, in the mapping's order. */
    static Statement build(EntityPersister persister, String conflictKey) {
        String entity = persister.getEntityName();
        if (persister.getTableNames().length != 1) {
            throw new IllegalStateException(entity + " is not in one table: InsertIfAbsent writes one");
        }
        if (persister
                        .getBytecodeEnhancementMetadata()
                        .getLazyAttributesMetadata()
                        .hasLazyAttributes()
                || persister.hasCollections()
                || persister.isVersionPropertyGenerated()
                || persister.hasInsertGeneratedProperties()) {
            throw new IllegalStateException(entity + " has a lazy, collection or generated attribute: "
                    + "InsertIfAbsent writes and registers plain columns only");
        }
        List<String> columns = new ArrayList<>();
        persister.getIdentifierMapping().forEachSelectable((i, column) -> columns.add(column.getSelectionExpression()));
        List<AttributeMapping> attributes = new ArrayList<>();
        boolean[] insertable = persister.getPropertyInsertability();
        for (int a = 0; a < persister.getNumberOfAttributeMappings(); a++) {
            AttributeMapping attribute = persister.getAttributeMapping(a);
            // the virtual attribute of an @IdClass id: its columns are the id's, written with it
            if (NavigableRole.IDENTIFIER_MAPPER_PROPERTY.equals(attribute.getAttributeName())) {
                continue;
            }
            attributes.add(attribute);
            if (!insertable[attribute.getStateArrayPosition()]) {
                throw new IllegalStateException(entity + "." + attribute.getAttributeName()
                        + " is not insertable: InsertIfAbsent writes every column");
            }
            attribute.forEachSelectable((i, column) -> {
                if (column.isFormula() || !column.isInsertable()) {
                    throw new IllegalStateException(entity + "." + attribute.getAttributeName()
                            + " is not a plain insertable column: InsertIfAbsent writes every column");
                }
                columns.add(column.getSelectionExpression());
            });
        }
        String sql = "insert into " + persister.getTableName() + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") on conflict ("
                + conflictKey + ") do nothing";
        return new Statement(sql, persister, List.copyOf(attributes), List.copyOf(columns));
    }

    /** The columns the statement writes, in order, for the tests that compare them with the table's. */
    public static List<String> columns(EntityManager em, Class<?> type, String conflictKey) {
        return statement(em.unwrap(SessionImplementor.class).getFactory(), type, conflictKey)
                .columns();
    }
}
