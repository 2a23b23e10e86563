package dev.showroom.platform.tenancy;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import org.hibernate.PropertyValueException;
import org.hibernate.annotations.SQLRestriction;

/**
 * A dealer's row: every entity with a {@code String dealerId} column carries
 * <pre>
 * &#64;SQLRestriction(DealerOwned.RESTRICTION)
 * &#64;EntityListeners(DealerOwned.class)
 * </pre>
 * and so is read, changed and deleted (finds, HQL queries, HQL updates and deletes) only for the current dealer
 * ({@link CurrentDealer#current()}), and written only with it:
 * <ul>
 * <li>{@link #RESTRICTION} is the same SQL for every dealer, so Hibernate keeps its query plans and loaders (with
 * discriminator multitenancy, its tenant filter was on in every session, and Hibernate 7 then built the SQL of
 * every query and find again on each execution). {@link DealerStatements} puts the dealer in when the statement
 * is prepared; a statement that somehow escaped it would compare with {@link #MARKER} and match no row.</li>
 * <li>A new row gets the current dealer; a row given another dealer, or moved to another one, is refused (as
 * Hibernate's {@code @TenantId} refused it).</li>
 * </ul>
 * Native SQL is not restricted: it names the dealer itself.
 */
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class DealerOwned {

    /** The literal {@link DealerStatements} replaces with the current dealer, quoted. */
    public static final String MARKER = "'<current-dealer>'";

    public static final String RESTRICTION = "dealer_id = " + MARKER;

    private static final ClassValue<Field> DEALER_ID = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField("dealerId");
                    field.setAccessible(true);
                    return field;
                } catch (NoSuchFieldException e) {
                    // its superclass, then
                }
            }
            throw new IllegalStateException(type.getName() + " has no dealerId");
        }
    };

    /** A new row gets the current dealer; one given another dealer is refused (a persist, or InsertIfAbsent). */
    @PrePersist
    void stamp(Object entity) throws IllegalAccessException {
        Field field = DEALER_ID.get(entity.getClass());
        String dealer = CurrentDealer.current();
        Object given = field.get(entity);
        if (given == null) {
            field.set(entity, dealer);
        } else if (!dealer.equals(given)) {
            throw differs(entity, given, dealer);
        }
    }

    @PreUpdate
    void check(Object entity) throws IllegalAccessException {
        Object given = DEALER_ID.get(entity.getClass()).get(entity);
        String dealer = CurrentDealer.current();
        if (!dealer.equals(given)) {
            throw differs(entity, given, dealer);
        }
    }

    private static PropertyValueException differs(Object entity, Object given, String dealer) {
        return new PropertyValueException(
                "assigned dealer differs from the current dealer [" + given + " != " + dealer + "]",
                entity.getClass().getName(),
                "dealerId");
    }
}
