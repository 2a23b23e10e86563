package dev.showroom.aftersales.referral;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.loyalty.CustomerClasses;
import dev.showroom.aftersales.referral.ReferralResource.Person;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Taking the people a customer refers on one ask, from the referrals page or a call-back alike: the referrer must have
 * signed, each person consents, an agreed visit is in the future; each is announced (ids on referral.received, the
 * person on the compacted referral.contact).
 */
@ApplicationScoped
public class ReferralTaking {

    @Inject
    CurrentStaff staff;

    @Inject
    Outbox outbox;

    @Inject
    CustomerClasses classes;

    @Inject
    Clock clock;

    /** {@code field}: the request's field of the people, named in a refusal (e.g. referrals[0].appointmentAt). */
    public List<Referral> take(UUID referrerLeadId, List<Person> people, String field) {
        Customer referrer = Customer.byLead(referrerLeadId);
        if (referrer == null || !(referrer.delivered() || referrer.status == Customer.Status.SIGNED)) {
            throw ProblemException.unprocessable(
                    "referrerLeadId",
                    "signed",
                    "referrals are taken from a customer who signed an order (from the signature on)");
        }
        if (referrer.erased()) {
            throw ProblemException.unprocessable("referrerLeadId", "notErased", "this customer's data was erased");
        }
        Instant now = Instant.now(clock);
        for (int i = 0; i < people.size(); i++) {
            Instant at = people.get(i).appointmentAt();
            if (at != null && !at.isAfter(now)) {
                throw ProblemException.invalid(
                        field + "[" + i + "].appointmentAt", "future", "the appointment agreed must be in the future");
            }
        }
        String consultant = referrer.consultantId;
        List<Referral> created = new ArrayList<>();
        for (Person p : people) {
            Referral r = new Referral();
            r.id = UUID.randomUUID();
            r.referrerLeadId = referrerLeadId;
            r.consultantId = consultant;
            r.name = p.name().strip();
            r.phone = p.phone();
            r.relation = p.relation();
            r.consentAt = now;
            r.receivedAt = now;
            r.recordedBy = staff.id();
            r.appointmentAt = p.appointmentAt();
            r.persist();
            // ids only on referral.received (item 11); the person's contact goes to the compacted
            // referral.contact, for lead-service to make the lead
            outbox.publish(
                    Topics.REFERRAL_RECEIVED,
                    r.referrerLeadId,
                    r.id,
                    new Events.ReferralReceived(
                            r.id,
                            staff.dealerId(),
                            r.referrerLeadId,
                            consultant,
                            r.relation,
                            r.consentAt,
                            r.receivedAt,
                            r.appointmentAt));
            outbox.publish(
                    Topics.REFERRAL_CONTACT,
                    r.id,
                    r.id,
                    new Events.ReferralContact(
                            r.id,
                            staff.dealerId(),
                            r.referrerLeadId,
                            consultant,
                            r.name,
                            r.phone,
                            r.relation,
                            r.consentAt,
                            r.receivedAt));
            created.add(r);
        }
        classes.refresh(staff.dealerId(), referrerLeadId);
        return created;
    }
}
