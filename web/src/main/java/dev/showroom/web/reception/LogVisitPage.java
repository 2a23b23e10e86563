package dev.showroom.web.reception;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.manager.CampaignsApi;
import dev.showroom.web.sales.DealerTime;
import dev.showroom.web.shell.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Logging an incoming call and a walk-in at the front desk, with the checkpoints of the sales process
 * (a call: answered within three rings or nine seconds, standard greeting, name and contact asked, the way
 * explained, invited to visit; a walk-in: greeted at once, self-introduction, drinks offered, not pressed).
 * For a call the "phone is ringing" button starts a counter (ring.js) whose seconds and rings go with the
 * form; without JavaScript the receptionist types them. visit-service computes ANSWERED_IN_TIME.
 */
@Path("/console/reception")
@Produces(MediaType.TEXT_HTML)
public class LogVisitPage {

    static final List<String> CALL_CHECKPOINTS =
            List.of("standardGreeting", "nameAndContactAsked", "knowsTheWayAsked", "invitedToVisit");
    static final List<String> WALK_IN_CHECKPOINTS =
            List.of("greetedAtOnce", "selfIntroduction", "drinksOffered", "notPressed");

    @CheckedTemplate(basePath = "reception", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance call(
                Map<String, String> form,
                VisitsApi.Rota rota,
                VisitsApi.Settings settings,
                List<String> checkpoints,
                List<CampaignsApi.Campaign> campaigns,
                FieldErrors errors);

        static native TemplateInstance walkIn(
                Map<String, String> form,
                VisitsApi.Rota rota,
                List<String> checkpoints,
                List<CampaignsApi.Campaign> campaigns,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    CampaignsApi campaignsApi;

    /**
     * The dealer's campaigns running today (lead-service's), for the visitor's "which campaign brought you"; none
     * when lead-service does not answer just now (the visit is still recorded, without a campaign).
     */
    List<CampaignsApi.Campaign> campaigns() {
        try {
            return campaignsApi.runningOn(dealerTime.today().toString(), 50).items();
        } catch (GatewayProblem | jakarta.ws.rs.ProcessingException unavailable) {
            return List.of();
        }
    }

    @Inject
    @RestClient
    VisitsApi visits;

    @Inject
    DealerTime dealerTime;

    @GET
    @Path("call")
    public TemplateInstance callForm() {
        VisitsApi.Rota rota = visits.rota();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("consultantId", rota.next() == null ? "" : rota.next());
        form.put("idempotencyKey", UUID.randomUUID().toString());
        return Templates.call(form, rota, visits.settings(), CALL_CHECKPOINTS, campaigns(), FieldErrors.none());
    }

    @GET
    @Path("walk-in")
    public TemplateInstance walkInForm() {
        VisitsApi.Rota rota = visits.rota();
        ZoneId zone = dealerTime.zone();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("consultantId", rota.next() == null ? "" : rota.next());
        form.put("arrivalAt", LocalDateTime.now(zone).withSecond(0).withNano(0).toString());
        form.put("partySize", "1");
        form.put("idempotencyKey", UUID.randomUUID().toString());
        return Templates.walkIn(form, rota, WALK_IN_CHECKPOINTS, campaigns(), FieldErrors.none());
    }

    @POST
    @Path("call")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logCall() {
        Map<String, String> form = Forms.current();
        ZoneId zone = dealerTime.zone();
        FieldErrors errors = FieldErrors.none();
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("contact", contact(form));
        putIfGiven(call, "consultantId", form.get("consultantId"));
        call.put("occurredAt", Instant.now().toString());
        errors = number(call, "ringCount", form.get("ringCount"), errors);
        errors = number(call, "secondsToAnswer", form.get("secondsToAnswer"), errors);
        call.put("checkpoints", checkpoints(form, CALL_CHECKPOINTS));
        putIfGiven(call, "outcome", form.get("outcome"));
        putIfGiven(call, "campaignId", form.get("campaignId"));
        errors = instant(call, "appointmentAt", form.get("appointmentAt"), zone, errors);
        if (!errors.any()) {
            try {
                visits.recordCall(
                        call,
                        form.getOrDefault("idempotencyKey", UUID.randomUUID().toString()));
                return Response.seeOther(URI.create("/console/reception?recorded=call"))
                        .build();
            } catch (GatewayProblem problem) {
                if (!problem.validation()) {
                    throw problem;
                }
                errors = FieldErrors.of(problem);
            }
        }
        return Response.status(400)
                .entity(Templates.call(form, visits.rota(), visits.settings(), CALL_CHECKPOINTS, campaigns(), errors))
                .build();
    }

    @POST
    @Path("walk-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logWalkIn() {
        Map<String, String> form = Forms.current();
        ZoneId zone = dealerTime.zone();
        FieldErrors errors = FieldErrors.none();
        Map<String, Object> walkIn = new LinkedHashMap<>();
        walkIn.put("contact", contact(form));
        putIfGiven(walkIn, "consultantId", form.get("consultantId"));
        errors = instant(walkIn, "arrivalAt", form.get("arrivalAt"), zone, errors);
        errors = number(walkIn, "partySize", form.get("partySize"), errors);
        walkIn.put("checkpoints", checkpoints(form, WALK_IN_CHECKPOINTS));
        String models = form.getOrDefault("modelsPresented", "");
        if (!models.isBlank()) {
            walkIn.put(
                    "modelsPresented",
                    java.util.Arrays.stream(models.split("[,，]"))
                            .map(String::strip)
                            .filter(m -> !m.isEmpty())
                            .toList());
        }
        putIfGiven(walkIn, "outcome", form.get("outcome"));
        putIfGiven(walkIn, "campaignId", form.get("campaignId"));
        errors = instant(walkIn, "appointmentAt", form.get("appointmentAt"), zone, errors);
        if (!errors.any()) {
            try {
                visits.recordWalkIn(
                        walkIn,
                        form.getOrDefault("idempotencyKey", UUID.randomUUID().toString()));
                return Response.seeOther(URI.create("/console/reception?recorded=walk-in"))
                        .build();
            } catch (GatewayProblem problem) {
                if (!problem.validation()) {
                    throw problem;
                }
                errors = FieldErrors.of(problem);
            }
        }
        return Response.status(400)
                .entity(Templates.walkIn(form, visits.rota(), WALK_IN_CHECKPOINTS, campaigns(), errors))
                .build();
    }

    /** The visitor as typed; none at all when nothing was typed (an anonymous call). */
    private static Map<String, Object> contact(Map<String, String> form) {
        String name = form.getOrDefault("name", "");
        String phone = form.getOrDefault("phone", "");
        String email = form.getOrDefault("email", "");
        if (name.isBlank() && phone.isBlank() && email.isBlank()) {
            return null;
        }
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", name);
        contact.put("phone", phone);
        putIfGiven(contact, "email", email);
        return contact;
    }

    private static Map<String, Boolean> checkpoints(Map<String, String> form, List<String> codes) {
        Map<String, Boolean> met = new LinkedHashMap<>();
        codes.forEach(code -> met.put(code, "true".equals(form.get(code))));
        return met;
    }

    private static FieldErrors number(Map<String, Object> body, String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return errors;
        }
        try {
            body.put(field, Integer.valueOf(value.strip()));
            return errors;
        } catch (NumberFormatException e) {
            return errors.add(field, new FieldErrors.Violation("number", "not a whole number"));
        }
    }

    /** A datetime-local of the form, in the dealer's time zone, as an instant. */
    private static FieldErrors instant(
            Map<String, Object> body, String field, String value, ZoneId zone, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return errors;
        }
        try {
            body.put(
                    field,
                    LocalDateTime.parse(value.strip()).atZone(zone).toInstant().toString());
            return errors;
        } catch (DateTimeParseException e) {
            return errors.add(field, new FieldErrors.Violation("dateTime", "not a date and time"));
        }
    }

    private static void putIfGiven(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
