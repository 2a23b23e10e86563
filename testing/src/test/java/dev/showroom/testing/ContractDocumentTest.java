package dev.showroom.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document, the JSON Schemas and the shared event records say the same thing. */
class ContractDocumentTest {

    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry(Topics.LEAD_CREATED, Events.LeadCreated.class),
            Map.entry(Topics.LEAD_ASSIGNED, Events.LeadAssigned.class),
            Map.entry(Topics.LEAD_GRADED, Events.LeadGraded.class),
            Map.entry(Topics.LEAD_QUALIFIED, Events.LeadQualified.class),
            Map.entry(Topics.LEAD_DEFEATED, Events.LeadDefeated.class),
            Map.entry(Topics.LEAD_DEFEAT_REVIEWED, Events.LeadDefeatReviewed.class),
            Map.entry(Topics.LEAD_ALERT_RAISED, Events.LeadAlertRaised.class),
            Map.entry(Topics.OBJECTION_RAISED, Events.ObjectionRaised.class),
            Map.entry(Topics.OBJECTION_RESOLVED, Events.ObjectionResolved.class),
            Map.entry(Topics.CUSTOMER_ERASURE_REQUESTED, Events.CustomerErasureRequested.class),
            Map.entry(Topics.VISIT_RECORDED, Events.VisitRecorded.class),
            Map.entry(Topics.NEEDS_ANALYSED, Events.NeedsAnalysed.class),
            Map.entry(Topics.PRESENTATION_RECORDED, Events.PresentationRecorded.class),
            Map.entry(Topics.TESTDRIVE_BOOKED, Events.TestDriveBooked.class),
            Map.entry(Topics.TESTDRIVE_COMPLETED, Events.TestDriveCompleted.class),
            Map.entry(Topics.QUOTE_ISSUED, Events.QuoteIssued.class),
            Map.entry(Topics.ORDER_SIGNED, Events.OrderSigned.class),
            Map.entry(Topics.ORDER_CANCELLED, Events.OrderCancelled.class),
            Map.entry(Topics.ORDER_DELIVERED, Events.OrderDelivered.class),
            Map.entry(Topics.ORDER_ALLOCATED, Events.OrderAllocated.class),
            Map.entry(Topics.ORDER_READY_FOR_DELIVERY, Events.OrderReadyForDelivery.class),
            Map.entry(Topics.ORDER_DELAYED, Events.OrderDelayed.class),
            Map.entry(Topics.ORDER_PAYMENT_RECEIVED, Events.OrderPaymentReceived.class),
            Map.entry(Topics.ORDER_LOAN_STATUS_CHANGED, Events.OrderLoanStatusChanged.class),
            Map.entry(Topics.ORDER_RELEASED_UNPAID, Events.OrderReleasedUnpaid.class),
            Map.entry(Topics.SURVEY_COMPLETED, Events.SurveyCompleted.class),
            Map.entry(Topics.COMPLAINT_OPENED, Events.ComplaintOpened.class),
            Map.entry(Topics.COMPLAINT_RESOLVED, Events.ComplaintResolved.class),
            Map.entry(Topics.REFERRAL_RECEIVED, Events.ReferralReceived.class),
            Map.entry(Topics.MESSAGE_STATUS_CHANGED, Events.MessageStatusChanged.class),
            Map.entry(Topics.CUSTOMER_OPTED_OUT, Events.CustomerOptedOut.class),
            Map.entry(Topics.LEAD_CONTACT, Events.LeadContact.class),
            Map.entry(Topics.APPOINTMENT_REMINDER_DUE, Events.AppointmentReminderDue.class),
            Map.entry(Topics.VISIT_CONTACT, Events.VisitContact.class),
            Map.entry(Topics.REFERRAL_CONTACT, Events.ReferralContact.class),
            Map.entry(Topics.DEALER_ROSTER_CHANGED, Events.DealerRosterChanged.class),
            Map.entry(Topics.DEALER_PROFILE_CHANGED, Events.DealerProfileChanged.class));

    @Test
    void everyTopicOfTheCatalogueIsAChannelAndNothingElse() {
        assertEquals(
                new TreeSet<>(RECORDS.keySet()),
                new TreeSet<>(ContractTopics.channels().keySet()));
    }

    @Test
    void everyChannelHasAVersionedTypeAProducerAndASchema() throws Exception {
        for (String topic : ContractTopics.channels().keySet()) {
            assertEquals(Topics.ceType(topic), ContractTopics.ceType(topic), topic);
            assertTrue(
                    ContractTopics.channels()
                            .get(topic)
                            .get("x-producer")
                            .asText()
                            .endsWith("-service"),
                    topic);
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
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> schemaFields = new TreeSet<>();
            try (InputStream in = ContractTopics.resource(ContractTopics.schemaResource(entry.getKey()))) {
                Iterator<String> names =
                        new ObjectMapper().readTree(in).get("properties").fieldNames();
                names.forEachRemaining(schemaFields::add);
            }
            assertEquals(schemaFields, recordFields, entry.getKey());
        }
    }

    /** Field names that hold a person's identity or contact, wherever they appear in a payload. */
    static final Set<String> PERSONAL = Set.of(
            "name",
            "phone",
            "email",
            "customername",
            "customerphone",
            "contact",
            "licence",
            "license",
            "address",
            "signatory");

    /**
     * docs/reliability.md item 11: an event carries no personal data (integrators may not hold it, and an
     * erasure cannot reach a topic's retention): no contact field, and no free text (a string of more than
     * 100 characters with no enum, format or pattern: whatever staff typed about the person). Only a
     * compacted contact topic, which an erasure empties with a tombstone, holds a name and phone.
     */
    @Test
    void noEventCarriesPersonalData() throws Exception {
        for (String topic : ContractTopics.channels().keySet()) {
            if (ContractTopics.compacted(topic)) {
                continue;
            }
            try (InputStream in = ContractTopics.resource(ContractTopics.schemaResource(topic))) {
                java.util.List<String> found = new java.util.ArrayList<>();
                personal(new ObjectMapper().readTree(in), "", found);
                assertEquals(java.util.List.of(), found, topic + " carries personal data");
            }
        }
    }

    @Test
    void onlyACompactedTopicWithTombstonesCarriesAContact() {
        for (String topic : ContractTopics.channels().keySet()) {
            if (ContractTopics.compacted(topic)) {
                JsonNode channel = ContractTopics.channels().get(topic);
                assertTrue(channel.hasNonNull("x-tombstones"), topic + " says what its tombstones mean");
                assertTrue(channel.get("x-key").asText().endsWith(" id"), topic + " is keyed by one id");
                assertTrue(
                        ContractTopics.topicConfig(topic).containsKey("max.compaction.lag.ms"),
                        topic + " bounds how long a replaced or erased value may stay");
            }
        }
    }

    private static void personal(JsonNode schema, String path, java.util.List<String> found) {
        JsonNode properties = schema.path("properties");
        properties.fieldNames().forEachRemaining(field -> {
            JsonNode p = properties.get(field);
            if (PERSONAL.contains(field.toLowerCase())) {
                found.add(path + field);
            } else if (isFreeText(p)) {
                found.add(path + field + " (free text)");
            }
            personal(p, path + field + ".", found);
        });
        if (schema.has("items")) {
            personal(schema.get("items"), path + "[].", found);
        }
    }

    private static boolean isFreeText(JsonNode p) {
        boolean string = p.path("type").asText().equals("string")
                || (p.path("type").isArray() && p.path("type").toString().contains("\"string\""));
        return string
                && !p.has("enum")
                && !p.has("format")
                && !p.has("pattern")
                && p.path("maxLength").asInt(Integer.MAX_VALUE) > 100;
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
