package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.survey.Question.Kind;
import dev.showroom.aftersales.survey.Question.Step;
import dev.showroom.platform.http.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** The dealer's survey templates; the three defaults are written for a dealer on first use. */
@ApplicationScoped
public class TemplateCatalogue {

    public static final String SALES_SATISFACTION = "SALES_SATISFACTION";
    public static final String PERIODIC_CHECK = "PERIODIC_CHECK";
    public static final String LOST_CUSTOMER = "LOST_CUSTOMER";

    record Default(String title, List<Question> questions) {}

    /**
     * The sales-satisfaction survey asks about each step of the process (docs/process.md, step 10), preparation and
     * closing included, and checks each reception and presentation checkpoint staff record.
     */
    static final Map<String, Default> DEFAULTS = Map.of(
            SALES_SATISFACTION,
                    new Default(
                            "Your experience buying your car",
                            List.of(
                                    new Question(
                                            "RECEPTION_RATING",
                                            Kind.RATING_1_5,
                                            Step.RECEPTION,
                                            "How satisfied were you with how you were welcomed, on the phone and in the showroom?"),
                                    new Question(
                                            "SHOWROOM_READY",
                                            Kind.YES_NO,
                                            Step.RECEPTION,
                                            "Were the showroom and the cars clean, tidy and ready when you came?"),
                                    Question.checks(
                                            "STANDARD_GREETING",
                                            Step.RECEPTION,
                                            "If you phoned us: were you greeted with the dealer's name and your consultant's?"),
                                    Question.checks(
                                            "GREETED_AT_ONCE",
                                            Step.RECEPTION,
                                            "When you came in, were you greeted at once?"),
                                    Question.checks(
                                            "SELF_INTRODUCTION",
                                            Step.RECEPTION,
                                            "Did your consultant introduce themselves and give you their card?"),
                                    Question.checks(
                                            "DRINKS_OFFERED", Step.RECEPTION, "Were you offered a choice of drinks?"),
                                    Question.checks(
                                            "NOT_PRESSED",
                                            Step.RECEPTION,
                                            "Were you free to look around at your own pace, without being pressed?"),
                                    new Question(
                                            "NEEDS_RATING",
                                            Kind.RATING_1_5,
                                            Step.NEEDS_ANALYSIS,
                                            "How well did your consultant understand what you needed?"),
                                    new Question(
                                            "PRESENTATION_RATING",
                                            Kind.RATING_1_5,
                                            Step.PRESENTATION,
                                            "How useful was the presentation of the car?"),
                                    Question.checks(
                                            "BIGGEST_BENEFIT_FIRST",
                                            Step.PRESENTATION,
                                            "Did the presentation start with what mattered most to you?"),
                                    Question.checks(
                                            "CUSTOMER_TOOK_PART",
                                            Step.PRESENTATION,
                                            "Were you invited to sit in, touch and try the car during the presentation?"),
                                    Question.checks(
                                            "NO_COMPETITOR_RUN_DOWN",
                                            Step.PRESENTATION,
                                            "Did your consultant speak fairly of other brands?"),
                                    new Question(
                                            "TEST_DRIVE_OFFERED",
                                            Kind.YES_NO,
                                            Step.TEST_DRIVE,
                                            "Were you offered a test drive?"),
                                    new Question(
                                            "TEST_DRIVE_RATING",
                                            Kind.RATING_1_5,
                                            Step.TEST_DRIVE,
                                            "How satisfied were you with the test drive?"),
                                    new Question(
                                            "NEGOTIATION_RATING",
                                            Kind.RATING_1_5,
                                            Step.NEGOTIATION,
                                            "How fair and clear were the quotation and the negotiation?"),
                                    new Question(
                                            "CONTRACT_EXPLAINED",
                                            Kind.YES_NO,
                                            Step.NEGOTIATION,
                                            "Before you signed, were the price, the contract and the delivery date explained clearly?"),
                                    new Question(
                                            "DELIVERY_RATING",
                                            Kind.RATING_1_5,
                                            Step.DELIVERY,
                                            "How satisfied were you with the handover of your car?"),
                                    new Question(
                                            "RECOMMEND",
                                            Kind.NPS_0_10,
                                            Step.DELIVERY,
                                            "How likely are you to recommend us to a friend or colleague?"),
                                    new Question(
                                            "COMMENTS", Kind.TEXT, Step.DELIVERY, "Anything we should do better?"))),
            PERIODIC_CHECK,
                    new Default(
                            "How are you getting on with your car?",
                            List.of(
                                    new Question(
                                            "CARE_RATING",
                                            Kind.RATING_1_5,
                                            Step.DELIVERY,
                                            "How satisfied are you with our care since your car was delivered?"),
                                    new Question(
                                            "RECOMMEND",
                                            Kind.NPS_0_10,
                                            Step.DELIVERY,
                                            "How likely are you to recommend us to a friend or colleague?"),
                                    new Question(
                                            "COMMENTS", Kind.TEXT, Step.DELIVERY, "Anything we should do better?"))),
            LOST_CUSTOMER,
                    new Default(
                            "Help us understand your decision",
                            List.of(
                                    new Question(
                                            "WHY_ELSEWHERE",
                                            Kind.TEXT,
                                            Step.NEGOTIATION,
                                            "Why did you decide to buy elsewhere, or not to buy now?"),
                                    new Question(
                                            "WHAT_COULD_WE_HAVE_DONE",
                                            Kind.TEXT,
                                            Step.NEGOTIATION,
                                            "What could we have done to win your decision?"),
                                    new Question(
                                            "CONSULTANT_RATING",
                                            Kind.RATING_1_5,
                                            Step.NEEDS_ANALYSIS,
                                            "How well did your consultant understand and advise you?"),
                                    new Question(
                                            "OFFER_RATING",
                                            Kind.RATING_1_5,
                                            Step.NEGOTIATION,
                                            "How did our offer compare with the one you chose?"),
                                    new Question(
                                            "RECONSIDER_RATING",
                                            Kind.RATING_1_5,
                                            Step.DELIVERY,
                                            "How likely are you to consider us for your next car?"))));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The newest version of a template, seeding a default one for this dealer on first use. */
    public SurveyTemplate latest(String dealerId, String code) {
        SurveyTemplate found =
                SurveyTemplate.find("code", Sort.descending("version"), code).firstResult();
        if (found != null) {
            return found;
        }
        Default d = DEFAULTS.get(code);
        if (d == null) {
            throw ProblemException.invalid("templateCode", "knownTemplate", "no survey template " + code);
        }
        // two first uses at once (a request and a consumer) must not both fail: insert once, then read
        em.createNativeQuery("insert into survey_template (id, dealer_id, code, version, title, questions, created_at) "
                        + "values (?1, ?2, ?3, 1, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, dealerId)
                .setParameter(3, code)
                .setParameter(4, d.title())
                .setParameter(5, SurveyTemplate.write(d.questions()))
                .setParameter(6, Instant.now(clock))
                .executeUpdate();
        return SurveyTemplate.find("code", Sort.descending("version"), code).firstResult();
    }

    /** Every template code of the dealer at its newest version (the defaults included). */
    public List<SurveyTemplate> allLatest(String dealerId) {
        DEFAULTS.keySet().forEach(code -> latest(dealerId, code));
        return SurveyTemplate.<SurveyTemplate>list("order by code, version desc").stream()
                .collect(Collectors.toMap(t -> t.code, t -> t, (a, b) -> a.version >= b.version ? a : b, TreeMap::new))
                .values()
                .stream()
                .toList();
    }

    /** A new version of a template (version 1 for a new code); earlier versions stay as they were. */
    public SurveyTemplate addVersion(String dealerId, String code, String title, List<Question> questions) {
        SurveyTemplate previous = DEFAULTS.containsKey(code)
                ? latest(dealerId, code)
                : SurveyTemplate.find("code", Sort.descending("version"), code).firstResult();
        SurveyTemplate t = new SurveyTemplate();
        t.id = UUID.randomUUID();
        t.code = code;
        t.version = previous == null ? 1 : previous.version + 1;
        t.title = title;
        t.questions = SurveyTemplate.write(questions);
        t.createdAt = Instant.now(clock);
        t.persist();
        return t;
    }
}
