package dev.showroom.web.care;

import dev.showroom.web.care.CareApi.FollowUp;
import dev.showroom.web.care.CareApi.Referrals;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.DealerTime;
import dev.showroom.web.shell.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Referrals (docs/process.md, steps 8 and 10): from the signature on, the one to three people a customer refers
 * each time they are asked, each with their consent to be called and the showroom visit agreed on the spot if one
 * was (the dealer's time), recorded for the customer and sent on to lead-service as new prospects (visit-service
 * books the visit). Reached from a call or an order (the customer is known by their lead); without one, the page
 * lists the customers care reached lately.
 */
@Path("/console/care/referrals")
@Produces(MediaType.TEXT_HTML)
public class ReferralsPage {

    /** One to three people per ask (after-sales' rule: more in one request is a 400). */
    static final int MAX = 3;

    static final int RECENT = 50;
    private static final Pattern ROW_FIELD = Pattern.compile("referrals\\[(\\d+)]\\.(\\w+)");

    @CheckedTemplate(basePath = "care")
    static class Templates {
        static native TemplateInstance referrals(
                String leadId,
                String customer,
                Referrals referrals,
                List<Row> rows,
                String idempotencyKey,
                FieldErrors errors,
                boolean done);

        static native TemplateInstance referrers(List<FollowUp> reached);
    }

    /** One person's row of the form: its fields are named {@code name-0}, {@code phone-0}…, as typed. */
    public record Row(int number, Map<String, String> typed) {
        public int shown() {
            return number + 1;
        }

        public String field(String name) {
            return name + "-" + number;
        }

        public String value(String name) {
            return typed.getOrDefault(field(name), "");
        }

        public boolean consented() {
            return typed.containsKey(field("consent"));
        }
    }

    @Inject
    @RestClient
    CareApi care;

    @Inject
    CustomerNames names;

    @Inject
    DealerTime time;

    @GET
    public TemplateInstance referrals(@QueryParam("leadId") String leadId, @QueryParam("done") boolean done) {
        if (leadId == null || leadId.isBlank()) {
            return Templates.referrers(recentlyReached());
        }
        return page(leadId, UUID.randomUUID().toString(), Map.of(), FieldErrors.none(), done);
    }

    @POST
    public Response refer() {
        Map<String, String> form = Forms.current();
        String leadId = form.getOrDefault("leadId", "");
        String key = form.getOrDefault("idempotencyKey", UUID.randomUUID().toString());
        List<Map<String, Object>> people = new ArrayList<>();
        List<Integer> sentRows = new ArrayList<>();
        for (int row = 0; row < MAX; row++) {
            String name = form.getOrDefault("name-" + row, "");
            String phone = form.getOrDefault("phone-" + row, "");
            if (name.isBlank() && phone.isBlank()) {
                continue;
            }
            Body person = Body.of()
                    .required("name", name)
                    .required("phone", phone)
                    .put("relation", form.get("relation-" + row))
                    .put("consent", form.containsKey("consent-" + row));
            String appointment = form.getOrDefault("appointment-" + row, "");
            if (!appointment.isBlank()) {
                try {
                    person.put(
                            "appointmentAt",
                            LocalDateTime.parse(appointment)
                                    .atZone(time.zone())
                                    .toInstant()
                                    .toString());
                } catch (DateTimeParseException e) {
                    return Response.status(400)
                            .entity(page(
                                    leadId,
                                    key,
                                    form,
                                    FieldErrors.none()
                                            .add(
                                                    "appointment-" + row,
                                                    new FieldErrors.Violation(
                                                            "dateTime", "Please enter a date and time.")),
                                    false))
                            .build();
                }
            }
            people.add(person.map());
            sentRows.add(row);
        }
        if (people.isEmpty()) {
            return Response.status(400)
                    .entity(page(
                            leadId,
                            key,
                            form,
                            FieldErrors.none()
                                    .add("name-0", new FieldErrors.Violation("notBlank", "Please fill this in.")),
                            false))
                    .build();
        }
        try {
            care.refer(Map.of("referrerLeadId", leadId, "referrals", people), key);
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 404) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(leadId, key, form, rowErrors(problem, sentRows), false))
                    .build();
        }
        return Response.seeOther(URI.create("/console/care/referrals?leadId=" + leadId + "&done=true"))
                .build();
    }

    /** {@code referrals[1].phone} of the request → the field {@code phone-<row of the form>}. */
    static FieldErrors rowErrors(GatewayProblem problem, List<Integer> sentRows) {
        FieldErrors errors = FieldErrors.none();
        for (var e : problem.problem().errors()) {
            Matcher m = e.field() == null ? null : ROW_FIELD.matcher(e.field());
            var violation = new FieldErrors.Violation(e.rule(), e.message());
            if (m != null && m.matches() && Integer.parseInt(m.group(1)) < sentRows.size()) {
                errors = errors.add(m.group(2) + "-" + sentRows.get(Integer.parseInt(m.group(1))), violation);
            } else {
                errors = errors.addGeneral(violation);
            }
        }
        if (problem.problem().errors().isEmpty()) {
            errors = FieldErrors.of(problem);
        }
        return errors;
    }

    private TemplateInstance page(
            String leadId, String key, Map<String, String> typed, FieldErrors errors, boolean done) {
        Referrals referrals = care.referrals(leadId);
        List<Row> rows = java.util.stream.IntStream.range(0, MAX)
                .mapToObj(n -> new Row(n, typed))
                .toList();
        return Templates.referrals(leadId, names.of(leadId), referrals, rows, key, errors, done);
    }

    /** The customers care reached most lately (their call-backs done), newest first, each once. */
    private List<FollowUp> recentlyReached() {
        Paged<FollowUp> first = care.followUps(null, "DONE", null, 0, RECENT);
        Paged<FollowUp> last =
                first.pages() > 1 ? care.followUps(null, "DONE", null, (int) first.pages() - 1, RECENT) : first;
        Map<String, FollowUp> byCustomer = new LinkedHashMap<>();
        List<FollowUp> newestFirst = new ArrayList<>(last.items());
        java.util.Collections.reverse(newestFirst);
        newestFirst.forEach(f -> byCustomer.putIfAbsent(f.leadId(), f));
        return List.copyOf(byCustomer.values());
    }
}
