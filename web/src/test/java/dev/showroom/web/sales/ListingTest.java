package dev.showroom.web.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.web.lead.LeadApi.FollowUp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list answer is read the same whether it is a page or a bare array. */
class ListingTest {

    static final String ONE =
            "{\"id\":\"f1\",\"kind\":\"CALL\",\"outcome\":\"ok\",\"occurredAt\":\"2026-12-04T02:00:00Z\",\"extra\":1}";

    @Test
    void aPageAndAnArray() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<FollowUp> paged = Listing.of(
                mapper.readTree("{\"items\":[" + ONE + "],\"page\":0,\"size\":100,\"total\":1}"), FollowUp.class);
        List<FollowUp> bare = Listing.of(mapper.readTree("[" + ONE + "]"), FollowUp.class);
        assertEquals(paged, bare);
        assertEquals(Instant.parse("2026-12-04T02:00:00Z"), bare.get(0).occurredAt());
        assertEquals(List.of(), Listing.of(mapper.readTree("{}"), FollowUp.class));
    }
}
