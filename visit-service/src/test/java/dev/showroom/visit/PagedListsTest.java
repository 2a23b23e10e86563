package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 15 item 6: every list of visit-service answers a page (items, page, size, total), at most 100 a page. */
@QuarkusTest
class PagedListsTest {

    @Test
    void everyListIsAPageAndItsSizeIsBounded() {
        String dealer = unique("dealer-pages");
        String manager = TestTokens.of("pages.manager", dealer, Roles.MANAGER);
        Map<String, String> lists = Map.of(
                "/api/v1/checklists/template",
                manager,
                "/api/v1/checklists/actions",
                manager,
                "/api/v1/checklists/repeat-failures",
                manager,
                "/api/v1/appointments/reminders-due",
                manager,
                "/api/v1/needs-analyses?leadId=" + UUID.randomUUID(),
                manager,
                "/api/v1/compliance/dealers",
                HQ);
        lists.forEach((path, token) -> {
            String query = path.contains("?") ? "&" : "?";
            get(token, path + query + "size=1")
                    .statusCode(200)
                    .body("items", notNullValue())
                    .body("page", equalTo(0))
                    .body("size", equalTo(1))
                    .body("total", notNullValue());
            get(token, path + query + "size=101")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("size"));
        });
    }

    @Test
    void aPageOfTheChecklistTemplateAndOfTheActions() {
        String dealer = unique("dealer-pages");
        String manager = TestTokens.of("pages.manager", dealer, Roles.MANAGER);
        get(manager, "/api/v1/checklists/template?size=4&page=1")
                .statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(ShowroomDayTest.DEFAULT_ITEMS.size()))
                .body("items.code", equalTo(ShowroomDayTest.DEFAULT_ITEMS.subList(4, 6)));
        post(
                        manager,
                        "/api/v1/checklists/runs",
                        Map.of(
                                "results",
                                ShowroomDayTest.results(Map.of(
                                        "DISPLAY_FILM_REMOVED",
                                        "xu.consultant",
                                        "DRINKS_STATION",
                                        "ma.reception",
                                        "STAFF_APPEARANCE",
                                        "ma.reception"))))
                .statusCode(201);
        get(manager, "/api/v1/checklists/actions?size=2")
                .statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(3))
                .body("items.itemCode", equalTo(List.of("DISPLAY_FILM_REMOVED", "DRINKS_STATION")));
        get(manager, "/api/v1/checklists/actions?size=2&page=1")
                .statusCode(200)
                .body("items.itemCode", equalTo(List.of("STAFF_APPEARANCE")));
    }
}
