package dev.showroom.web.day;

import dev.showroom.web.gateway.Paged;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.lead.LeadApi.Lead;
import dev.showroom.web.lead.VisitsApi;
import dev.showroom.web.lead.VisitsApi.Appointment;
import dev.showroom.web.sales.DealerTime;
import dev.showroom.web.testdrive.TestDrivesApi;
import dev.showroom.web.testdrive.TestDrivesApi.TestDrive;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "My day", the consultant's landing page: follow-ups overdue and due today, today's appointments and test
 * drives (days of the dealer's time zone), and what is booked for the days after, each a link to the lead's
 * timeline. lead-service finds both lists (overdue; dueOn the dealer's date, ordered and defeated leads left out).
 */
@Path("/console/day")
@Produces(MediaType.TEXT_HTML)
public class MyDayPage {

    static final int PAGE = 100;

    @CheckedTemplate(basePath = "day")
    static class Templates {
        static native TemplateInstance day(
                LocalDate today,
                List<Lead> overdue,
                List<Lead> dueToday,
                List<Appointment> appointments,
                List<TestDrive> drives,
                List<Coming> coming,
                Map<String, String> names,
                boolean truncated);
    }

    /** A booked appointment or test drive after today, for the "coming up" list. */
    public record Coming(java.time.Instant at, String leadId, String what, String driveId) {}

    static final int COMING = 10;

    @Inject
    @RestClient
    LeadApi leads;

    @Inject
    @RestClient
    VisitsApi visits;

    @Inject
    @RestClient
    TestDrivesApi testDrives;

    @Inject
    DealerTime time;

    @GET
    public TemplateInstance day() {
        LocalDate today = time.today();
        List<Lead> overdue = leads.search(true, 0, PAGE).items();
        Map<String, String> names = new HashMap<>();
        overdue.forEach(l -> names.put(l.id(), l.name()));
        // lead-service finds those due today in the dealer's calendar (the overdue ones are listed above)
        Paged<Lead> due = leads.due(today.toString(), 0, PAGE);
        List<Lead> dueToday = new ArrayList<>();
        for (Lead lead : due.items()) {
            names.put(lead.id(), lead.name());
            if (!lead.overdue()) {
                dueToday.add(lead);
            }
        }
        boolean truncated = due.hasNext();
        dueToday.sort(java.util.Comparator.comparing(Lead::nextFollowUpAt));
        List<Appointment> appointments =
                visits.appointments(null, today.toString(), 0, PAGE).items();
        List<TestDrive> drives =
                testDrives.testDrives(null, today.toString(), 0, PAGE).items();
        List<Coming> coming = new ArrayList<>();
        java.time.Instant tomorrow = today.plusDays(1).atStartOfDay(time.zone()).toInstant();
        visits.byStatus("BOOKED", 0, PAGE).items().stream()
                .filter(a -> a.scheduledAt() != null && !a.scheduledAt().isBefore(tomorrow))
                .forEach(a -> coming.add(new Coming(a.scheduledAt(), a.leadId(), "appointment", null)));
        testDrives.byStatus("BOOKED", 0, PAGE).items().stream()
                .filter(d -> !d.slotStart().isBefore(tomorrow))
                .forEach(d -> coming.add(new Coming(d.slotStart(), d.leadId(), "drive", d.id())));
        coming.sort(java.util.Comparator.comparing(Coming::at));
        List<Coming> soon = coming.subList(0, Math.min(COMING, coming.size()));
        // the leads of the appointments and drives not named above: asked for at once (not one call each)
        java.util.Set<String> unnamed = new java.util.LinkedHashSet<>();
        appointments.forEach(a -> unnamed.add(a.leadId()));
        drives.forEach(d -> unnamed.add(d.leadId()));
        soon.forEach(c -> unnamed.add(c.leadId()));
        unnamed.remove(null);
        unnamed.removeAll(names.keySet());
        if (!unnamed.isEmpty()) {
            List<String> ids = new ArrayList<>(unnamed).subList(0, Math.min(PAGE, unnamed.size()));
            leads.named(String.join(",", ids), PAGE).items().forEach(l -> names.put(l.id(), l.name()));
        }
        return Templates.day(today, overdue, dueToday, appointments, drives, soon, names, truncated);
    }
}
