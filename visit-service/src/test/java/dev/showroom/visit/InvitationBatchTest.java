package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.DEALER;
import static dev.showroom.visit.Fixtures.db;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.testing.KafkaBroker;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * lead.qualified applied as a set (Invitations.invite: one statement for the events of a batch) gives what the
 * events applied one after another gave: one invitation per prospect, the first event's; none for a prospect
 * with a booked appointment; the consultant of the lead copy when the event names none.
 */
@QuarkusTest
class InvitationBatchTest {

    @Test
    void theEventsOfABatchInviteAsTheyWouldOneAfterAnother() throws Exception {
        UUID known = UUID.randomUUID();
        UUID booked = UUID.randomUUID();
        UUID named = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        Instant now = Instant.now();
        db(
                "insert into known_lead (lead_id, dealer_id, consultant_id, assigned_at) values (?, ?, 'li.wei', ?) "
                        + "returning 1",
                known,
                DEALER,
                java.sql.Timestamp.from(now));
        db(
                "insert into appointment (id, dealer_id, lead_id, consultant_id, status, scheduled_at, created_at, "
                        + "updated_at) values (?, ?, ?, 'li.wei', 'BOOKED', ?, ?, ?) returning 1",
                UUID.randomUUID(),
                DEALER,
                booked,
                java.sql.Timestamp.from(now.plusSeconds(86_400)),
                java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now));

        // one key, so one partition and this order; one producer batch, so (usually) one poll
        String key = UUID.randomUUID().toString();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "200");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "1048576");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            send(producer, key, known, null, "Model 3", now.minusSeconds(30));
            send(producer, key, booked, "li.wei", "Model Y", now.minusSeconds(29));
            send(producer, key, known, "wang.fang", "Model S", now.minusSeconds(28));
            send(producer, key, named, "wang.fang", null, now.minusSeconds(27));
            send(producer, key, known, null, "Model X", now.minusSeconds(26));
            send(producer, key, marker, "li.wei", null, now.minusSeconds(25));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Long.valueOf(1).equals(db("select count(*) from appointment where lead_id = ?", marker)));

        assertEquals(1L, db("select count(*) from appointment where lead_id = ?", known), "one invitation");
        assertEquals(
                "li.wei",
                db("select consultant_id from appointment where lead_id = ?", known),
                "the first event's, whose consultant is the lead copy's");
        assertEquals("Invite to the showroom: Model 3", db("select purpose from appointment where lead_id = ?", known));
        assertEquals(
                now.minusSeconds(30).toEpochMilli(),
                ((java.sql.Timestamp) db("select created_at from appointment where lead_id = ?", known)).getTime());
        assertEquals(
                "BOOKED",
                db("select string_agg(status, ',') from appointment where lead_id = ?", booked),
                "a booked prospect is not invited");
        assertEquals("wang.fang", db("select consultant_id from appointment where lead_id = ?", named));
        assertEquals("Invite to the showroom", db("select purpose from appointment where lead_id = ?", named));
        assertEquals(DEALER, db("select dealer_id from appointment where lead_id = ?", named));
    }

    private static void send(
            KafkaProducer<String, String> producer,
            String key,
            UUID lead,
            String consultant,
            String model,
            Instant at) {
        String json = "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER + "\""
                + (consultant == null ? "" : ",\"consultantId\":\"" + consultant + "\"")
                + (model == null ? "" : ",\"modelOfInterest\":\"" + model + "\"")
                + ",\"qualifiedAt\":\"" + at + "\"}";
        ProducerRecord<String, String> record = new ProducerRecord<>("lead.qualified", key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", "showroom.lead.qualified.v2");
        header(record, "ce_source", "/showroom/lead-service");
        header(record, "ce_time", at.toString());
        producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
