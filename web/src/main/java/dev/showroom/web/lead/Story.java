package dev.showroom.web.lead;

import dev.showroom.web.lead.LeadApi.Contact;
import dev.showroom.web.lead.LeadApi.FollowUp;
import dev.showroom.web.lead.LeadApi.Lead;
import dev.showroom.web.lead.VisitsApi.Appointment;
import dev.showroom.web.lead.VisitsApi.Visit;
import dev.showroom.web.needs.NeedsApi.Analysis;
import dev.showroom.web.order.OrdersApi.Order;
import dev.showroom.web.presentation.PresentationsApi.Presentation;
import dev.showroom.web.quote.QuotesApi.Quote;
import dev.showroom.web.testdrive.TestDrivesApi.TestDrive;
import java.util.List;

/**
 * One lead's story along the ten steps of docs/process.md, from what each service answered about it: what
 * happened at each step and what the consultant does next. It decides nothing: the services have applied
 * their rules already; this only reads their answers in the order of the sales process.
 */
public record Story(
        Lead lead,
        List<FollowUp> followUps,
        List<Contact> contacts,
        List<Visit> visits,
        List<Appointment> appointments,
        List<Analysis> needs,
        List<TestDrive> drives,
        List<Quote> quotes,
        List<Order> orders,
        List<Presentation> presentations) {

    /** A story without recorded presentations (step 5 then reads the models named on the walk-ins). */
    public Story(
            Lead lead,
            List<FollowUp> followUps,
            List<Contact> contacts,
            List<Visit> visits,
            List<Appointment> appointments,
            List<Analysis> needs,
            List<TestDrive> drives,
            List<Quote> quotes,
            List<Order> orders) {
        this(lead, followUps, contacts, visits, appointments, needs, drives, quotes, orders, List.of());
    }

    /** What comes next: a message key of the sales bundle and, when the console has a screen for it, its link. */
    public record Next(String step, String key, String link) {}

    public boolean visited() {
        return !visits.isEmpty() || reached("VISITED");
    }

    public boolean presented() {
        return !presentations.isEmpty()
                || reached("PRESENTED")
                || visits.stream()
                        .anyMatch(v -> v.modelsPresented() != null
                                && !v.modelsPresented().isEmpty());
    }

    public boolean analysed() {
        return !needs.isEmpty() || reached("NEEDS_ANALYSED");
    }

    public boolean testDriven() {
        return drives.stream().anyMatch(d -> "COMPLETED".equals(d.status())) || reached("TEST_DRIVEN");
    }

    public boolean quoted() {
        return !quotes.isEmpty();
    }

    /** A contract signed and not cancelled. */
    public boolean closed() {
        return liveOrder() != null && !"DRAFT".equals(liveOrder().status());
    }

    public boolean delivered() {
        return orders.stream().anyMatch(o -> "DELIVERED".equals(o.status()));
    }

    /** The order that is not cancelled, newest first (a customer has one at a time in practice). */
    public Order liveOrder() {
        return orders.stream()
                .filter(o -> !"CANCELLED".equals(o.status()))
                .findFirst()
                .orElse(null);
    }

    public TestDrive bookedDrive() {
        return drives.stream()
                .filter(d -> "BOOKED".equals(d.status()) || "IN_PROGRESS".equals(d.status()))
                .findFirst()
                .orElse(null);
    }

    public Quote pendingQuote() {
        return quotes.stream()
                .filter(q -> "PENDING_APPROVAL".equals(q.status()))
                .findFirst()
                .orElse(null);
    }

    public Quote orderableQuote() {
        return quotes.stream().filter(Quote::orderable).findFirst().orElse(null);
    }

    public List<String> modelsPresented() {
        return visits.stream()
                .filter(v -> v.modelsPresented() != null)
                .flatMap(v -> v.modelsPresented().stream())
                .distinct()
                .toList();
    }

    /** The step to take next, done (a step reached) or still ahead: for the timeline's marks. */
    public String state(int step) {
        boolean done = switch (step) {
            case 1 -> true;
            case 3 -> visited();
            case 4 -> analysed();
            case 5 -> presented();
            case 6 -> testDriven();
            case 7 -> quoted();
            case 8 -> closed();
            case 9, 10 -> delivered();
            default -> false;
        };
        if (step == 2) {
            return "showroom";
        }
        // the step to take now wins over "done" (a quote waiting for approval is step 7 still)
        Next next = next();
        if (next != null && next.step().equals(String.valueOf(step))) {
            return "next";
        }
        return done ? "done" : "ahead";
    }

    public Next next() {
        String id = lead.id();
        if (lead.defeated()) {
            return new Next("1", "next_reopen", null);
        }
        if (!visited()) {
            return new Next("3", "next_invite", null);
        }
        if (!analysed()) {
            return new Next("4", "next_needs", "/console/leads/" + id + "/needs");
        }
        TestDrive booked = bookedDrive();
        if (!testDriven() && booked != null) {
            return new Next("6", "next_drive", "/console/test-drives/" + booked.id());
        }
        if (!testDriven() && !quoted()) {
            return new Next("6", "next_book", "/console/leads/" + id + "/test-drive");
        }
        Order order = liveOrder();
        if (order != null) {
            return switch (order.status()) {
                case "DELIVERED" -> new Next("10", "next_care", null);
                case "DRAFT" -> new Next("8", "next_order", "/console/orders/" + order.id());
                default -> new Next("9", "next_order", "/console/orders/" + order.id());
            };
        }
        Quote pending = pendingQuote();
        if (pending != null) {
            return new Next("7", "next_approval", "/console/quotes/" + pending.id());
        }
        Quote orderable = orderableQuote();
        if (orderable != null) {
            return new Next("8", "next_close", "/console/quotes/" + orderable.id());
        }
        return new Next("7", "next_quote", "/console/leads/" + id + "/quote");
    }

    private boolean reached(String stage) {
        List<String> order = List.of(
                "NEW", "VISITED", "NEEDS_ANALYSED", "PRESENTED", "TEST_DRIVEN", "QUOTED", "ORDERED", "DELIVERED");
        return lead.stage() != null && order.indexOf(lead.stage()) >= order.indexOf(stage);
    }
}
