package dev.showroom.web.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.web.gateway.GatewayProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lead page reads its story from the gateway's customer 360, as the gateway composes it. */
class Customer360StoryTest {

    static final String VIEW = """
            {"leadId":"L1",
             "lead":{"id":"L1","name":"Zhou Min","consultantId":"zhang.min","grade":"A","stage":"VISITED",
                     "overdue":false,"erased":false,"version":3,"createdAt":"2026-12-01T02:00:00Z","unknownField":1},
             "salesFollowUps":{"items":[{"id":"F1","kind":"CALL","outcome":"called"}],"page":0,"size":100,"total":1},
             "contacts":[{"id":"K1","channel":"PHONE"}],
             "visits":{"items":[{"id":"V1","kind":"WALK_IN","leadId":"L1","modelsPresented":["Aurora"]}],"page":0,"size":100,"total":1},
             "appointments":{"items":[],"page":0,"size":100,"total":0},
             "needsAnalyses":{"items":[{"id":"N1","leadId":"L1","recommendedModel":"SUV"}],"page":0,"size":100,"total":1},
             "testDrives":{"items":[],"page":0,"size":100,"total":0},
             "quotes":null, "orders":null,
             "followUps":{"items":[],"page":0,"size":20,"total":0},
             "gaps":["order-service"]}
            """;

    @Test
    void eachSectionBecomesItsPartOfTheStoryAndAGapLeavesItsPartEmpty() throws Exception {
        JsonNode view = new ObjectMapper().readTree(VIEW);
        Story story = LeadPage.story(view);
        assertEquals("Zhou Min", story.lead().name());
        assertEquals(3, story.lead().version());
        assertEquals("called", story.followUps().get(0).outcome());
        assertEquals(1, story.contacts().size());
        assertTrue(story.presented(), "the walk-in's presented models are read");
        assertTrue(story.analysed());
        assertTrue(story.quotes().isEmpty());
        assertTrue(story.orders().isEmpty());
        assertEquals(List.of("order-service"), LeadPage.gaps(view));
    }

    @Test
    void withoutTheLeadThereIsNoPageButTheServicesAnswer() throws Exception {
        LeadPage page = new LeadPage();
        String[] asked = new String[1];
        page.customer360 = (id, sections) -> {
            asked[0] = sections;
            return json("{\"leadId\":\"L1\",\"lead\":null,\"refused\":{\"lead\":403},\"gaps\":[]}");
        };
        GatewayProblem refused =
                assertThrows(GatewayProblem.class, () -> page.page("L1", LeadPage.Sent.nothing(), null));
        assertEquals(403, refused.status());
        assertEquals(LeadPage.STORY_SECTIONS, asked[0], "the page asks for the sections its story reads, no more");
        page.customer360 = (id, sections) -> json("{\"leadId\":\"L1\",\"lead\":null,\"gaps\":[\"lead-service\"]}");
        assertEquals(
                503,
                assertThrows(GatewayProblem.class, () -> page.page("L1", LeadPage.Sent.nothing(), null))
                        .status());
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
