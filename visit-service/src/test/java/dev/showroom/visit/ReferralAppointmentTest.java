package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.DEALER;
import static dev.showroom.visit.Fixtures.db;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.contracts.Topics;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A referred person's visit agreed on the spot (docs/process.md, step 10): referral.received brings the time,
 * lead.created (naming the referral) the lead; whichever comes last books the appointment, once.
 */
@QuarkusTest
class ReferralAppointmentTest {

    static String received(UUID referral, UUID referrer, Instant at) {
        return "{\"referralId\":\"" + referral + "\",\"dealerId\":\"" + DEALER + "\",\"referrerLeadId\":\"" + referrer
                + "\",\"consultantId\":\"li.wei\",\"relation\":\"friend\",\"consentAt\":\"" + Instant.now()
                + "\",\"receivedAt\":\"" + Instant.now() + "\",\"appointmentAt\":"
                + (at == null ? "null" : "\"" + at + "\"") + "}";
    }

    static String created(UUID lead, UUID referrer, UUID referral) {
        return "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER + "\",\"channel\":\"CUSTOMER_REFERRAL\","
                + "\"consultantId\":\"li.wei\",\"modelOfInterest\":null,\"referrerLeadId\":\"" + referrer
                + "\",\"referralId\":\"" + referral + "\",\"visitId\":null,\"createdAt\":\"" + Instant.now() + "\"}";
    }

    static long booked(UUID lead) {
        return ((Number) db(
                        "select count(*) from appointment where dealer_id = ? and lead_id = ? and status = 'BOOKED'",
                        DEALER,
                        lead))
                .longValue();
    }

    static void awaitBooked(UUID lead) {
        await().atMost(Duration.ofSeconds(30)).until(() -> booked(lead) == 1);
    }

    @Test
    void theVisitAgreedOnTheReferralCallIsBookedOnceWhicheverEventComesFirst() throws Exception {
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID referrer = UUID.randomUUID();

        // the referral first, then the lead (and both again: redelivered or resent)
        UUID referral = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        TestEvents.send(Topics.REFERRAL_RECEIVED, referrer.toString(), received(referral, referrer, at));
        TestEvents.send(Topics.LEAD_CREATED, lead.toString(), created(lead, referrer, referral));
        awaitBooked(lead);
        String again1 =
                TestEvents.send(Topics.REFERRAL_RECEIVED, referrer.toString(), received(referral, referrer, at));
        String again2 = TestEvents.send(Topics.LEAD_CREATED, lead.toString(), created(lead, referrer, referral));

        // the lead first, then the referral
        UUID referral2 = UUID.randomUUID();
        UUID lead2 = UUID.randomUUID();
        TestEvents.send(Topics.LEAD_CREATED, lead2.toString(), created(lead2, referrer, referral2));
        Fixtures.awaitKnown(lead2, "li.wei");
        assertEquals(0, booked(lead2), "no time agreed yet");
        TestEvents.send(Topics.REFERRAL_RECEIVED, referrer.toString(), received(referral2, referrer, at));
        awaitBooked(lead2);

        // a referral without a time agreed books nothing
        UUID referral3 = UUID.randomUUID();
        UUID lead3 = UUID.randomUUID();
        String none =
                TestEvents.send(Topics.REFERRAL_RECEIVED, referrer.toString(), received(referral3, referrer, null));
        TestEvents.send(Topics.LEAD_CREATED, lead3.toString(), created(lead3, referrer, referral3));
        Fixtures.awaitKnown(lead3, "li.wei");

        // the resent events (after the first booking) were applied and added nothing
        for (String ceId : new String[] {again1, again2, none}) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> db(
                                    "select event_id from processed_event where consumer = 'visit-service' and "
                                            + "event_id = ?",
                                    ceId)
                            != null);
        }
        assertEquals(1, booked(lead));
        assertEquals(0, booked(lead3));
        Fixtures.get(Fixtures.MANAGER, "/api/v1/appointments?leadId=" + lead)
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("BOOKED"))
                .body("items[0].consultantId", equalTo("li.wei"))
                .body("items[0].scheduledAt", equalTo(at.toString()));
    }
}
