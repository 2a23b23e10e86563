package dev.showroom.visit.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** lead.qualified → the consultant's task to invite the prospect to the showroom. */
@ApplicationScoped
public class Invitations {

    /**
     * A prospect to invite: the consultant named by the event, or (null) the one this service's copy of the
     * lead has.
     */
    public record Invitation(UUID leadId, String dealerId, String consultantId, String modelOfInterest, Instant at) {}

    @Inject
    EntityManager em;

    /**
     * One open invitation per prospect: a redelivered or repeated lead.qualified finds it (unique partial
     * index) and adds nothing; a prospect who already has a booked appointment needs no invitation.
     *
     * <p>The invitations of a batch of events in one statement, with the result of inviting them one after
     * another: rows in the events' order, so that of two for one prospect the first is inserted and the second
     * finds it (on conflict do nothing); the booked appointments and the lead copies are those of the
     * transaction (lead.qualified books nothing, so no invitation of the batch changes what the next one sees).
     */
    public void invite(List<Invitation> invitations) {
        if (invitations.isEmpty()) {
            return;
        }
        int n = invitations.size();
        String[] ids = new String[n];
        String[] dealers = new String[n];
        String[] leads = new String[n];
        String[] consultants = new String[n];
        String[] purposes = new String[n];
        String[] ats = new String[n];
        for (int i = 0; i < n; i++) {
            Invitation invitation = invitations.get(i);
            ids[i] = UUID.randomUUID().toString();
            dealers[i] = invitation.dealerId();
            leads[i] = invitation.leadId().toString();
            consultants[i] = invitation.consultantId();
            purposes[i] = invitation.modelOfInterest() == null
                    ? "Invite to the showroom"
                    : "Invite to the showroom: " + invitation.modelOfInterest();
            ats[i] = invitation.at().toString();
        }
        em.flush(); // the statement below goes round Hibernate: what the session holds is written first
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into appointment (id, dealer_id, lead_id, consultant_id, status, purpose, note, "
                            + "created_at, updated_at) "
                            + "select e.id::uuid, e.dealer, e.lead::uuid, coalesce(e.consultant, (select k.consultant_id "
                            + "from known_lead k where k.dealer_id = e.dealer and k.lead_id = e.lead::uuid)), "
                            + "'TO_INVITE', e.purpose, null, e.at::timestamptz, e.at::timestamptz "
                            + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                            + "with ordinality as e(id, dealer, lead, consultant, purpose, at, n) "
                            + "where not exists (select 1 from appointment a where a.dealer_id = e.dealer "
                            + "and a.lead_id = e.lead::uuid and a.status = 'BOOKED') "
                            + "order by e.n on conflict do nothing")) {
                insert.setArray(1, connection.createArrayOf("text", ids));
                insert.setArray(2, connection.createArrayOf("text", dealers));
                insert.setArray(3, connection.createArrayOf("text", leads));
                insert.setArray(4, connection.createArrayOf("text", consultants));
                insert.setArray(5, connection.createArrayOf("text", purposes));
                insert.setArray(6, connection.createArrayOf("text", ats));
                insert.executeUpdate();
            }
        });
    }
}
