package dev.showroom.web.care;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * aftersales-service as the signed-in member of staff: call-backs after delivery, surveys (sent to the customer,
 * never answered here), complaints and referrals. The service decides who sees what (a consultant their own,
 * customer care and managers the dealer's; hq and receptionists nothing).
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface CareApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(int maxCallAttempts, int retryHours, int acknowledgeSlaHours, int surveyLinkDays) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Call(
            Instant calledAt,
            String calledBy,
            boolean reached,
            String note,
            Boolean referralsAsked,
            Boolean satisfied,
            String complaintId,
            int referralsGiven) {}

    /** What a call-back is for and what to ask (after-sales' CallScript). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Script(String code, String purpose, List<String> questions) {
        public List<String> questions() {
            return questions == null ? List.of() : questions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowUp(
            String id,
            String leadId,
            String orderId,
            String orderNumber,
            String customerName,
            String customerPhone,
            String purpose,
            Integer dayOffset,
            Instant dueAt,
            LocalDateTime dueLocal,
            String assigneeId,
            String status,
            int attempts,
            boolean overdue,
            String surveyId,
            Instant doneAt,
            List<Call> calls,
            boolean referralAskDay,
            Script script) {

        public List<Call> calls() {
            return calls == null ? List.of() : calls;
        }

        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String questionCode, String kind, String step, Integer rating, Boolean yes, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Survey(
            String id,
            String leadId,
            String orderId,
            String consultantId,
            String templateCode,
            int templateVersion,
            String purpose,
            String status,
            String channel,
            Instant linkSentAt,
            Instant linkExpiresAt,
            Instant createdAt,
            Instant completedAt,
            Double csi,
            Integer recommendScore,
            List<Answer> answers) {

        public List<Answer> answers() {
            return answers == null ? List.of() : answers;
        }

        public boolean answered() {
            return "COMPLETED".equals(status);
        }

        /** A pending survey whose link has passed its end: the customer can no longer answer it. */
        public boolean expired() {
            return !answered() && linkExpiresAt != null && !linkExpiresAt.isAfter(Instant.now());
        }

        /** CSI as a whole number of 0–100, or "" (no rating answered). */
        public String csiShown() {
            return csi == null ? "" : String.valueOf(Math.round(csi));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SentLink(String surveyId, String sentVia, Instant sentAt, Instant expiresAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(String code, String kind, String step, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Template(String code, int version, String title, List<Question> questions) {

        public List<Question> questions() {
            return questions == null ? List.of() : questions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Note(Instant writtenAt, String writtenBy, String kind, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Complaint(
            String id,
            String leadId,
            String orderId,
            String customerName,
            String customerPhone,
            String channel,
            String category,
            String severity,
            String description,
            String status,
            Instant openedAt,
            String openedBy,
            Instant acknowledgeBy,
            Instant acknowledgedAt,
            String assigneeId,
            boolean escalated,
            Instant escalatedAt,
            long ageHours,
            int priority,
            Instant resolveBy,
            Instant expectedResolutionBy,
            boolean acknowledgementOverdue,
            boolean resolutionOverdue,
            String remedy,
            String rootCause,
            String resolution,
            Instant resolvedAt,
            Instant customerConfirmedAt,
            Instant closedAt,
            List<Note> notes) {

        public List<Note> notes() {
            return notes == null ? List.of() : notes;
        }

        /** Whole days since it was opened (a complaint of 200 hours reads better as 8 days). */
        public long ageDays() {
            return ageHours / 24;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Referral(String id, String name, String phone, String relation, Instant receivedAt, Instant appointmentAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Referrals(String referrerLeadId, List<Referral> referrals) {

        public List<Referral> referrals() {
            return referrals == null ? List.of() : referrals;
        }
    }

    @GET
    @Path("follow-ups/settings")
    Settings settings();

    @GET
    @Path("follow-ups")
    Paged<FollowUp> followUps(
            @QueryParam("due") Boolean due,
            @QueryParam("status") String status,
            @QueryParam("leadId") String leadId,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("follow-ups/{id}")
    FollowUp followUp(@PathParam("id") String id);

    @POST
    @Path("follow-ups/{id}/calls")
    FollowUp recordCall(@PathParam("id") String id, Map<String, Object> call);

    @GET
    @Path("surveys")
    Paged<Survey> surveys(
            @QueryParam("status") String status,
            @QueryParam("leadId") String leadId,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("surveys/{id}")
    Survey survey(@PathParam("id") String id);

    /** Sends the link of a pending survey to the customer's phone (never to staff). */
    @POST
    @Path("surveys/{id}/link")
    SentLink sendLink(@PathParam("id") String id);

    /** Sends a survey link to a customer, reusing their pending survey or making one. */
    @POST
    @Path("surveys/links")
    SentLink sendLinkTo(Map<String, Object> customer);

    @GET
    @Path("survey-templates/{code}")
    Template template(@PathParam("code") String code, @QueryParam("version") int version);

    @GET
    @Path("complaints")
    Paged<Complaint> complaints(
            @QueryParam("open") Boolean open,
            @QueryParam("status") String status,
            @QueryParam("escalated") Boolean escalated,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("complaints/{id}")
    Complaint complaint(@PathParam("id") String id);

    @POST
    @Path("complaints")
    Complaint open(Map<String, Object> complaint, @HeaderParam("Idempotency-Key") String idempotencyKey);

    /** One row of after-sales' complaint report. */
    record ReportRow(
            String key,
            long complaints,
            long open,
            long resolved,
            long acknowledgedInTime,
            long resolvedInTime,
            Double meanHoursToResolve,
            Double medianHoursToResolve) {}

    record OpenAge(
            String severity,
            long underOneDay,
            long oneToThreeDays,
            long threeToSevenDays,
            long overSevenDays,
            long pastResolveBy) {}

    record RepeatComplainer(
            String leadId, String customerName, long complaints, Instant firstOpenedAt, Instant lastOpenedAt) {}

    record ComplaintReport(
            String from,
            String to,
            ReportRow total,
            List<ReportRow> bySeverity,
            List<ReportRow> byCategory,
            List<ReportRow> byRootCause,
            List<OpenAge> openByAge,
            List<RepeatComplainer> repeatComplainers) {}

    @GET
    @Path("complaints/report")
    ComplaintReport complaintReport(@QueryParam("from") String from, @QueryParam("to") String to);

    /** acknowledge, notes, resolve, confirm, assign: each answers the complaint as it is now. */
    @POST
    @Path("complaints/{id}/{step}")
    Complaint step(@PathParam("id") String id, @PathParam("step") String step, Map<String, Object> body);

    @GET
    @Path("referrals")
    Referrals referrals(@QueryParam("referrerLeadId") String referrerLeadId);

    @POST
    @Path("referrals")
    Referrals refer(Map<String, Object> referrals, @HeaderParam("Idempotency-Key") String idempotencyKey);
}
