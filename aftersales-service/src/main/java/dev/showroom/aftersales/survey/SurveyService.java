package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.complaint.ComplaintOpening;
import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.loyalty.CustomerClasses;
import dev.showroom.aftersales.messaging.MessageKind;
import dev.showroom.aftersales.messaging.Messages;
import dev.showroom.aftersales.settings.DealerSettings;
import dev.showroom.aftersales.survey.Question.Kind;
import dev.showroom.aftersales.survey.Survey.Channel;
import dev.showroom.aftersales.survey.Survey.Purpose;
import dev.showroom.aftersales.survey.Survey.Status;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creating surveys, issuing their single-use links, and taking their answers (with the scores). */
@ApplicationScoped
public class SurveyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** rating: 1-5 for RATING_1_5, 0-10 for NPS_0_10; yes for YES_NO; text for TEXT. */
    public record AnswerInput(
            @NotBlank @Size(max = 64) String questionCode,
            Integer rating,
            Boolean yes,
            @Size(max = 2000) String text) {}

    /** What staff learn of a link sent to the customer: not the link itself. */
    public record SentLink(UUID surveyId, String sentVia, Instant sentAt, Instant expiresAt) {}

    @Inject
    CustomerClasses classes;

    @Inject
    TemplateCatalogue templates;

    @Inject
    DealerSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    @Inject
    ComplaintOpening complaints;

    /** Where the customer's web pages are served (the survey page is {@code <base>/survey/{token}}). */
    @ConfigProperty(name = "showroom.customer-pages.base-url", defaultValue = "http://localhost:8080")
    String customerPages;

    public Survey create(String dealerId, UUID leadId, UUID orderId, String templateCode, Purpose purpose) {
        Customer customer = Customer.byLead(leadId);
        if (customer != null && customer.erased()) {
            throw ProblemException.conflict("This customer's personal data was erased: no survey is sent");
        }
        SurveyTemplate template = templates.latest(dealerId, templateCode);
        Survey s = new Survey();
        s.id = UUID.randomUUID();
        s.templateId = template.id;
        s.templateCode = template.code;
        s.templateVersion = template.version;
        s.purpose = purpose;
        s.leadId = leadId;
        s.orderId = orderId != null ? orderId : customer == null ? null : customer.orderId;
        s.consultantId = customer == null ? null : customer.consultantId;
        s.status = Status.PENDING;
        s.createdAt = Instant.now(clock);
        s.persist();
        return s;
    }

    /**
     * Sends the survey's single-use link to the customer as a SURVEY_LINK message (the dealer's template in its
     * language, by e-mail or SMS, kept in the customer's history with its delivery status): a fresh random token
     * (256 bits) of which only the hash is kept, and a new link replaces the previous one. Only to a customer who
     * consented and did not opt out (409 naming why). The token goes to the customer only, never back to the
     * staff member (who could answer "as the customer"): the history shown to staff masks it.
     */
    public SentLink sendLink(String dealerId, Survey survey) {
        if (survey.status != Status.PENDING) {
            throw ProblemException.conflict("This survey is already answered");
        }
        Customer customer = survey.leadId == null ? null : Customer.byLead(survey.leadId);
        Messages.Refusal refusal = customer == null ? Messages.Refusal.NO_ADDRESS : Messages.refusal(customer);
        if (refusal != null) {
            throw Messages.refused("No survey link is sent to this customer", refusal);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String tokenHash = hash(token);
        Messages.Outcome sent = messages.queue(
                dealerId,
                customer,
                MessageKind.SURVEY_LINK,
                "survey:" + survey.id + ":" + tokenHash.substring(0, 16),
                Map.of("link", surveyPage(token)));
        if (sent.message() == null) {
            throw Messages.refused("No survey link is sent to this customer", sent.refusal());
        }
        survey.linkTokenHash = tokenHash;
        survey.linkExpiresAt = Instant.now(clock).plus(Duration.ofDays(settings.of(dealerId).surveyLinkDays));
        survey.linkSentVia = sent.message().channel.name();
        survey.linkSentAt = Instant.now(clock);
        return new SentLink(survey.id, survey.linkSentVia, survey.linkSentAt, survey.linkExpiresAt);
    }

    /** The customer's page of a link (built by the gateway), not the JSON API behind it. */
    String surveyPage(String token) {
        return customerPages.replaceAll("/+$", "") + "/survey/" + token;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link's survey, if the link may still be answered: 410 when expired, 409 when already answered. */
    public void requireOpenLink(Survey survey) {
        if (survey.status == Status.COMPLETED) {
            throw ProblemException.conflict("This survey has already been answered");
        }
        if (!Instant.now(clock).isBefore(survey.linkExpiresAt)) {
            throw new ProblemException(410, "gone", "Gone", "This survey link has expired", null);
        }
    }

    public SurveyTemplate templateOf(Survey survey) {
        return SurveyTemplate.findById(survey.templateId);
    }

    /**
     * The customer's answers through their link (the only way a survey is answered): checks and stores them,
     * computes the scores and announces survey.completed.
     */
    public void answer(String dealerId, Survey survey, List<AnswerInput> answers) {
        if (survey.status != Status.PENDING) {
            throw ProblemException.conflict("This survey has already been answered");
        }
        Map<String, Question> questions = templateOf(survey).questionList().stream()
                .collect(Collectors.toMap(Question::code, Function.identity()));
        SurveyScoring.check(answers, questions);
        for (AnswerInput a : answers) {
            Question q = questions.get(a.questionCode());
            SurveyAnswer row = new SurveyAnswer();
            row.id = UUID.randomUUID();
            row.surveyId = survey.id;
            row.questionCode = q.code();
            row.kind = q.kind();
            row.step = q.step();
            row.score = q.kind() == Kind.RATING_1_5 || q.kind() == Kind.NPS_0_10 ? a.rating() : null;
            row.yes = q.kind() == Kind.YES_NO ? a.yes() : null;
            row.text = q.kind() == Kind.TEXT ? a.text() : null;
            row.checkpoint = q.kind() == Kind.YES_NO ? q.checkpoint() : null;
            row.persist();
        }
        SurveyScoring.Result scores = SurveyScoring.score(answers, questions);
        survey.csi = scores.csi();
        survey.recommendScore = scores.recommendScore();
        survey.status = Status.COMPLETED;
        survey.channel = Channel.LINK;
        survey.completedAt = Instant.now(clock);
        survey.completedBy = "customer";
        // a detractor is care's business at once: a complaint with the answers, in this same transaction
        Detractor.of(answers, questions)
                .ifPresent(d -> complaints.fromSurvey(
                        dealerId, survey.id, survey.leadId, survey.orderId, d, d.describe(answers, questions)));
        classes.refresh(dealerId, survey.leadId);
        Object key = survey.leadId != null ? survey.leadId : survey.id;
        outbox.publish(
                Topics.SURVEY_COMPLETED,
                key,
                survey.id,
                new Events.SurveyCompleted(
                        survey.id,
                        dealerId,
                        survey.leadId,
                        survey.orderId,
                        survey.consultantId,
                        survey.templateCode,
                        survey.templateVersion,
                        survey.csi,
                        survey.recommendScore,
                        scores.stepScores(),
                        survey.channel.name(),
                        survey.completedAt));
    }
}
