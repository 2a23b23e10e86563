package dev.showroom.web.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

    /** One payment towards the balance (or the lender's disbursement, method LOAN), with its receipt number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @TemplateData
    record Payment(String id, String receiptNumber, BigDecimal amount, String method, Instant paidAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @TemplateData
    record Loan(String status, String lender, BigDecimal amount, String reference, Instant changedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @TemplateData
    record Invoice(String number, Instant issuedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @TemplateData
    record Release(String releasedBy, Instant releasedAt, String reason, BigDecimal owedAtRelease) {}

    /** What the customer pays and still owes (order-service's payment before the keys). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @TemplateData
    record Balance(
            String plan,
            String currency,
            BigDecimal price,
            BigDecimal depositPaid,
            String depositReceiptNumber,
            BigDecimal paid,
            BigDecimal balanceOwed,
            boolean paidInFull,
            boolean cleared,
            List<Payment> payments,
            Loan loan,
            Invoice invoice,
            Release release) {

        /** The loan statuses the loan may move to now (order-service's table; it refuses any other with 409). */
        public List<String> loanNext() {
            String at = loan == null ? "" : loan.status();
            return switch (at) {
                case "" -> List.of("APPLIED");
                case "APPLIED" -> List.of("APPROVED", "REFUSED");
                case "APPROVED" -> List.of("DISBURSED", "REFUSED");
                case "REFUSED" -> List.of("APPLIED");
                default -> List.of();
            };
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
            Balance payment,
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

    /** A payment towards the balance; the form's Idempotency-Key makes a double click record it once. */
    @POST
    @Path("{id}/payments")
    Map<String, Object> pay(
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            Map<String, Object> body);

    /** The manager's receivables report. */
    @GET
    @Path("receivables")
    Receivables receivables();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receivable(
            String orderId,
            String orderNumber,
            String leadId,
            String customerName,
            String consultantId,
            String status,
            String currency,
            BigDecimal price,
            BigDecimal paid,
            BigDecimal owed,
            LocalDate owedSince,
            long ageDays,
            String bucket,
            String plan,
            String loanStatus,
            boolean released) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bucket(String bucket, int orders, BigDecimal owed) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ByConsultant(String consultantId, int orders, BigDecimal owed, BigDecimal overSixtyDays) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receivables(
            LocalDate asOf,
            String currency,
            int orders,
            BigDecimal owed,
            BigDecimal owedOnLoansInProgress,
            BigDecimal owedOnReleasedCars,
            List<Bucket> buckets,
            List<ByConsultant> byConsultant,
            List<Receivable> items) {}

    /** The delivery method agreed with the customer ({@code deliveryMethod}), until the handover. */
    @PUT
    @Path("{id}/delivery-method")
    Order deliveryMethod(@PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("{id}/{step}")
    Order step(@PathParam("id") String id, @PathParam("step") String step, Map<String, Object> body);
}
