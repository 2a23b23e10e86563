package dev.showroom.visit.reception;

import dev.showroom.contracts.Events;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.phone.PhoneNumbers;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A visit as staff see it; a receptionist gets an unknown visitor's phone masked and no e-mail. */
public record VisitView(
        UUID id,
        VisitKind kind,
        UUID leadId,
        String consultantId,
        Events.Contact contact,
        Instant occurredAt,
        Integer ringCount,
        Integer secondsToAnswer,
        Instant arrivalAt,
        Instant departureAt,
        Integer partySize,
        List<Events.Checkpoint> checkpoints,
        List<String> modelsPresented,
        String outcome,
        Instant appointmentAt,
        UUID campaignId,
        String recordedBy,
        Instant recordedAt,
        long version)
        implements Versioned {

    static VisitView of(Visit v, List<VisitCheckpoint> checkpoints, boolean onlyGreets) {
        Events.Contact contact = v.contactName == null && v.contactPhone == null
                ? null
                : onlyGreets
                        ? new Events.Contact(v.contactName, PhoneNumbers.masked(v.contactPhone), null)
                        : new Events.Contact(v.contactName, v.contactPhone, v.contactEmail);
        return new VisitView(
                v.id,
                v.kind,
                v.leadId,
                v.consultantId,
                contact,
                v.occurredAt,
                v.ringCount,
                v.secondsToAnswer,
                v.arrivalAt,
                v.departureAt,
                v.partySize,
                checkpoints.stream()
                        .map(c -> new Events.Checkpoint(c.code.name(), c.met))
                        .toList(),
                v.modelsPresented == null ? List.of() : Arrays.asList(v.modelsPresented),
                v.outcome,
                v.appointmentAt,
                v.campaignId,
                v.recordedBy,
                v.recordedAt,
                v.version);
    }
}
