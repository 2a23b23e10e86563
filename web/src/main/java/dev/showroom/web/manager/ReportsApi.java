package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The figures a manager looks at, each from the service that owns it: the funnel and overdue follow-ups
 * (lead-service), checkpoint compliance and showroom traffic (visit-service), CSI/NPS and complaints (aftersales-service).
 * Dates are sent as text (days in the dealer's zone); a null parameter is left out.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface ReportsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * presented: leads that reached the product presentation (step 5) or a later stage; needsAnalysed: the needs
     * analysis (step 4) or later; priceBeforeValue: leads whose first quote came before any needs analysis and test
     * drive.
     */
    record Counts(
            long leads,
            long visited,
            long testDriven,
            long quoted,
            long ordered,
            long delivered,
            long defeated,
            long presented,
            long needsAnalysed,
            long priceBeforeValue) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Conversion(
            BigDecimal leadToVisit,
            BigDecimal visitToTestDrive,
            BigDecimal testDriveToQuote,
            BigDecimal quoteToOrder,
            BigDecimal orderToDelivery,
            BigDecimal leadToOrder,
            BigDecimal visitToPresentation,
            BigDecimal presentationToTestDrive,
            BigDecimal visitToNeeds,
            BigDecimal needsToPresentation) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figures(Counts counts, Conversion conversion) {}

    /** lead-service's group of the leads no consultant has yet (grouped by consultant). */
    String UNASSIGNED = "(unassigned)";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Group(String key, Figures figures) {
        /** A consultant's group (not the leads without one). */
        public boolean consultant() {
            return key != null && !key.isBlank() && !UNASSIGNED.equals(key);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Funnel(String from, String to, String consultantId, String channel, Figures total, List<Group> groups) {
        public List<Group> groups() {
            return groups == null ? List.of() : groups;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConsultantOverdue(String consultantId, long overdue) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Overdue(Instant asOf, long total, List<ConsultantOverdue> byConsultant) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Share(long checks, long met, BigDecimal share) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConsultantShare(String consultantId, long checks, long met, BigDecimal share) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Compliance(Share overall, List<ConsultantShare> byConsultant) {}

    /** A CSI/NPS score: {@code csi} 0–100, {@code nps} −100–100, null when nothing was answered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Score(long surveys, Double csi, long npsAnswers, Double nps) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Met(long met, long missed, Double rate) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StepScore(String step, Score score, Met compliance) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConsultantScore(String consultantId, Score score, Met compliance) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Satisfaction(Score overall, Met compliance, List<StepScore> steps, List<ConsultantScore> consultants) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Complaint(
            String id,
            String customerName,
            String category,
            String severity,
            String status,
            Instant openedAt,
            Instant acknowledgeBy,
            Instant acknowledgedAt,
            String assigneeId,
            boolean escalated,
            long ageHours) {}

    /** visit-service's showroom traffic: the figures of a set of walk-ins (rates 0..1, null without walk-ins). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrafficFigures(
            long walkIns,
            long firstVisits,
            long returnVisits,
            long visitors,
            BigDecimal averagePartySize,
            long timed,
            BigDecimal averageMinutes,
            long contactsLeft,
            BigDecimal captureRate,
            long testDriven,
            BigDecimal walkInToTestDrive,
            long quoted,
            BigDecimal walkInToQuote) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrafficDay(String date, TrafficFigures figures) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrafficConsultant(String consultantId, TrafficFigures figures) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Traffic(
            String from,
            String to,
            TrafficFigures total,
            List<TrafficDay> byDay,
            List<TrafficConsultant> byConsultant) {

        /** The days anyone walked in: the table lists these (a month holds many quiet days, which would bury them). */
        public List<TrafficDay> daysWithWalkIns() {
            return byDay.stream().filter(d -> d.figures().walkIns() > 0).toList();
        }

        /** How many days of the period nobody walked in (the table says how many; the chart shows them as zeros). */
        public int quietDays() {
            return (int) byDay.stream().filter(d -> d.figures().walkIns() == 0).count();
        }
    }

    @GET
    @Path("funnel")
    Funnel funnel(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("consultantId") String consultantId,
            @QueryParam("channel") String channel,
            @QueryParam("groupBy") String groupBy);

    @GET
    @Path("leads/overdue")
    Overdue overdue();

    @GET
    @Path("compliance")
    Compliance compliance(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("consultantId") String consultantId);

    @GET
    @Path("visits/traffic")
    Traffic traffic(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("consultantId") String consultantId);

    @GET
    @Path("satisfaction")
    Satisfaction satisfaction(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("complaints")
    Paged<Complaint> openComplaints(@QueryParam("open") boolean open, @QueryParam("size") int size);
}
