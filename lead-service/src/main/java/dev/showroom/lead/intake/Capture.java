package dev.showroom.lead.intake;

import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.PurchaseTimeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A prospect's details at a contact, from any source (staff, import, public form, another service's
 * event). {@code consultantId} null means "round robin"; {@code by} is who recorded it; {@code origin}
 * says whether anyone at the dealer vouched for the details.
 */
public record Capture(
        String name,
        String phone,
        String email,
        Channel channel,
        String sourceDetail,
        String modelOfInterest,
        BigDecimal budget,
        PurchaseTimeframe purchaseTimeframe,
        String notes,
        boolean consent,
        Instant consentAt,
        String consultantId,
        Grade grade,
        UUID referrerLeadId,
        UUID visitId,
        String by,
        Origin origin,
        UUID referralId) {

    public enum Origin {
        /** Staff captured it (by hand, a visit, an import they chose to run): a merge fills what is unknown. */
        STAFF,
        /** A referral: someone else speaks for the person; a merge into a known person waits for staff. */
        REFERRAL,
        /** The public form: anyone may have typed it; a merge waits for staff and is capped per day. */
        ANONYMOUS;

        public boolean vouched() {
            return this == STAFF;
        }
    }

    public static Capture of(
            String name,
            String phone,
            String email,
            Channel channel,
            String sourceDetail,
            String modelOfInterest,
            String notes,
            String consultantId,
            String by) {
        return new Capture(
                name,
                phone,
                email,
                channel,
                sourceDetail,
                modelOfInterest,
                null,
                null,
                notes,
                false,
                null,
                consultantId,
                null,
                null,
                null,
                by,
                Origin.STAFF,
                null);
    }

    /** A referral (referral.received {@code referral}) of a customer ({@code referrer}). */
    public Capture withReferrer(UUID referrer, UUID referral, Instant consentAt) {
        return new Capture(
                name,
                phone,
                email,
                channel,
                sourceDetail,
                modelOfInterest,
                budget,
                purchaseTimeframe,
                notes,
                consentAt != null,
                consentAt,
                consultantId,
                grade,
                referrer,
                visitId,
                by,
                Origin.REFERRAL,
                referral);
    }

    public Capture withVisit(UUID visit) {
        return new Capture(
                name,
                phone,
                email,
                channel,
                sourceDetail,
                modelOfInterest,
                budget,
                purchaseTimeframe,
                notes,
                consent,
                consentAt,
                consultantId,
                grade,
                referrerLeadId,
                visit,
                by,
                origin,
                referralId);
    }

    /** From the public form: the visitor's own consent counts for a new lead only. */
    public Capture fromPublicForm() {
        return new Capture(
                name,
                phone,
                email,
                channel,
                sourceDetail,
                modelOfInterest,
                budget,
                purchaseTimeframe,
                notes,
                true,
                null,
                consultantId,
                grade,
                referrerLeadId,
                visitId,
                by,
                Origin.ANONYMOUS,
                referralId);
    }
}
