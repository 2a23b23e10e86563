package dev.showroom.lead.intake;

import dev.showroom.lead.assignment.RoundRobin;
import dev.showroom.lead.followup.FollowUpSchedule;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.lead.settings.LeadSettings;
import dev.showroom.lead.settings.RememberedDealers;
import dev.showroom.platform.phone.PhoneNumbers;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a prospect from any channel. One person is one lead per dealer: a capture whose normalised
 * phone is already known merges into that lead (the contact is recorded) instead of creating another.
 * Only a capture staff vouched for changes a known lead; the public form and referrals leave a pending
 * contact request (and the form at most {@code showroom.lead.anonymous-contacts-per-day} a day).
 */
@ApplicationScoped
public class LeadIntake {

    /** {@code contactId} is null when an anonymous contact was absorbed by the daily cap. */
    public record Captured(Lead lead, boolean created, UUID contactId) {}

    @ConfigProperty(name = "showroom.lead.anonymous-contacts-per-day", defaultValue = "5")
    int anonymousContactsPerDay;

    @Inject
    RememberedDealers dealers;

    @Inject
    RoundRobin roundRobin;

    @Inject
    LeadEvents events;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    /** @throws PhoneNumbers.InvalidPhoneException when the phone is not a valid number for the dealer's region */
    // an invalid phone is found before anything is written: the caller's transaction (an import) goes on
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PhoneNumbers.InvalidPhoneException.class)
    public Captured capture(String dealerId, Capture c) {
        return capture(dealerId, c, null);
    }

    /**
     * As {@link #capture(String, Capture)}, a new lead pointing to {@code campaignId} (one of the dealer's campaigns,
     * checked by the caller) from the start, so that {@code lead.created} names it; a known person's lead is left
     * to the caller ({@link dev.showroom.lead.campaign.Campaigns#attribute}).
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PhoneNumbers.InvalidPhoneException.class)
    public Captured capture(String dealerId, Capture c, UUID campaignId) {
        RememberedDealers.Facts dealer = dealers.of(dealerId);
        LeadSettings s = dealer.settings();
        String phone = PhoneNumbers.normalise(c.phone(), dealer.region());
        Instant now = Instant.now(clock);
        Lead lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.dealerId = dealerId;
        lead.name = c.name().strip();
        lead.phone = phone;
        lead.email = LeadEvents.blankToNull(c.email());
        lead.channel = c.channel();
        lead.sourceDetail = LeadEvents.blankToNull(c.sourceDetail());
        lead.modelOfInterest = LeadEvents.blankToNull(c.modelOfInterest());
        lead.budget = c.budget();
        lead.purchaseTimeframe = c.purchaseTimeframe();
        lead.notes = LeadEvents.blankToNull(c.notes());
        lead.consentContact = c.consent();
        lead.consentAt = c.consent() ? (c.consentAt() != null ? c.consentAt() : now) : null;
        lead.referrerLeadId = c.referrerLeadId();
        lead.visitId = c.visitId();
        lead.campaignId = campaignId;
        lead.grade = c.grade();
        lead.stage = Stage.NEW;
        lead.nextFollowUpAt = FollowUpSchedule.next(s, dealer.zone(), c.grade(), now);
        lead.createdAt = now;
        lead.updatedAt = now;
        // the rota's turn is taken only for a lead that is new (after the insert): a known person takes none
        boolean roundRobinTurn = c.consultantId() == null;
        lead.consultantId = c.consultantId();
        boolean inPerson = c.channel().inPerson(); // a walk-in or a caller is in contact at capture: no wait
        if (inPerson && !roundRobinTurn) {
            lead.contacted(now);
        }
        Found found = insertUnlessKnown(lead, phone);
        if (!found.inserted()) {
            return new Captured(found.lead(), false, merge(found.lead(), c, now));
        }
        lead = found.lead();
        if (roundRobinTurn) {
            lead.consultantId = roundRobin.next(dealerId);
            if (inPerson) {
                lead.contacted(now);
            }
        }
        UUID contact = contact(lead, c, now).id;
        events.created(lead, c.referralId());
        events.contact(lead);
        if (lead.consultantId != null) {
            events.assigned(lead, null, roundRobinTurn ? "round-robin" : c.by(), now);
        }
        if (lead.grade != null) {
            events.graded(lead, null, now);
        }
        registry.counter("showroom.leads.created", "channel", lead.channel.name())
                .increment();
        return new Captured(lead, true, contact);
    }

    /**
     * The new lead inserted, or null when the dealer knows the phone (the caller merges into that lead). Two captures
     * of one person at once (two receptionists, the form and a call) would both find no lead by a lookup and both
     * insert one. The insert skips a phone that is known ({@code on conflict (dealer_id, phone) do nothing}): a
     * concurrent capture of the same phone waits on the unique index until the first commits, inserts nothing and
     * then finds that lead, as a capture a moment later does; if the first rolled back, its insert goes ahead. A
     * known lead erased (its phone gone) between the insert and the lookup is a rare race: the insert is tried
     * again, a few times.
     */
    private static Found insertUnlessKnown(Lead lead, String phone) {
        for (int attempt = 1; ; attempt++) {
            Lead inserted = Lead.insertIfAbsent(lead);
            if (inserted != null) {
                return new Found(inserted, true);
            }
            Lead known = Lead.byPhone(phone);
            if (known != null) {
                return new Found(known, false);
            }
            if (attempt == 3) {
                throw new IllegalStateException("the phone's lead was neither inserted nor found, three times");
            }
        }
    }

    private record Found(Lead lead, boolean inserted) {}

    private UUID merge(Lead lead, Capture c, Instant now) {
        registry.counter("showroom.leads.merged", "channel", c.channel().name()).increment();
        if (!c.origin().vouched()) {
            return contactRequest(lead, c, now);
        }
        // the first values stay; a new contact only fills what we did not know
        boolean contactChanged = false;
        if (lead.email == null) {
            lead.email = LeadEvents.blankToNull(c.email());
            contactChanged = lead.email != null;
        }
        if (lead.modelOfInterest == null) {
            lead.modelOfInterest = LeadEvents.blankToNull(c.modelOfInterest());
        }
        if (lead.purchaseTimeframe == null) {
            lead.purchaseTimeframe = c.purchaseTimeframe();
        }
        if (lead.referrerLeadId == null) {
            lead.referrerLeadId = c.referrerLeadId();
        }
        if (c.consent() && !lead.consentContact) {
            lead.consentContact = true;
            lead.consentAt = c.consentAt() != null ? c.consentAt() : now;
            contactChanged = true;
        }
        lead.updatedAt = now;
        if (contactChanged) {
            // lead.contact carries the e-mail and the consent (the messages to customers follow them)
            events.contact(lead);
        }
        return contact(lead, c, now).id;
    }

    /**
     * Nobody vouched for these details, so the known person is left as they are: what was offered waits
     * for staff (consent never follows, see {@link LeadContact#confirm}). A form flooding one person is
     * absorbed without a row, answering as if recorded so that the form never tells whether a phone is known.
     */
    private UUID contactRequest(Lead lead, Capture c, Instant now) {
        if (c.origin() == Capture.Origin.ANONYMOUS
                && LeadContact.count("leadId = ?1 and occurredAt > ?2", lead.id, now.minus(Duration.ofDays(1)))
                        >= anonymousContactsPerDay) {
            registry.counter("showroom.leads.contacts.absorbed").increment();
            return null;
        }
        LeadContact request = contact(lead, c, now);
        request.status = LeadContact.Status.PENDING;
        request.modelOfInterest = LeadEvents.blankToNull(c.modelOfInterest());
        request.referrerLeadId = c.referrerLeadId();
        request.consentOfferedAt = c.consent() ? (c.consentAt() != null ? c.consentAt() : now) : null;
        return request.id;
    }

    private static LeadContact contact(Lead lead, Capture c, Instant now) {
        LeadContact contact = new LeadContact();
        contact.id = UUID.randomUUID();
        contact.dealerId = lead.dealerId;
        contact.leadId = lead.id;
        contact.channel = c.channel();
        contact.sourceDetail = LeadEvents.blankToNull(c.sourceDetail());
        contact.name = c.name() == null ? null : c.name().strip();
        contact.email = LeadEvents.blankToNull(c.email());
        contact.note = LeadEvents.blankToNull(c.notes());
        contact.referralId = c.referralId();
        contact.occurredAt = now;
        contact.persist();
        return contact;
    }
}
