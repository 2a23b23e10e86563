package dev.showroom.visit.reception;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.phone.PhoneNumbers;
import dev.showroom.visit.appointment.Appointments;
import dev.showroom.visit.customer.CustomerAccess;
import dev.showroom.visit.customer.KnownLead;
import dev.showroom.visit.reception.ReceptionRequests.CallRequest;
import dev.showroom.visit.reception.ReceptionRequests.ContactRequest;
import dev.showroom.visit.reception.ReceptionRequests.WalkInRequest;
import dev.showroom.visit.settings.DealerSettings;
import dev.showroom.visit.settings.VisitSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records calls and walk-ins with their checkpoints and announces them (visit.recorded). A visitor is
 * typed once: a phone that matches a known lead links the visit to it; otherwise the event carries the
 * contact and lead-service creates or merges the lead, answering with lead.created(visitId).
 */
@ApplicationScoped
public class Reception {

    /** Clocks of tablets drift; a visit a few minutes "in the future" is still today's visit. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @Inject
    DealerProfiles profiles;

    @Inject
    Outbox outbox;

    @Inject
    Appointments appointments;

    @Inject
    CustomerAccess access;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    public Visit recordCall(CallRequest r) {
        if (r.ringCount() == null && r.secondsToAnswer() == null) {
            throw ProblemException.invalid("ringCount", "required", "Give ringCount or secondsToAnswer");
        }
        Instant now = Instant.now(clock);
        Instant at = r.occurredAt() != null ? r.occurredAt() : now;
        notInFuture(at, now, "occurredAt");
        VisitSettings s = settings.of(staff.dealerId());
        Visit v = start(VisitKind.CALL, r.leadId(), r.contact(), r.consultantId(), at, r.appointmentAt(), now);
        v.campaignId = r.campaignId();
        v.ringCount = r.ringCount();
        v.secondsToAnswer = r.secondsToAnswer();
        v.outcome = blankToNull(r.outcome());
        // 3 rings or 9 seconds (the dealer's rule): whichever the receptionist could count
        boolean inTime = r.ringCount() != null
                ? r.ringCount() <= s.answerWithinRings
                : r.secondsToAnswer() <= s.answerWithinSeconds;
        Map<CheckpointCode, Boolean> checks = new LinkedHashMap<>();
        checks.put(CheckpointCode.ANSWERED_IN_TIME, inTime);
        checks.put(CheckpointCode.STANDARD_GREETING, r.checkpoints().standardGreeting());
        checks.put(CheckpointCode.NAME_AND_CONTACT_ASKED, r.checkpoints().nameAndContactAsked());
        checks.put(CheckpointCode.KNOWS_THE_WAY_ASKED, r.checkpoints().knowsTheWayAsked());
        checks.put(CheckpointCode.INVITED_TO_VISIT, r.checkpoints().invitedToVisit());
        return finish(v, checks);
    }

    public Visit recordWalkIn(WalkInRequest r) {
        Instant now = Instant.now(clock);
        notInFuture(r.arrivalAt(), now, "arrivalAt");
        if (r.departureAt() != null && r.departureAt().isBefore(r.arrivalAt())) {
            throw ProblemException.invalid("departureAt", "afterArrival", "departureAt must not be before arrivalAt");
        }
        Visit v = start(
                VisitKind.WALK_IN, r.leadId(), r.contact(), r.consultantId(), r.arrivalAt(), r.appointmentAt(), now);
        v.campaignId = r.campaignId();
        v.arrivalAt = r.arrivalAt();
        v.departureAt = r.departureAt();
        v.partySize = r.partySize();
        v.modelsPresented = r.modelsPresented() == null
                ? new String[0]
                : r.modelsPresented().stream().map(String::strip).distinct().toArray(String[]::new);
        v.outcome = blankToNull(r.outcome());
        Map<CheckpointCode, Boolean> checks = new LinkedHashMap<>();
        checks.put(CheckpointCode.GREETED_AT_ONCE, r.checkpoints().greetedAtOnce());
        checks.put(CheckpointCode.SELF_INTRODUCTION, r.checkpoints().selfIntroduction());
        checks.put(CheckpointCode.DRINKS_OFFERED, r.checkpoints().drinksOffered());
        checks.put(CheckpointCode.NOT_PRESSED, r.checkpoints().notPressed());
        return finish(v, checks);
    }

    /** Under the request's If-Match (the resource method is @IfMatch). */
    public Visit departure(UUID visitId, Instant departureAt) {
        Visit v = readable(visitId);
        Preconditions.check(v.version);
        if (v.kind != VisitKind.WALK_IN) {
            throw ProblemException.conflict("Only a walk-in has a departure");
        }
        if (departureAt.isBefore(v.arrivalAt)) {
            throw ProblemException.invalid("departureAt", "afterArrival", "departureAt must not be before arrivalAt");
        }
        v.departureAt = departureAt;
        return v;
    }

    /** lead-service made (or merged) the lead of an unknown visitor: the visit and its appointment join it. */
    public void linkToLead(UUID visitId, UUID leadId, String consultantId) {
        Visit v = Visit.findById(visitId);
        if (v == null || v.leadId != null) {
            return;
        }
        if (v.contactPhone != null) {
            // the contact lives on lead.contact now: compaction removes the visit's from the broker
            outbox.tombstone(Topics.VISIT_CONTACT, v.id, v.id);
        }
        v.linkTo(leadId);
        if (v.consultantId == null && consultantId != null) {
            v.consultantId = consultantId;
            // the checkpoints count for the consultant of record (compliance per consultant)
            VisitCheckpoint.update(
                    "consultantId = ?1 where visitId = ?2 and consultantId is null", consultantId, visitId);
        }
        appointments.linkVisit(visitId, leadId, v.consultantId);
    }

    /**
     * The lead's owner is known (lead.created): its visits nobody served yet are theirs, as {@link #linkToLead}
     * does for a visit linked after. lead.contact and lead.created come on two topics, in either order.
     */
    public void serveLinkedVisits(UUID leadId, String consultantId) {
        if (consultantId == null) {
            return;
        }
        Visit.<Visit>list("leadId = ?1 and consultantId is null", leadId).forEach(v -> {
            v.consultantId = consultantId;
            VisitCheckpoint.update("consultantId = ?1 where visitId = ?2 and consultantId is null", consultantId, v.id);
        });
    }

    /**
     * A lead announced without our visit id (lead-service merged the visitor into a lead we had not heard of
     * yet when the visit was recorded): unlinked visits with the same phone are that person's.
     */
    public void linkByPhone(String e164, UUID leadId, String consultantId) {
        if (e164 == null) {
            return;
        }
        Visit.<Visit>list("contactPhone = ?1 and leadId is null", e164)
                .forEach(v -> linkToLead(v.id, leadId, consultantId));
    }

    /** A visit the caller may see: their dealer's (tenancy), and a consultant's own customers only. */
    public Visit readable(UUID id) {
        Visit v = Visit.findById(id);
        if (v == null) {
            throw ProblemException.notFound("Visit");
        }
        if (staff.seesOnlyOwn() && !staff.id().equals(v.consultantId)) {
            KnownLead lead = v.leadId == null ? null : KnownLead.byLead(v.leadId);
            if (lead == null || !staff.id().equals(lead.consultantId)) {
                throw ProblemException.notFound("Visit");
            }
        }
        return v;
    }

    /** The visit as the caller's role may see it (README, "Who sees what"). */
    public VisitView view(Visit v) {
        List<VisitCheckpoint> list = new ArrayList<>(VisitCheckpoint.<VisitCheckpoint>list("visitId", v.id));
        list.sort(Comparator.comparing(c -> c.code.ordinal()));
        return VisitView.of(v, list, staff.onlyGreets());
    }

    private Visit start(
            VisitKind kind,
            UUID leadId,
            ContactRequest contact,
            String consultantId,
            Instant at,
            Instant appointmentAt,
            Instant now) {
        if (appointmentAt != null && appointmentAt.isBefore(now)) {
            throw ProblemException.invalid("appointmentAt", "future", "appointmentAt must be in the future");
        }
        Visit v = new Visit();
        v.id = UUID.randomUUID();
        v.kind = kind;
        v.occurredAt = at;
        v.appointmentAt = appointmentAt;
        v.recordedBy = staff.id();
        v.recordedAt = now;
        if (contact != null) {
            v.contactName = contact.name().strip();
            try {
                v.contactPhone = PhoneNumbers.normalise(contact.phone(), profiles.region(staff.dealerId()));
            } catch (PhoneNumbers.InvalidPhoneException e) {
                throw ProblemException.invalid("contact.phone", "phone", "contact.phone is " + e.getMessage());
            }
            v.contactEmail = blankToNull(contact.email());
        }
        KnownLead known = null;
        if (leadId != null) {
            known = KnownLead.byLead(leadId);
            v.linkTo(leadId);
        } else if (v.contactPhone != null) {
            known = KnownLead.byPhone(v.contactPhone);
            if (known != null) {
                v.linkTo(known.leadId);
            }
        }
        if (staff.seesOnlyOwn()) {
            if (leadId != null || known != null) {
                // a consultant records their own customers' visits: the lead's copy must name them (a missing
                // copy denies); the consultant of record is the copy's, not whoever typed
                access.mustBeOwn(known);
                v.consultantId = known.consultantId;
            } else {
                // an unknown visitor: lead-service makes the lead and assigns it by its rules (the visit names no
                // consultant, so it takes nobody's word for the owner); lead.created links it with that consultant
                v.consultantId = null;
            }
        } else {
            v.consultantId = blankToNull(consultantId);
            if (v.consultantId == null && known != null) {
                v.consultantId = known.consultantId;
            }
        }
        return v;
    }

    private Visit finish(Visit v, Map<CheckpointCode, Boolean> checks) {
        v.persist();
        List<Events.Checkpoint> published = new ArrayList<>();
        checks.forEach((code, met) -> {
            VisitCheckpoint c = new VisitCheckpoint();
            c.id = UUID.randomUUID();
            c.visitId = v.id;
            c.kind = v.kind;
            c.code = code;
            c.met = met;
            c.consultantId = v.consultantId;
            c.occurredAt = v.occurredAt;
            c.persist();
            published.add(new Events.Checkpoint(code.name(), met));
        });
        if (v.appointmentAt != null) {
            appointments.bookFromVisit(v.id, v.leadId, v.consultantId, v.appointmentAt);
        }
        // ids only (item 11); an unknown visitor's contact goes to the compacted visit.contact, from which
        // lead-service creates or merges the lead
        UUID key = v.leadId != null ? v.leadId : v.id;
        String dealer = v.dealerId != null ? v.dealerId : staff.dealerId();
        List<String> models = v.modelsPresented == null ? List.of() : List.of(v.modelsPresented);
        outbox.publish(
                Topics.VISIT_RECORDED,
                key,
                v.id,
                new Events.VisitRecorded(
                        v.id,
                        dealer,
                        v.leadId,
                        v.kind.name(),
                        v.consultantId,
                        v.occurredAt,
                        published,
                        models,
                        v.appointmentAt));
        if (v.leadId == null && v.contactPhone != null) {
            outbox.publish(
                    Topics.VISIT_CONTACT,
                    v.id,
                    v.id,
                    new Events.VisitContact(
                            v.id,
                            dealer,
                            v.kind.name(),
                            v.consultantId,
                            v.contactName,
                            v.contactPhone,
                            v.contactEmail,
                            models.isEmpty() ? null : models.get(0),
                            v.occurredAt,
                            v.campaignId));
        }
        registry.counter("showroom.visits.recorded", "kind", v.kind.name(), "known", String.valueOf(v.leadId != null))
                .increment();
        return v;
    }

    private static void notInFuture(Instant at, Instant now, String field) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid(field, "pastOrPresent", field + " must not be in the future");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
