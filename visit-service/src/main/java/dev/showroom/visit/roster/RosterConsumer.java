package dev.showroom.visit.roster;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local copy of the dealer's roster (lead-service, dealer.roster-changed): who is staff, who is an active
 * consultant, and who is on duty each day. Each record is the whole roster: applied once (EventInbox), and only
 * when newer than the copy (its revision), so a redelivered or late record changes nothing.
 */
@ApplicationScoped
public class RosterConsumer {

    @Inject
    EntityManager em;

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.state(Topics.DEALER_ROSTER_CHANGED, Events.DealerRosterChanged.class, this::onRosterChanged);
    }

    void onRosterChanged(IncomingEvent<Events.DealerRosterChanged> event) {
        apply(event.payload());
    }

    void apply(Events.DealerRosterChanged roster) {
        em.createNativeQuery("insert into roster_copy (dealer_id, revision) values (?1, 0) on conflict do nothing")
                .setParameter(1, roster.dealerId())
                .executeUpdate();
        RosterCopy copy = em.find(RosterCopy.class, roster.dealerId(), LockModeType.PESSIMISTIC_WRITE);
        if (roster.revision() <= copy.revision) {
            return;
        }
        copy.revision = roster.revision();
        Map<String, StaffCopy> staff =
                StaffCopy.<StaffCopy>listAll().stream().collect(Collectors.toMap(s -> s.userId, Function.identity()));
        for (Events.RosterMember m : roster.members()) {
            StaffCopy member = staff.remove(m.userId());
            boolean added = member == null;
            if (added) {
                member = new StaffCopy();
                member.id = UUID.randomUUID();
                member.userId = m.userId();
            }
            member.roles = m.roles().toArray(String[]::new);
            member.active = m.active();
            if (added) {
                member.persist();
            }
        }
        // a member the roster no longer names is no longer staff here
        staff.values().forEach(StaffCopy::delete);
        DutyCopy.delete("dealerId", roster.dealerId());
        DutyCopy.flush();
        for (Events.RosterDuty d : roster.duty()) {
            DutyCopy duty = new DutyCopy();
            duty.id = UUID.randomUUID();
            duty.dutyDate = d.date();
            duty.consultants = List.copyOf(d.consultants()).toArray(String[]::new);
            duty.persist();
        }
    }
}
