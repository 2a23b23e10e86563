package dev.showroom.lead.roster;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.Problem;
import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dealer's roster of staff and the consultants on duty: who may own a lead, and whose turn the next one is.
 * Every change is announced on dealer.roster-changed (the whole roster, through the outbox).
 */
@ApplicationScoped
public class Roster {

    @Inject
    EntityManager em;

    @Inject
    DealerProfiles profiles;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The dealer's today, in its time zone. */
    public LocalDate today(String dealerId) {
        return profiles.today(dealerId);
    }

    /**
     * Refuses (400 naming {@code field}, rule {@code rosterConsultant}) a consultant who is not an active
     * consultant of the roster of the current dealer: a lead is only ever given to one.
     */
    public void requireConsultant(String userId, String field) {
        RosterMember member = userId == null ? null : RosterMember.byUserId(userId);
        if (member == null || !member.activeConsultant()) {
            throw ProblemException.invalid(
                    field, "rosterConsultant", field + " is not an active consultant of the dealer's roster");
        }
    }

    /**
     * The round robin: the consultant whose turn it is among those on duty today, or null when nobody is. The
     * dealer's row is locked for the transaction, so two captures at once never get the same turn.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextTurn(String dealerId) {
        LocalDate today = today(dealerId);
        DutyDay duty = DutyDay.inEffectOn(today);
        if (duty == null) {
            return null;
        }
        List<String> available = Rota.available(duty.consultantList(), activeConsultants());
        if (available.isEmpty()) {
            return null;
        }
        RosterDealer row = lockedRow(dealerId);
        if (!today.equals(row.turnDate)) {
            row.turnDate = today;
            row.turn = 0;
        }
        return Rota.turn(available, row.turn++);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RosterMember add(String dealerId, String userId, String displayName, List<StaffRole> roles, boolean active) {
        if (RosterMember.byUserId(userId) != null) {
            throw new ProblemException(
                    409,
                    "conflict",
                    "Conflict",
                    "userId " + userId + " is on the roster already",
                    List.of(new Problem.FieldError("userId", "unique", "is on the roster already")));
        }
        Instant now = Instant.now(clock);
        RosterMember member = new RosterMember();
        member.id = UUID.randomUUID();
        member.userId = userId;
        member.displayName = displayName;
        member.roles(roles);
        member.active = active;
        member.createdAt = now;
        member.updatedAt = now;
        member.persist();
        announce(dealerId);
        return member;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void update(
            String dealerId, RosterMember member, String displayName, List<StaffRole> roles, boolean active) {
        member.displayName = displayName;
        member.roles(roles);
        member.active = active;
        member.updatedAt = Instant.now(clock);
        announce(dealerId);
    }

    /**
     * The consultants on duty from {@code date} on (until a later date's list). A list for today restarts
     * today's round robin at the first of it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DutyDay setDuty(String dealerId, DutyDay existing, LocalDate date, List<String> consultants) {
        List<Problem.FieldError> errors = Rota.problems(consultants, activeConsultants());
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " consultants are invalid",
                    errors);
        }
        DutyDay day = existing;
        if (day == null) {
            day = new DutyDay();
            day.id = UUID.randomUUID();
            day.dutyDate = date;
        }
        day.consultants = consultants.toArray(String[]::new);
        if (existing == null) {
            day.persist();
        }
        if (date.equals(today(dealerId))) {
            RosterDealer row = lockedRow(dealerId);
            row.turnDate = date;
            row.turn = 0;
        }
        announce(dealerId);
        return day;
    }

    /** Announces the whole roster as it is now (dealer.roster-changed, a new revision). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(String dealerId) {
        em.flush();
        RosterDealer row = lockedRow(dealerId);
        row.revision++;
        List<Events.RosterMember> members = RosterMember.<RosterMember>list("order by userId").stream()
                .map(m -> new Events.RosterMember(
                        m.userId, m.roleList().stream().map(StaffRole::name).toList(), m.active))
                .toList();
        List<Events.RosterDuty> duty = DutyDay.fromToday(today(dealerId)).stream()
                .map(d -> new Events.RosterDuty(d.dutyDate, d.consultantList()))
                .toList();
        outbox.publish(
                Topics.DEALER_ROSTER_CHANGED,
                dealerId,
                dealerId,
                new Events.DealerRosterChanged(dealerId, row.revision, members, duty, Instant.now(clock)));
    }

    /** Who is an active consultant of the current dealer's roster. */
    public Predicate<String> activeConsultants() {
        Map<String, RosterMember> members = RosterMember.<RosterMember>listAll().stream()
                .collect(Collectors.toMap(m -> m.userId, Function.identity()));
        return id -> members.containsKey(id) && members.get(id).activeConsultant();
    }

    private RosterDealer lockedRow(String dealerId) {
        em.createNativeQuery("insert into roster_dealer (dealer_id) values (?1) on conflict do nothing")
                .setParameter(1, dealerId)
                .executeUpdate();
        RosterDealer row = em.find(RosterDealer.class, dealerId);
        em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
        return row;
    }
}
