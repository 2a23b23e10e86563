package dev.showroom.lead.prospect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.persistence.InsertIfAbsent;
import dev.showroom.platform.tenancy.DealerContext;
import dev.showroom.testing.Postgres;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.PropertyValueException;
import org.junit.jupiter.api.Test;

/**
 * {@link Lead#insertIfAbsent}, the insert of a new lead ({@code on conflict (dealer_id, phone) do nothing}, written by
 * {@link InsertIfAbsent} from Hibernate's mapping), kept in step with {@link Lead}: it writes every column of the
 * table, the row it writes is the row Hibernate's {@code persist} writes for the same lead, the lead is then managed
 * and clean (and a change to it is written at the flush, as to a loaded one), and a known phone inserts nothing.
 */
@QuarkusTest
class LeadInsertTest {

    private static final String DEALER = "dealer-sh-01";

    @Inject
    EntityManager em;

    private static String phone() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A lead with every field set to something other than its default (the id and phone apart). */
    private static Lead everyFieldSet() {
        return everyFieldSet(Instant.now().truncatedTo(ChronoUnit.MICROS), UUID.randomUUID());
    }

    /** The same for {@code at} and {@code other} (the ids of the visit, the referrer, the defeat). */
    private static Lead everyFieldSet(Instant at, UUID other) {
        Lead lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.dealerId = DEALER;
        lead.name = "Every Field";
        lead.phone = phone();
        lead.email = "every@example.com";
        lead.channel = Channel.WALK_IN;
        lead.sourceDetail = "the door";
        lead.modelOfInterest = "Model S";
        lead.budget = new BigDecimal("250000.00");
        lead.purchaseTimeframe = PurchaseTimeframe.values()[0];
        lead.notes = "notes";
        lead.consentContact = true;
        lead.consentAt = at.minusSeconds(1);
        lead.consultantId = "li.wei";
        lead.grade = Grade.A;
        lead.gradeBeforeOrder = Grade.H;
        lead.gradeBeforeDefeat = Grade.B;
        lead.stage = Stage.QUOTED;
        lead.stageRank = 5;
        lead.visitedAt = at.minusSeconds(2);
        lead.needsAnalysedAt = at.minusSeconds(3);
        lead.presentedAt = at.minusSeconds(4);
        lead.testDrivenAt = at.minusSeconds(5);
        lead.quotedAt = at.minusSeconds(6);
        lead.orderedAt = at.minusSeconds(7);
        lead.deliveredAt = at.minusSeconds(8);
        lead.recommendedModel = "MS";
        lead.recommendedTrim = "LUX";
        lead.recommendedAt = at.minusSeconds(9);
        lead.priceBeforeValue = true;
        lead.nextFollowUpAt = at.plusSeconds(10);
        lead.lastFollowUpAt = at.minusSeconds(11);
        lead.firstContactAt = at.minusSeconds(12);
        lead.firstContactConsultantId = "li.wei";
        lead.lastContactAt = at.minusSeconds(13);
        lead.responseCheckedAt = at.minusSeconds(14);
        lead.needConfirmed = true;
        lead.meansConfirmed = true;
        lead.authorityConfirmed = true;
        lead.qualificationNote = "qualified";
        lead.qualifiedAt = at.minusSeconds(15);
        lead.defeatReason = DefeatReason.values()[0];
        lead.defeatNote = "lost";
        lead.defeatedAt = at.minusSeconds(16);
        lead.defeatId = other;
        lead.referrerLeadId = other;
        lead.visitId = other;
        lead.erasedAt = at.minusSeconds(17);
        lead.createdAt = at.minusSeconds(18);
        lead.updatedAt = at;
        return lead;
    }

    /** A lead like {@code lead}, another person (id and phone). */
    private static Lead copyOf(Lead lead) {
        Lead other = everyFieldSet(lead.updatedAt, lead.visitId);
        other.erasedAt = lead.erasedAt;
        return other;
    }

    /** The row as JSON, without the id and the phone (which differ by construction). */
    private static String row(UUID id) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement("select (to_jsonb(l) - 'id' - 'phone')::text from lead l where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "lead " + id + " written");
                return rs.getString(1);
            }
        }
    }

    @Test
    void theInsertWritesEveryColumnOfTheTable() throws Exception {
        Set<String> table = new HashSet<>();
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(
                        "select column_name from information_schema.columns where table_name = 'lead' "
                                + "and table_schema = current_schema()")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    table.add(rs.getString(1));
                }
            }
        }
        var written =
                QuarkusTransaction.requiringNew().call(() -> InsertIfAbsent.columns(em, Lead.class, Lead.PHONE_KEY));
        assertEquals(table, new HashSet<>(written), "the insert's columns are the table's");
        assertEquals(written.size(), new HashSet<>(written).size(), "each column once: " + written);
    }

    @Test
    void aLeadInsertedIsTheRowHibernateWritesManagedAndClean() throws Exception {
        Lead persisted = everyFieldSet();
        Lead inserted = copyOf(persisted);
        DealerContext.run(DEALER, () -> QuarkusTransaction.requiringNew().run(() -> persisted.persist()));
        DealerContext.run(
                DEALER,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    Lead managed = Lead.insertIfAbsent(inserted);
                    assertNotNull(managed, "a new phone is inserted");
                    assertTrue(em.contains(managed), "the lead returned is managed");
                    assertEquals(inserted.id, managed.id);
                    em.flush(); // clean: nothing to update, the version stays
                    assertEquals(0, managed.version);
                    assertSame(inserted, managed, "the lead given is the one managed");
                    assertSame(managed, Lead.findById(inserted.id), "the session's one instance of the lead");
                }));
        assertEquals(row(persisted.id), row(inserted.id), "the row Hibernate's persist writes");
    }

    @Test
    void aChangeToTheInsertedLeadIsWrittenAtTheFlush() throws Exception {
        Lead lead = everyFieldSet();
        lead.erasedAt = null;
        DealerContext.run(
                DEALER,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    assertNotNull(Lead.insertIfAbsent(lead));
                    lead.notes = "changed after the insert";
                }));
        DealerContext.run(
                DEALER,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    Lead read = Lead.findById(lead.id);
                    assertEquals("changed after the insert", read.notes, "the dirty check saw the change");
                    assertEquals(1, read.version, "one update, from the version written");
                }));
    }

    /** As a persist: the lead's @PrePersist (DealerOwned) gives it the current dealer, and refuses another one's. */
    @Test
    void theInsertStampsTheCurrentDealerAndRefusesAnother() {
        Lead unstamped = everyFieldSet();
        unstamped.erasedAt = null;
        unstamped.dealerId = null;
        DealerContext.run(
                DEALER,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    assertNotNull(Lead.insertIfAbsent(unstamped));
                    assertEquals(DEALER, unstamped.dealerId);
                }));
        Lead another = everyFieldSet();
        another.dealerId = "dealer-bj-01";
        DealerContext.run(
                DEALER,
                () -> assertThrows(
                        PropertyValueException.class,
                        () -> QuarkusTransaction.requiringNew().run(() -> Lead.insertIfAbsent(another))));
    }

    @Test
    void aKnownPhoneInsertsNothing() {
        Lead first = everyFieldSet();
        first.erasedAt = null;
        DealerContext.run(DEALER, () -> QuarkusTransaction.requiringNew().run(() -> first.persist()));
        Lead second = copyOf(first);
        second.phone = first.phone;
        DealerContext.run(
                DEALER,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    assertNull(Lead.insertIfAbsent(second), "the phone is known: nothing inserted");
                    assertNull(Lead.findById(second.id));
                    assertEquals(1, Lead.count("phone", first.phone));
                }));
    }
}
