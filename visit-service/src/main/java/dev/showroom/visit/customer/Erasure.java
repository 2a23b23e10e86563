package dev.showroom.visit.customer;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.erasure.PersonalData;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.phone.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer's right to be forgotten, in this service: the local copy's name and phone, the contact
 * details on their visits, what the needs analysis says about their life, and their driving licence.
 * What stays is anonymous: checkpoints, slots, ratings (the figures managers look at).
 */
@ApplicationScoped
public class Erasure {

    private static final List<String> STATEMENTS = List.of(
            "update visit set contact_name = null, contact_phone = null, contact_email = null, outcome = null "
                    + "where lead_id = ?1 and dealer_id = ?2",
            "update needs_analysis set now_driving = null, enjoys = null, would_alter = null, decision_maker = null, "
                    + "solution_sought = null, family = null, occupation = null, recreation = null, budget_note = null, "
                    + "summary = null where lead_id = ?1 and dealer_id = ?2",
            "update test_drive set licence_last4 = null, feedback_comments = null, cancel_reason = null "
                    + "where lead_id = ?1 and dealer_id = ?2",
            "update appointment set note = null where lead_id = ?1 and dealer_id = ?2");

    @Inject
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    Outbox outbox;

    public void erase(UUID leadId, String dealerId, Instant at) {
        KnownLead copy = KnownLead.findOrCreate(leadId);
        // stored answers and the outbox's events that name the person: by the lead, its phone, its visits' phones
        @SuppressWarnings("unchecked")
        List<String> phones = new ArrayList<>(em.createNativeQuery("select distinct contact_phone from visit "
                        + "where lead_id = ?1 and dealer_id = ?2 and contact_phone is not null")
                .setParameter(1, leadId)
                .setParameter(2, dealerId)
                .getResultList());
        phones.add(copy.phone);
        // a receptionist's stored answer holds the phone masked (a linked visit keeps no phone at all)
        phones.addAll(
                phones.stream().filter(p -> p != null).map(PhoneNumbers::masked).toList());
        // and by the visits' ids: a call's stored answer names the caller even if lead.contact came late
        @SuppressWarnings("unchecked")
        List<UUID> visits = em.createNativeQuery("select id from visit where lead_id = ?1 and dealer_id = ?2")
                .setParameter(1, leadId)
                .setParameter(2, dealerId)
                .getResultList();
        List<String> marks = new ArrayList<>(phones);
        visits.forEach(v -> marks.add(v.toString()));
        personalData.forget(leadId, marks);
        // visit.contact of the person's visits: a tombstone each (linking wrote one already; one more is harmless)
        @SuppressWarnings("unchecked")
        List<UUID> typed = em.createNativeQuery(
                        "select id from visit where lead_id = ?1 and dealer_id = ?2 " + "and contact_name is not null")
                .setParameter(1, leadId)
                .setParameter(2, dealerId)
                .getResultList();
        typed.forEach(visit -> outbox.tombstone(Topics.VISIT_CONTACT, visit, visit));
        // the copy stays as the erasure's marker, so a late lead.created cannot bring the name back
        copy.erase(at);
        for (String sql : STATEMENTS) {
            em.createNativeQuery(sql)
                    .setParameter(1, leadId)
                    .setParameter(2, dealerId)
                    .executeUpdate();
        }
    }
}
