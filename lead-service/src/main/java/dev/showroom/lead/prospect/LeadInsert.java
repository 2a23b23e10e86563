package dev.showroom.lead.prospect;

import dev.showroom.platform.tenancy.DealerOwned;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.NativeQuery;

/**
 * The insert of a new lead unless its dealer knows the phone already: {@code insert … on conflict (dealer_id, phone)
 * do nothing returning *}, the row that comes back mapped to a managed {@link Lead}. One statement instead of an
 * advisory lock, a lookup by phone and Hibernate's insert (docs/benchmarks.md, round six of the capture); a second
 * capture of the same phone at the same moment waits on the unique index for the first's commit and then inserts
 * nothing.
 *
 * <p>The columns and values are Hibernate's own for the entity: the statement is built once from its mapping (every
 * persistent attribute, the id and the version, each column as Hibernate names it) and each value is bound as the
 * attribute's Java type (an enum by its name: every enum of the lead is {@code @Enumerated(STRING)}, checked), so that a column added
 * to {@link Lead} is inserted here too. What a {@code persist} would have done besides is done here: the dealer is the
 * current one ({@link dev.showroom.platform.tenancy.DealerOwned}); the version is the entity's (0 for a new lead, as
 * Hibernate seeds it). {@code LeadInsertTest} compares a lead written this way with one written by Hibernate.
 */
final class LeadInsert {

    private record Column(String name, int stateIndex, Class<?> javaType) {}

    private record Statement(String sql, String idColumn, List<Column> columns) {}

    private static volatile Statement statement;

    private LeadInsert() {}

    /** The managed lead inserted now, or null when a lead of the current dealer has this phone (committed). */
    static Lead ifAbsent(EntityManager em, Lead lead) {
        DealerOwned.stampNew(lead);
        Statement s = statement(em);
        EntityPersister persister = persister(em);
        Object[] state = persister.getValues(lead);
        @SuppressWarnings("unchecked")
        NativeQuery<Lead> insert = em.createNativeQuery(s.sql(), Lead.class).unwrap(NativeQuery.class);
        insert.setParameter(1, lead.id);
        int position = 2;
        for (Column column : s.columns()) {
            Object value = state[column.stateIndex()];
            if (value instanceof Enum<?> e) {
                insert.setParameter(position++, e.name(), String.class); // @Enumerated(STRING): checked in build
            } else {
                @SuppressWarnings("unchecked")
                Class<Object> type = (Class<Object>) column.javaType();
                insert.setParameter(position++, value, type);
            }
        }
        List<Lead> inserted = insert.getResultList();
        return inserted.isEmpty() ? null : inserted.get(0);
    }

    private static EntityPersister persister(EntityManager em) {
        return em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(Lead.class);
    }

    private static Statement statement(EntityManager em) {
        Statement s = statement;
        if (s == null) {
            s = build(persister(em));
            statement = s;
        }
        return s;
    }

    /** The statement for the entity's mapping: the id, then each attribute's column, in the mapping's order. */
    static Statement build(EntityPersister persister) {
        List<String> ids = new ArrayList<>();
        persister
                .getIdentifierMapping()
                .forEachSelectable((i, selectable) -> ids.add(selectable.getSelectionExpression()));
        if (ids.size() != 1) {
            throw new IllegalStateException("Lead has one id column: " + ids);
        }
        List<Column> columns = new ArrayList<>();
        for (int a = 0; a < persister.getNumberOfAttributeMappings(); a++) {
            AttributeMapping attribute = persister.getAttributeMapping(a);
            if (attribute.getJdbcTypeCount() != 1) {
                throw new IllegalStateException("Lead." + attribute.getAttributeName()
                        + " is not one column: LeadInsert writes one column each");
            }
            JdbcMapping jdbc = attribute.getSingleJdbcMapping();
            Class<?> type = jdbc.getJavaTypeDescriptor().getJavaTypeClass();
            if (type.isEnum() && !jdbc.getJdbcType().isString()) {
                throw new IllegalStateException("Lead." + attribute.getAttributeName()
                        + " is an enum not written by name: LeadInsert writes names");
            }
            attribute.forEachSelectable((i, selectable) -> columns.add(
                    new Column(selectable.getSelectionExpression(), attribute.getStateArrayPosition(), type)));
        }
        StringBuilder names = new StringBuilder(ids.get(0));
        StringBuilder values = new StringBuilder("?1");
        for (int i = 0; i < columns.size(); i++) {
            names.append(", ").append(columns.get(i).name());
            values.append(", ?").append(i + 2);
        }
        String sql = "insert into lead (" + names + ") values (" + values + ") "
                + "on conflict (dealer_id, phone) do nothing returning *";
        return new Statement(sql, ids.get(0), List.copyOf(columns));
    }

    /** The column names the statement writes (the id first), for the test that compares it with the table. */
    static List<String> columns(EntityManager em) {
        Statement s = statement(em);
        List<String> names = new ArrayList<>();
        names.add(s.idColumn());
        s.columns().forEach(c -> names.add(c.name()));
        return names;
    }
}
