package dev.showroom.web.prospects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** What a list shows of a lead (a receptionist's answer has a masked phone and no contact details). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeadSummary(
        String id,
        String name,
        String phone,
        String channel,
        String modelOfInterest,
        String consultantId,
        String grade,
        String stage,
        OffsetDateTime nextFollowUpAt,
        boolean overdue) {}
