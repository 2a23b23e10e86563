package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What lost customers said (docs/process.md, "Objections and defeats"): the LOST_CUSTOMER surveys sent with the
 * lost-customer calls of confirmed defeats, and their answers: the mean of each rating, and the words of the latest
 * ones (why they bought elsewhere, what we could have done). Their ratings stay out of CSI and NPS.
 */
@Path("/api/v1/surveys/lost-customers")
@Tag(name = "Surveys", description = "Satisfaction surveys")
@RolesAllowed({Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class LostCustomerSurveyResource {

    public record Rating(String questionCode, long answers, BigDecimal mean) {}

    /** One answered survey's words, by question code; the customer as after-sales' copy names them. */
    public record Answered(
            UUID surveyId, UUID leadId, String customerName, Instant completedAt, Map<String, String> texts) {}

    public record Summary(
            String dealerId,
            LocalDate from,
            LocalDate to,
            String timeZone,
            long sent,
            long answered,
            List<Rating> ratings,
            List<Answered> latest) {}

    static final int MAX_DAYS = 1100;
    static final int LATEST = 20;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @GET
    @Operation(
            operationId = "getLostCustomerSurveys",
            summary = "The lost-customer surveys of a period (?from, ?to: local dates, inclusive; default this month): "
                    + "how many were created and answered, the mean of each rating, the latest answers' words")
    @SuppressWarnings("unchecked")
    public Summary summary(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        LocalDate from = QueryParams.date(fromParam, "from");
        LocalDate to = QueryParams.date(toParam, "to");
        String dealerId = staff.dealerId();
        ZoneId zone = profiles.zone(dealerId);
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate start = from != null ? from : end.withDayOfMonth(1);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "beforeTo", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ProblemException.invalid("from", "maxPeriod", "a period holds at most " + MAX_DAYS + " days");
        }
        Instant since = start.atStartOfDay(zone).toInstant();
        Instant until = end.plusDays(1).atStartOfDay(zone).toInstant();

        long sent = ((Number) em.createNativeQuery("select count(*) from survey where dealer_id = ?1 and "
                                + "purpose = 'LOST_CUSTOMER' and created_at >= ?2 and created_at < ?3")
                        .setParameter(1, dealerId)
                        .setParameter(2, since)
                        .setParameter(3, until)
                        .getSingleResult())
                .longValue();
        String answeredIn = "from survey s where s.dealer_id = ?1 and s.purpose = 'LOST_CUSTOMER' "
                + "and s.status = 'COMPLETED' and s.completed_at >= ?2 and s.completed_at < ?3";
        long answered = ((Number) em.createNativeQuery("select count(*) " + answeredIn)
                        .setParameter(1, dealerId)
                        .setParameter(2, since)
                        .setParameter(3, until)
                        .getSingleResult())
                .longValue();
        List<Rating> ratings = ((List<Object[]>) em.createNativeQuery("select a.question_code, count(*), avg(a.score) "
                                + "from survey_answer a where a.kind = 'RATING_1_5' and a.score is not null "
                                + "and a.survey_id in (select s.id " + answeredIn + ") "
                                + "group by a.question_code order by a.question_code")
                        .setParameter(1, dealerId)
                        .setParameter(2, since)
                        .setParameter(3, until)
                        .getResultList())
                .stream()
                        .map(r -> new Rating(
                                (String) r[0],
                                ((Number) r[1]).longValue(),
                                BigDecimal.valueOf(((Number) r[2]).doubleValue())
                                        .setScale(2, RoundingMode.HALF_UP)))
                        .toList();
        List<Survey> latest = Survey.<Survey>find(
                        "purpose = ?1 and status = ?2 and completedAt >= ?3 and completedAt < ?4 "
                                + "order by completedAt desc, id",
                        Survey.Purpose.LOST_CUSTOMER,
                        Survey.Status.COMPLETED,
                        since,
                        until)
                .page(0, LATEST)
                .list();
        List<Answered> words = latest.stream()
                .map(s -> {
                    Map<String, String> texts = new LinkedHashMap<>();
                    SurveyAnswer.<SurveyAnswer>list("surveyId = ?1 and text is not null order by questionCode", s.id)
                            .forEach(a -> texts.put(a.questionCode, a.text));
                    Customer c = s.leadId == null ? null : Customer.byLead(s.leadId);
                    return new Answered(s.id, s.leadId, c == null ? null : c.name, s.completedAt, texts);
                })
                .toList();
        return new Summary(dealerId, start, end, zone.getId(), sent, answered, ratings, words);
    }
}
