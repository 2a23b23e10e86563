package dev.showroom.platform.erasure;

import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.tenancy.CurrentDealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the platform's own tables keep about a person, forgotten with them (docs/reliability.md, item 11).
 * Each service's erasure calls {@link #forget} in its transaction, for the erasure's dealer, naming the
 * lead and what else marks the person's records: the phones it knew (before blanking them) and the ids of
 * records typed before the person was a lead (a call's visit id is in its stored answer even when the
 * contact copy, on another topic, has not arrived yet):
 * <ul>
 * <li>idempotency records: a stored answer that mentions the lead or one of those marks loses its body; a replay of
 * the key still answers with the first status and location, but no longer with the person's name;</li>
 * <li>the outbox (rows are kept a while after publishing): events about the lead, or naming one of the
 * phones, lose their personal fields.</li>
 * </ul>
 */
@ApplicationScoped
public class PersonalData {

    /** The payload fields that hold personal data or free text about a person, in any event of the suite. */
    static final String PERSONAL_FIELDS =
            "{name,phone,email,customerName,customerPhone,contact,note,outcome,resolution,reason}";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** @return how many idempotency records and outbox rows were blanked */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(UUID leadId, Collection<String> marks) {
        Objects.requireNonNull(leadId, "leadId");
        outbox.flush(); // the rows this transaction announced are blanked too
        String dealer = CurrentDealer.current();
        List<String> patterns = new ArrayList<>();
        patterns.add(contains(leadId.toString()));
        if (marks != null) {
            marks.stream()
                    .filter(p -> p != null && !p.isBlank())
                    .distinct()
                    .map(PersonalData::contains)
                    .forEach(patterns::add);
        }
        String mentioned = anyLike("body", patterns.size(), 3);
        Query records = em.createNativeQuery("update idempotency_record set body = null where body is not null "
                        + "and (scope like ?1 or scope like ?2) and (" + mentioned + ")")
                .setParameter(1, escape(dealer) + "|%")
                .setParameter(2, "anonymous|%");
        bind(records, patterns, 3);
        int blanked = records.executeUpdate();

        Query outbox = em.createNativeQuery("update outbox_event set payload = ((payload::jsonb - cast(?1 as text[])) "
                        + "#- '{feedback,comments}')::text where payload like ?2 and (event_key = ?3 or "
                        + anyLike("payload", patterns.size(), 4) + ")")
                .setParameter(1, PERSONAL_FIELDS)
                .setParameter(2, contains("\"dealerId\":\"" + dealer + "\""))
                .setParameter(3, leadId.toString());
        bind(outbox, patterns, 4);
        return blanked + outbox.executeUpdate();
    }

    private static String anyLike(String column, int count, int firstParameter) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            terms.add(column + " like ?" + (firstParameter + i));
        }
        return String.join(" or ", terms);
    }

    private static void bind(Query query, List<String> values, int firstParameter) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(firstParameter + i, values.get(i));
        }
    }

    private static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** LIKE's wildcards taken literally (PostgreSQL's default escape character is the backslash). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
