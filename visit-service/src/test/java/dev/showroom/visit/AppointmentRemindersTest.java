package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.MANAGER;
import static dev.showroom.visit.Fixtures.RECEPTION;
import static dev.showroom.visit.Fixtures.get;
import static dev.showroom.visit.Fixtures.post;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.MovableClock;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import dev.showroom.visit.appointment.AppointmentReminders;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The appointment reminder the day before and the no-show (issue 20): the job announces each booked appointment
 * within the reminder lead time once on appointment.reminder-due (schema-valid, ids and times only), not one further
 * away; a reminded customer who does not come is a no-show, counted per consultant in the manager's report.
 */
@QuarkusTest
class AppointmentRemindersTest {

    @Inject
    AppointmentReminders reminders;

    /**
     * Books as the receptionist, naming the consultant: the lead's copy may know the lead (lead.contact) before its
     * consultant (lead.created), as the two topics are applied independently.
     */
    static String book(UUID lead, String consultant, Instant at) {
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("leadId", lead.toString(), "scheduledAt", at.toString(), "purpose", "Visit"));
        if (consultant != null) {
            body.put("consultantId", consultant);
        }
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> post(RECEPTION, "/api/v1/appointments", body)
                                .extract()
                                .path("id"),
                        id -> id != null);
    }

    @Test
    void theDayBeforeTheReminderIsAnnouncedOnceAndAReminderedCustomerWhoDoesNotComeIsANoShow() {
        String consultant = "remind." + UUID.randomUUID().toString().substring(0, 8);
        UUID lead = UUID.randomUUID();
        Fixtures.leadCreated(lead, "Gu Yan", Fixtures.mobile(), consultant, null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String tomorrow = book(lead, consultant, now.plus(20, ChronoUnit.HOURS));
        String later = book(lead, consultant, now.plus(30, ChronoUnit.HOURS));
        reminders.remind();
        get(MANAGER, "/api/v1/appointments/" + tomorrow).statusCode(200).body("reminderSentAt", notNullValue());
        get(MANAGER, "/api/v1/appointments/" + later).statusCode(200).body("reminderSentAt", nullValue());
        ConsumerRecord<String, String> announced =
                TestEvents.await(Topics.APPOINTMENT_REMINDER_DUE, r -> r.value().contains(tomorrow));
        EventContract.assertValid(announced);
        assertEquals(lead.toString(), announced.key());
        // again: nothing more for it
        reminders.remind();
        assertEquals(
                1,
                TestEvents.all(Topics.APPOINTMENT_REMINDER_DUE, r -> r.value().contains(tomorrow))
                        .size());
        MovableClock.advance(Duration.ofHours(24));
        try {
            reminders.closeMissed();
            get(MANAGER, "/api/v1/appointments/" + tomorrow).statusCode(200).body("status", equalTo("NO_SHOW"));
            // the later one was never reminded and is not past its time + 3 h: still booked
            get(MANAGER, "/api/v1/appointments/" + later).statusCode(200).body("status", equalTo("BOOKED"));
            String from = now.atZone(java.time.ZoneId.of("Asia/Shanghai"))
                    .toLocalDate()
                    .minusDays(1)
                    .toString();
            String to = now.atZone(java.time.ZoneId.of("Asia/Shanghai"))
                    .toLocalDate()
                    .plusDays(3)
                    .toString();
            get(MANAGER, "/api/v1/appointments/no-shows?from=" + from + "&to=" + to)
                    .statusCode(200)
                    .body("consultants.find { it.consultantId == '" + consultant + "' }.booked", equalTo(2))
                    .body("consultants.find { it.consultantId == '" + consultant + "' }.reminded", equalTo(1))
                    .body("consultants.find { it.consultantId == '" + consultant + "' }.noShows", equalTo(1))
                    .body("consultants.find { it.consultantId == '" + consultant + "' }.remindedNoShows", equalTo(1))
                    .body("consultants.find { it.consultantId == '" + consultant + "' }.noShowRate", equalTo(1.0f));
            get(RECEPTION, "/api/v1/appointments/no-shows").statusCode(403);
            get(TestTokens.of("other.boss", "dealer-other-9", Roles.MANAGER), "/api/v1/appointments/no-shows")
                    .statusCode(200)
                    .body("total.booked", equalTo(0));
        } finally {
            MovableClock.reset();
        }
    }

    @Test
    void anAppointmentBookedBeforeTheLeadsConsultantWasKnownGetsTheConsultantWhenLeadCreatedArrives() {
        String consultant = "late." + UUID.randomUUID().toString().substring(0, 8);
        UUID lead = UUID.randomUUID();
        // only the contact so far: the copy knows the lead, not its consultant
        Fixtures.leadContact(lead, Fixtures.DEALER, "Lu Qing", Fixtures.mobile());
        String id = book(lead, null, Instant.now().plus(2, ChronoUnit.DAYS));
        get(MANAGER, "/api/v1/appointments/" + id).statusCode(200).body("consultantId", nullValue());
        Fixtures.leadCreatedAlone(lead, consultant, null);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> get(MANAGER, "/api/v1/appointments/" + id)
                        .statusCode(200)
                        .body("consultantId", equalTo(consultant)));
    }
}
