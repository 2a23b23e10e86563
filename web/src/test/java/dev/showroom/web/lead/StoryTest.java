package dev.showroom.web.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.web.lead.LeadApi.Lead;
import dev.showroom.web.lead.LeadApi.Qualification;
import dev.showroom.web.lead.VisitsApi.Visit;
import dev.showroom.web.needs.NeedsApi.Analysis;
import dev.showroom.web.quote.QuotesApi.Quote;
import dev.showroom.web.testdrive.TestDrivesApi.TestDrive;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the timeline says comes next, read from the services' answers in the order of the ten steps. */
class StoryTest {

    static Lead lead(String stage, LeadApi.Defeat defeat) {
        return new Lead(
                "L1",
                "Zhou",
                null,
                null,
                "WALK_IN",
                null,
                null,
                null,
                null,
                null,
                null,
                "zhang.min",
                "A",
                stage,
                null,
                null,
                false,
                new Qualification(false, false, false, null, null),
                defeat,
                null,
                null,
                false,
                false,
                Instant.now(),
                1);
    }

    static Visit walkIn() {
        return new Visit(
                "V1",
                "WALK_IN",
                "L1",
                "zhang.min",
                Instant.now(),
                Instant.now(),
                2,
                List.of(),
                List.of("Aurora"),
                null,
                null);
    }

    static Analysis needs() {
        return new Analysis(
                "N1", "L1", null, null, null, "SUV", true, "AURORA", null, null, Instant.now(), Instant.now(), 1);
    }

    static Quote quote(String status) {
        return new Quote(
                "Q1",
                "L1",
                "zhang.min",
                status,
                "AURORA",
                "Aurora",
                "Luxury",
                "PEARL",
                List.of(),
                "CNY",
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.now(),
                0);
    }

    static Story story(
            Lead lead, List<Visit> visits, List<Analysis> needs, List<TestDrive> drives, List<Quote> quotes) {
        return new Story(lead, List.of(), List.of(), visits, List.of(), needs, drives, quotes, List.of());
    }

    @Test
    void followsTheTenSteps() {
        assertEquals(
                "next_invite",
                story(lead("NEW", null), List.of(), List.of(), List.of(), List.of())
                        .next()
                        .key());
        assertEquals(
                "next_needs",
                story(lead("VISITED", null), List.of(walkIn()), List.of(), List.of(), List.of())
                        .next()
                        .key());
        assertEquals(
                "next_book",
                story(lead("VISITED", null), List.of(walkIn()), List.of(needs()), List.of(), List.of())
                        .next()
                        .key());
        Story pending = story(
                lead("QUOTED", null),
                List.of(walkIn()),
                List.of(needs()),
                List.of(),
                List.of(quote("PENDING_APPROVAL")));
        assertEquals("next_approval", pending.next().key());
        assertEquals("done", pending.state(4));
        assertEquals("next", pending.state(7));
        assertEquals(
                "next_close",
                story(
                                lead("TEST_DRIVEN", null),
                                List.of(walkIn()),
                                List.of(needs()),
                                List.of(),
                                List.of(quote("APPROVED")))
                        .next()
                        .key());
        assertEquals(
                "next_reopen",
                story(
                                lead(
                                        "VISITED",
                                        new LeadApi.Defeat(
                                                "PRICE", null, Instant.now(), null, null, null, null, null, null)),
                                List.of(walkIn()),
                                List.of(),
                                List.of(),
                                List.of())
                        .next()
                        .key());
    }
}
