package dev.showroom.web.order;

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
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service's orders and each step of them, as the signed-in user. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/orders")
public interface OrdersApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Terms(
            String quoteId,
            String modelName,
            String trimName,
            String colourCode,
            String currency,
            BigDecimal total,
            BigDecimal depositAmount) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contract(String number, Terms terms, String signedBy, String customerSignatory, Instant signedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deposit(BigDecimal agreed, BigDecimal paid, String method, Instant paidAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Allocation(String state, String vin, Instant allocatedAt, String note) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pdi(Map<String, Boolean> items, boolean passed, String note, String inspectedBy, Instant inspectedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Handover(
            Boolean documentsHandedOver,
            Boolean featuresExplained,
            Boolean accessoriesHandedOver,
            Boolean photoTaken) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delivery(Handover handover, String deliveredBy, Instant deliveredAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cancellation(String reason, String category, BigDecimal refundAmount, Instant cancelledAt) {}

    /** The stock for a configuration when a quote or an order was made: AVAILABLE_NOW, INCOMING (eta) or NONE. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stock(String state, int inStock, int incoming, int ordersAhead, LocalDate eta, LocalDate checkedOn) {}

    /** One order late for delivery (order-service's delays list). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delay(
            String orderId,
            String orderNumber,
            String leadId,
            String consultantId,
            String status,
            String modelName,
            String trimName,
            String colourCode,
            String deliveryMethod,
            LocalDate expectedDeliveryDate,
            String kind,
            int daysLate,
            Stock stock,
            Instant alertedAt) {

        /** The days of the delay as said: past the date, or left before it. */
        public int days() {
            return Math.abs(daysLate);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Order(
            String id,
            String orderNumber,
            String leadId,
            String consultantId,
            String status,
            LocalDate expectedDeliveryDate,
            String deliveryMethod,
            Stock stockAtOrder,
            Contract contract,
            Deposit deposit,
            Allocation allocation,
            Pdi pdi,
            Delivery delivery,
            Cancellation cancellation,
            Instant createdAt) {

        public String currency() {
            return contract == null || contract.terms() == null
                    ? ""
                    : contract.terms().currency();
        }
    }

    @POST
    Order create(Map<String, Object> body);

    @GET
    @Path("{id}")
    Order order(@PathParam("id") String id);

    @GET
    @Path("delays")
    Paged<Delay> delays(@QueryParam("size") int size);

    @GET
    Paged<Order> ofLead(@QueryParam("leadId") String leadId, @QueryParam("size") int size);

    @POST
    @Path("{id}/{step}")
    Order step(@PathParam("id") String id, @PathParam("step") String step, Map<String, Object> body);
}
