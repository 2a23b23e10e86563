package dev.showroom.web.quote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service's catalogue, prices of the day and quotations, as the signed-in user. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface QuotesApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String code, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Model(String code, String name, List<Item> trims, List<Item> colours, List<Item> options) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Price(String kind, String code, String name, BigDecimal price) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Prices(String modelCode, LocalDate date, String currency, List<Price> prices) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(String currency, BigDecimal consultantDiscountLimitPercent) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String kind, String code, String name, BigDecimal price) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fee(String name, BigDecimal amount) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TradeIn(String description, BigDecimal appraisedValue) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Financing(
            BigDecimal downPayment,
            BigDecimal financedAmount,
            int termMonths,
            BigDecimal annualRatePercent,
            BigDecimal monthlyInstalment,
            BigDecimal finalInstalment,
            BigDecimal totalOfInstalments,
            BigDecimal totalInterest) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Approval(String decidedBy, Instant decidedAt, String note) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quote(
            String id,
            String leadId,
            String consultantId,
            String status,
            String modelCode,
            String modelName,
            String trimName,
            String colourCode,
            List<String> optionCodes,
            String currency,
            List<Line> lines,
            BigDecimal listPrice,
            BigDecimal discount,
            BigDecimal discountLimit,
            BigDecimal netPrice,
            List<Fee> fees,
            BigDecimal feesTotal,
            TradeIn tradeIn,
            BigDecimal total,
            Financing financing,
            dev.showroom.web.order.OrdersApi.Stock stock,
            LocalDate validUntil,
            String note,
            Instant issuedAt,
            Approval approval,
            Instant createdAt,
            long version) {

        /** A quote the customer may take home: issued, approved or ordered (not one waiting or refused). */
        public boolean printable() {
            return orderable() || "ACCEPTED".equals(status);
        }

        /** Only issued or approved quotes within their validity become orders (order-service decides). */
        public boolean orderable() {
            return "ISSUED".equals(status) || "APPROVED".equals(status);
        }
    }

    @GET
    @Path("catalogue/models")
    Paged<Model> models(@QueryParam("size") int size);

    @GET
    @Path("catalogue/models/{code}/prices")
    Prices prices(@PathParam("code") String code);

    @GET
    @Path("orders/settings")
    Settings settings();

    @POST
    @Path("quotes")
    Quote create(Map<String, Object> body);

    @GET
    @Path("quotes/{id}")
    Quote quote(@PathParam("id") String id);

    @GET
    @Path("quotes")
    Paged<Quote> ofLead(@QueryParam("leadId") String leadId, @QueryParam("size") int size);
}
