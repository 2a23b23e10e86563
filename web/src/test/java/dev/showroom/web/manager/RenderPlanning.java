package dev.showroom.web.manager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Test only: targets, rotas and settings rendered with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/manager")
@Produces(MediaType.TEXT_HTML)
public class RenderPlanning {

    static final ObjectMapper JSON = new ObjectMapper();

    @GET
    @Path("targets")
    public TemplateInstance targets() {
        var target = new TargetsApi.Target(
                "zhang.min",
                "2026-12",
                8,
                new TargetsApi.Rates(new BigDecimal("0.5"), new BigDecimal("0.5"), new BigDecimal("0.25")),
                new TargetsApi.Needed(128L, 64L, 32L, 8),
                List.of("8 orders / 0.25 = 32 test drives"),
                new TargetsApi.Actual(2));
        return TargetsPage.Templates.targets(
                "2026-12",
                List.of(new TargetsPage.Row("li.wei", null), new TargetsPage.Row("zhang.min", target)),
                "target",
                Typed.of("consultantId", "li.wei", "sales", "-1"),
                FieldErrors.none()
                        .add("sales", new FieldErrors.Violation("min", "must be greater than or equal to 0")));
    }

    @GET
    @Path("rota")
    public TemplateInstance rota() {
        return RotaPage.Templates.rota(
                new RotaApi.Duty(
                        "2026-12-04",
                        "2026-12-01",
                        List.of(new RotaApi.OnDuty("li.wei", "Wei Li"), new RotaApi.OnDuty("zhang.min", "Min Zhang")),
                        0),
                new RotaApi.DayRota(
                        "2026-12-04",
                        List.of(new RotaApi.Desk("li.wei", 0, true, 2), new RotaApi.Desk("zhang.min", 1, false, 1)),
                        "zhang.min"),
                List.of(
                        new RotaApi.Member("li.wei", "Wei Li", List.of("CONSULTANT"), true, 0),
                        new RotaApi.Member("reception.sh", "Xiaoyu Chen", List.of("RECEPTIONIST"), true, 1),
                        new RotaApi.Member("gone.away", "Gone Away", List.of("CONSULTANT"), false, 3)),
                RotaPage.ROLES,
                null,
                "duty",
                Typed.of("consultants", "li.wei\nli.wei"),
                FieldErrors.none()
                        .add("consultants", new FieldErrors.Violation("unique", "A consultant is on duty once a day")));
    }

    @GET
    @Path("settings")
    public TemplateInstance settings() throws Exception {
        ObjectNode profile = (ObjectNode) JSON.readTree("{\"dealerId\":\"dealer-sh-01\",\"region\":\"CN\","
                + "\"timeZone\":\"Asia/Shanghai\",\"currency\":\"CNY\",\"openingHours\":[{\"day\":\"MONDAY\","
                + "\"opens\":\"09:00\",\"closes\":\"18:00\"},{\"day\":\"SATURDAY\",\"opens\":\"10:00\",\"closes\":\"16:00\"}],"
                + "\"languages\":[\"zh-CN\",\"en\"],\"version\":4}");
        ObjectNode leads = (ObjectNode) JSON.readTree("{\"dealerId\":\"dealer-sh-01\","
                + "\"cadenceDays\":{\"H\":2,\"A\":3,\"B\":7,\"C\":14},\"firstFollowUpDays\":1,\"version\":2}");
        ObjectNode care = (ObjectNode) JSON.readTree("{\"followUpDays\":[1,3,7,30],"
                + "\"callTime\":\"10:00\",\"followUpAssignee\":\"CUSTOMER_CARE\",\"customerCareStaffId\":null,\"maxCallAttempts\":3,"
                + "\"version\":0}");
        return SettingsPage.Templates.settings(
                List.of(
                        SettingsPage.area(
                                "profile",
                                profile,
                                Map.of(),
                                FieldErrors.none()
                                        .add(
                                                "openingHours",
                                                new FieldErrors.Violation(
                                                        "closesAfterOpens",
                                                        "Closes at 09:00, not after it opens at 18:00"))),
                        SettingsPage.area(
                                "leads",
                                leads,
                                Map.of("cadenceDays.H", "0"),
                                FieldErrors.none()
                                        .add(
                                                "H",
                                                new FieldErrors.Violation(
                                                        "min", "must be greater than or equal to 1"))),
                        SettingsPage.area("follow-ups", care, Map.of(), FieldErrors.none())),
                "orders");
    }
}
