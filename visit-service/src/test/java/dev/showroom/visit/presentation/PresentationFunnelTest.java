package dev.showroom.visit.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit: presentations → test drives → quotes folded per consultant, model and both. */
class PresentationFunnelTest {

    @Test
    void eachGroupCountsItsPresentationsAndWhatFollowed() {
        var report = PresentationFunnel.of(List.of(
                new PresentationFunnel.Row("li.wei", "AURORA", 3, 2, true, true, true),
                new PresentationFunnel.Row("li.wei", "VOLTA", 2, 0, false, false, false),
                new PresentationFunnel.Row("zhang.min", "AURORA", 4, 1, false, true, false)));
        assertEquals(3, report.total().presentations());
        assertEquals(9, report.total().pointsCovered());
        assertEquals(new BigDecimal("0.6667"), report.total().presentationToTestDrive());
        assertEquals(new BigDecimal("0.5000"), report.total().testDriveToQuote());
        assertEquals(
                List.of("li.wei", "zhang.min"),
                report.byConsultant().stream()
                        .map(PresentationFunnel.Group::consultantId)
                        .toList());
        assertNull(report.byConsultant().get(0).modelCode());
        assertEquals(
                List.of("AURORA", "VOLTA"),
                report.byModel().stream()
                        .map(PresentationFunnel.Group::modelCode)
                        .toList());
        assertEquals(2, report.byModel().get(0).figures().testDriven());
        assertEquals(3, report.byConsultantAndModel().size());
        assertNull(PresentationFunnel.of(List.of()).total().presentationToQuote());
    }
}
