package dev.showroom.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;

/** The AsyncAPI document, the JSON Schemas and the shared event records say the same thing. */
class ContractDocumentTest {

    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry(Topics.LEAD_CREATED, Events.LeadCreated.class),
            Map.entry(Topics.LEAD_ASSIGNED, Events.LeadAssigned.class),
            Map.entry(Topics.LEAD_GRADED, Events.LeadGraded.class),
            Map.entry(Topics.LEAD_QUALIFIED, Events.LeadQualified.class),
            Map.entry(Topics.LEAD_DEFEATED, Events.LeadDefeated.class),
            Map.entry(Topics.CUSTOMER_ERASURE_REQUESTED, Events.CustomerErasureRequested.class),
            Map.entry(Topics.VISIT_RECORDED, Events.VisitRecorded.class),
            Map.entry(Topics.TESTDRIVE_BOOKED, Events.TestDriveBooked.class),
            Map.entry(Topics.TESTDRIVE_COMPLETED, Events.TestDriveCompleted.class),
            Map.entry(Topics.QUOTE_ISSUED, Events.QuoteIssued.class),
            Map.entry(Topics.ORDER_SIGNED, Events.OrderSigned.class),
            Map.entry(Topics.ORDER_CANCELLED, Events.OrderCancelled.class),
            Map.entry(Topics.ORDER_DELIVERED, Events.OrderDelivered.class),
            Map.entry(Topics.SURVEY_COMPLETED, Events.SurveyCompleted.class),
            Map.entry(Topics.COMPLAINT_OPENED, Events.ComplaintOpened.class),
            Map.entry(Topics.COMPLAINT_RESOLVED, Events.ComplaintResolved.class),
            Map.entry(Topics.REFERRAL_RECEIVED, Events.ReferralReceived.class));

    @Test
    void everyTopicOfTheCatalogueIsAChannelAndNothingElse() {
        assertEquals(new TreeSet<>(RECORDS.keySet()), new TreeSet<>(ContractTopics.channels().keySet()));
    }

    @Test
    void everyChannelHasAVersionedTypeAProducerAndASchema() throws Exception {
        for (String topic : ContractTopics.channels().keySet()) {
            assertEquals(Topics.ceType(topic), ContractTopics.ceType(topic), topic);
            assertTrue(ContractTopics.channels().get(topic).get("x-producer").asText().endsWith("-service"), topic);
            try (InputStream in = ContractTopics.resource(ContractTopics.schemaResource(topic))) {
                JsonNode schema = new ObjectMapper().readTree(in);
                assertEquals("object", schema.get("type").asText(), topic);
                assertTrue(schema.get("required").size() > 0, topic);
            }
        }
    }

    @Test
    void eachRecordHasExactlyTheFieldsOfItsSchema() throws Exception {
        for (Map.Entry<String, Class<?>> entry : RECORDS.entrySet()) {
            Set<String> recordFields = Arrays.stream(entry.getValue().getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> schemaFields = new TreeSet<>();
            try (InputStream in = ContractTopics.resource(ContractTopics.schemaResource(entry.getKey()))) {
                Iterator<String> names = new ObjectMapper().readTree(in).get("properties").fieldNames();
                names.forEachRemaining(schemaFields::add);
            }
            assertEquals(schemaFields, recordFields, entry.getKey());
        }
    }

    @Test
    void consumersAreServicesOfTheSuite() {
        for (JsonNode channel : ContractTopics.channels().values()) {
            for (JsonNode consumer : channel.get("x-consumers")) {
                assertTrue(ContractTopics.SERVICES.contains(consumer.asText()), consumer.asText());
            }
        }
    }
}
