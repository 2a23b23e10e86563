package dev.showroom.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.showroom.platform.sample.SampleNote;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.query.sqm.spi.InterpretationsKeySource;
import org.junit.jupiter.api.Test;

/**
 * A dealer's rows (DealerOwned) are read, changed, deleted and written for that dealer only, whichever way Hibernate
 * reaches them, and the restriction leaves Hibernate's query plan cache working (with the tenant filter of
 * discriminator multitenancy on, Hibernate 7 cached no plan: every query was translated again on each run).
 */
@QuarkusTest
class DealerIsolationTest {

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    private static <T> T as(String dealer, Supplier<T> work) {
        return DealerContext.call(
                dealer, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    private static void as(String dealer, Runnable work) {
        as(dealer, () -> {
            work.run();
            return null;
        });
    }

    private static UUID note(String dealer, String text) {
        return as(dealer, () -> {
            SampleNote note = new SampleNote();
            note.id = UUID.randomUUID();
            note.text = text;
            note.persist();
            return note.id;
        });
    }

    private static String dealer(String name) {
        return "dealer-" + name + "-" + System.nanoTime();
    }

    @Test
    void aQueryRunForADealerLeavesItsPlanInHibernatesCache() {
        String mine = dealer("plan");
        note(mine, "planned");
        String hql = "from SampleNote where text = :text and id <> :id";
        QueryInterpretationCache plans = sessionFactory
                .unwrap(SessionFactoryImplementor.class)
                .getQueryEngine()
                .getInterpretationCache();
        for (int run = 0; run < 2; run++) {
            String outcome = as(mine, () -> {
                TypedQuery<SampleNote> query = em.createQuery(hql, SampleNote.class)
                        .setParameter("text", "planned")
                        .setParameter("id", UUID.randomUUID());
                assertEquals(1, query.getResultList().size());
                // the key Hibernate files the query's SQL plan under: none when it keeps no plan for this session
                QueryInterpretationCache.Key key =
                        QueryInterpretationCache.createInterpretationsKey((InterpretationsKeySource) query);
                if (key == null) {
                    return "no plan key";
                }
                boolean[] built = {false};
                plans.resolveSelectQueryPlan(key, () -> {
                    built[0] = true;
                    return null;
                });
                return built[0] ? "not cached" : "cached";
            });
            assertEquals("cached", outcome, "the query's plan, run " + (run + 1));
        }
    }

    @Test
    void aNewRowGetsTheCurrentDealerAndOnlyThatDealerFindsIt() {
        String mine = dealer("find-a");
        String theirs = dealer("find-b");
        UUID id = note(mine, "mine");
        as(mine, () -> {
            SampleNote found = SampleNote.findById(id);
            assertNotNull(found);
            assertEquals(mine, found.dealerId);
            assertEquals(1, SampleNote.count("id", id));
        });
        as(theirs, () -> {
            assertNull(SampleNote.findById(id), "another dealer's row is not found by id");
            assertNull(em.find(SampleNote.class, id));
            assertEquals(0, SampleNote.count("id", id), "nor by a query");
            assertEquals(
                    0,
                    SampleNote.<SampleNote>list("text", "mine").stream()
                            .filter(n -> n.id.equals(id))
                            .count());
        });
        assertNull(DealerContext.withoutDealer(
                () -> QuarkusTransaction.requiringNew().call(() -> SampleNote.<SampleNote>findById(id))));
    }

    @Test
    void anotherDealersRowIsNeitherUpdatedNorDeletedByAQuery() {
        String mine = dealer("mutate-a");
        String theirs = dealer("mutate-b");
        UUID id = note(mine, "kept");
        as(theirs, () -> {
            assertEquals(0, SampleNote.update("text = 'overwritten' where id = ?1", id));
            assertEquals(
                    0,
                    em.createQuery("update SampleNote set text = 'overwritten'").executeUpdate());
            assertEquals(0, SampleNote.delete("id", id));
            assertEquals(
                    0,
                    em.createQuery("delete from SampleNote where id = :id")
                            .setParameter("id", id)
                            .executeUpdate());
        });
        as(mine, () -> {
            SampleNote kept = SampleNote.findById(id);
            assertEquals("kept", kept.text);
            assertEquals(1, SampleNote.update("text = 'changed' where id = ?1", id));
        });
        as(mine, () -> {
            assertEquals("changed", SampleNote.<SampleNote>findById(id).text);
            assertEquals(1, SampleNote.delete("id", id));
        });
    }

    @Test
    void aRowOfAnotherDealerIsNotWritten() {
        String mine = dealer("write-a");
        String theirs = dealer("write-b");
        UUID forged = UUID.randomUUID();
        assertThrows(
                RuntimeException.class,
                () -> as(mine, () -> {
                    SampleNote note = new SampleNote();
                    note.id = forged;
                    note.dealerId = theirs;
                    note.text = "forged";
                    note.persist();
                    SampleNote.flush();
                }));
        assertNull(as(theirs, () -> SampleNote.<SampleNote>findById(forged)), "the forged row was not written");

        UUID id = note(mine, "stays mine");
        assertThrows(
                RuntimeException.class,
                () -> as(mine, () -> {
                    SampleNote note = SampleNote.findById(id);
                    note.dealerId = theirs;
                    note.text = "moved";
                    SampleNote.flush();
                }));
        as(mine, () -> assertEquals("stays mine", SampleNote.<SampleNote>findById(id).text));
        assertNull(as(theirs, () -> SampleNote.<SampleNote>findById(id)));
    }

    @Test
    void aDealerIdIsOnlyEverAValueInTheSql() {
        String quoted = "o'dealer\\" + System.nanoTime();
        String plain = dealer("quote");
        UUID id = note(quoted, "quoted");
        UUID other = note(plain, "plain");
        as(quoted, () -> {
            assertEquals(quoted, SampleNote.<SampleNote>findById(id).dealerId);
            assertNull(SampleNote.findById(other));
            assertEquals(1, SampleNote.count("id in ?1", List.of(id, other)));
        });
    }
}
