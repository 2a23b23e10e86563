package dev.showroom.web.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** aftersales-service's messages to customers: their history, the report, the templates, staff's sending. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface MessagesApi {

    /** What a link looks like in a message's text: the survey's page and the opt-out link are the customer's. */
    Pattern LINK = Pattern.compile("https?://\\S+");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(
            String id,
            String leadId,
            String kind,
            String language,
            String channel,
            String subject,
            String body,
            String status,
            String failure,
            int attempts,
            Instant queuedAt,
            Instant sentAt,
            Instant deliveredAt,
            Instant failedAt) {

        /**
         * The text as staff may read it: the links in it (the survey's page, the opt-out link) are the customer's
         * and never shown to staff (a survey is answered by the customer only).
         */
        public String shownBody() {
            return body == null ? "" : LINK.matcher(body).replaceAll("[…]");
        }

        /** When its delivery status last changed. */
        public Instant statusAt() {
            return failedAt != null ? failedAt : deliveredAt != null ? deliveredAt : sentAt != null ? sentAt : queuedAt;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Template(
            String kind,
            String language,
            String subject,
            String body,
            boolean own,
            Instant updatedAt,
            String updatedBy,
            long version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Templates(List<String> languages, List<Template> items) {
        public List<String> languages() {
            return languages == null ? List.of() : languages;
        }

        public List<Template> items() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReportRow(String kind, String channel, String status, long messages) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OptOutRow(String via, long customers) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(
            String from,
            String to,
            String timeZone,
            long messages,
            List<ReportRow> rows,
            long optOuts,
            List<OptOutRow> optOutsByVia,
            long consentingCustomers) {
        public List<ReportRow> rows() {
            return rows == null ? List.of() : rows;
        }

        public List<OptOutRow> optOutsByVia() {
            return optOutsByVia == null ? List.of() : optOutsByVia;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GreetingResult(String occasion, long queued, long skipped) {}

    @GET
    @Path("messages")
    Paged<Message> messages(
            @QueryParam("leadId") String leadId,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("channel") String channel,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** One message of a template to one customer now; 409 when the customer may not be messaged. */
    @POST
    @Path("messages")
    Message send(Map<String, Object> body, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @POST
    @Path("messages/greetings")
    GreetingResult greet(Map<String, Object> body);

    @GET
    @Path("messages/report")
    Report report(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("message-templates")
    Templates templates();

    /** ifMatch: the version the form showed ({@code "3"}); a stale one is 412. */
    @PUT
    @Path("message-templates")
    Template save(@HeaderParam("If-Match") String ifMatch, Map<String, Object> body);
}
