package dev.showroom.platform.tenancy;

import dev.showroom.platform.persistence.EffectStatements;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Puts the current dealer into each statement Hibernate prepares from its (cached) SQL: {@link DealerOwned#MARKER}
 * becomes the dealer as a SQL string literal. A string compare per statement, no round trip to PostgreSQL, no state
 * on the pooled connection; the dealer is the one of the moment the statement runs.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class DealerStatements implements StatementInspector {

    @Override
    public String inspect(String sql) {
        EffectStatements.inspect(sql); // the batch's effects: what a statement changes round Hibernate
        if (sql.indexOf(DealerOwned.MARKER) < 0) {
            return sql;
        }
        return sql.replace(DealerOwned.MARKER, literal(CurrentDealer.current()));
    }

    /** The dealer as a PostgreSQL escape string literal: the same whatever standard_conforming_strings says. */
    static String literal(String dealer) {
        return "E'" + dealer.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
