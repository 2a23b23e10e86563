package dev.showroom.lead.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.showroom.lead.followup.Grade;

/**
 * A prospect's details at a contact, from any source (staff, import, public form, another service's
 * event). {@code consultantId} null means "round robin"; {@code by} is who recorded it.
 */
public record Capture(String name, String phone, String email, Channel channel, String sourceDetail,
        String modelOfInterest, BigDecimal budget, String purchaseTimeframe, String notes, boolean consent,
        Instant consentAt, String consultantId, Grade grade, UUID referrerLeadId, UUID visitId, String by) {

    public static Capture of(String name, String phone, String email, Channel channel, String sourceDetail,
            String modelOfInterest, String notes, String consultantId, String by) {
        return new Capture(name, phone, email, channel, sourceDetail, modelOfInterest, null, null, notes, false,
                null, consultantId, null, null, null, by);
    }

    public Capture withReferrer(UUID referrer, Instant consentAt) {
        return new Capture(name, phone, email, channel, sourceDetail, modelOfInterest, budget, purchaseTimeframe,
                notes, consentAt != null, consentAt, consultantId, grade, referrer, visitId, by);
    }

    public Capture withVisit(UUID visit) {
        return new Capture(name, phone, email, channel, sourceDetail, modelOfInterest, budget, purchaseTimeframe,
                notes, consent, consentAt, consultantId, grade, referrerLeadId, visit, by);
    }

    public Capture withConsent(Instant at) {
        return new Capture(name, phone, email, channel, sourceDetail, modelOfInterest, budget, purchaseTimeframe,
                notes, true, at, consultantId, grade, referrerLeadId, visitId, by);
    }
}
