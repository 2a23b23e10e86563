package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/** Test only: the referral conversion report rendered with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/manager/referrals")
@Produces(MediaType.TEXT_HTML)
public class RenderReferrals {

    static ReferralsApi.Conversion conversion(
            long referrals, long appointments, long leads, long visited, long ordered) {
        return new ReferralsApi.Conversion(
                referrals,
                appointments,
                leads,
                visited,
                ordered,
                null,
                null,
                null,
                referrals == 0
                        ? null
                        : BigDecimal.valueOf(ordered)
                                .divide(BigDecimal.valueOf(referrals), 4, java.math.RoundingMode.HALF_UP));
    }

    @GET
    public TemplateInstance report() {
        return ReferralReportPage.Templates.referralReport(
                "2026-12-01",
                "2026-12-04",
                new ReferralsApi.Report(
                        "2026-12-01",
                        "2026-12-04",
                        List.of(
                                new ReferralsApi.Ask("SIGNING", null, 3, 1, new BigDecimal("0.7500")),
                                new ReferralsApi.Ask("CALL", 3, 2, 2, new BigDecimal("0.5000"))),
                        conversion(4, 2, 4, 2, 1),
                        List.of(
                                new ReferralsApi.ConsultantRow("li.wei", 3, 2, conversion(3, 2, 3, 2, 1)),
                                new ReferralsApi.ConsultantRow("zhang.min", 2, 1, conversion(1, 0, 1, 0, 0))),
                        List.of(new ReferralsApi.ReferrerRow("L-7", "Zhou Min", "li.wei", conversion(3, 2, 3, 2, 1)))),
                FieldErrors.none());
    }

    @GET
    @Path("bad-period")
    public TemplateInstance badPeriod() {
        return ReferralReportPage.Templates.referralReport(
                "2026-12-09",
                "2026-12-01",
                null,
                FieldErrors.none().add("from", new FieldErrors.Violation("period", "from must not be after to")));
    }
}
