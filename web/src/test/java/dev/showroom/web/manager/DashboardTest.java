package dev.showroom.web.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {

    /**
     * After-sales scores a survey by the consultant its copy of the customer names, and names none when it never
     * learnt one: the consultants' table leaves that row out, as it leaves out the other reports' unnamed rows. It
     * was a 500 of the whole dashboard (a null key in a sorted map), found by DemoIT on the e2e's month.
     */
    @Test
    void aSurveyScoredWithoutAConsultantLeavesTheTableToTheNamedOnes() {
        ReportsApi.Score score = new ReportsApi.Score(2, 80.0, 2, 0.0);
        ReportsApi.Satisfaction satisfaction = new ReportsApi.Satisfaction(
                score,
                null,
                List.of(),
                List.of(
                        new ReportsApi.ConsultantScore(null, score, null),
                        new ReportsApi.ConsultantScore("li.wei", score, null)));

        List<Dashboard.ConsultantRow> rows = Dashboard.consultants(
                ManagerSamples.byConsultant(),
                ManagerSamples.compliance(),
                satisfaction,
                ManagerSamples.overdue(),
                null);

        assertEquals(
                List.of("(unassigned)", "li.wei", "zhang.min"),
                rows.stream().map(Dashboard.ConsultantRow::consultantId).toList());
        assertEquals(80.0, rows.get(1).csi());
    }
}
