package dev.showroom.web.customer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.ProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The gateway's public endpoints, without a token, rate limited per client: the customer's address goes
 * along in X-Forwarded-For (the one the gateway gave this request), which the gateway believes from its
 * trusted proxies (TRUSTED_PROXIES: the web pods in a cluster).
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@Path("/public")
public interface PublicApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Survey(String title, String dealerId, List<Question> questions) {
        public List<Question> questions() {
            return questions == null ? List.of() : questions;
        }
    }

    /** A model the dealer sells, as its website's forms suggest it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Model(String code, String name) {}

    @GET
    @Path("/models")
    List<Model> models(@QueryParam("dealer") String dealer);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(String code, String kind, String step, String text) {
        public boolean rating() {
            return "RATING_1_5".equals(kind);
        }

        public boolean nps() {
            return "NPS_0_10".equals(kind);
        }

        public boolean yesNo() {
            return "YES_NO".equals(kind);
        }

        public boolean freeText() {
            return "TEXT".equals(kind);
        }

        /** The choices offered: 1-5, 0-10, or none (yes/no and text have their own inputs). */
        public List<Integer> scale() {
            if (rating()) {
                return List.of(1, 2, 3, 4, 5);
            }
            if (nps()) {
                return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            }
            return List.of();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderStatus(String orderNumber, String status, String expectedDeliveryDate) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reference(String reference) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OptedOut(boolean optedOut, String dealerId) {}

    /** The opt-out link of a message to a customer: no more messages from the dealer. */
    @POST
    @Path("/message-opt-outs")
    OptedOut optOut(Map<String, Object> token, @HeaderParam("X-Forwarded-For") String forwardedFor);

    @GET
    @Path("/surveys/{token}")
    Survey survey(@PathParam("token") String token, @HeaderParam("X-Forwarded-For") String forwardedFor);

    @POST
    @Path("/surveys/{token}/answers")
    void answer(
            @PathParam("token") String token,
            Map<String, Object> answers,
            @HeaderParam("X-Forwarded-For") String forwardedFor);

    @POST
    @Path("/order-status")
    OrderStatus orderStatus(Map<String, Object> question, @HeaderParam("X-Forwarded-For") String forwardedFor);

    @POST
    @Path("/enquiries")
    Reference enquiry(Map<String, Object> form, @HeaderParam("X-Forwarded-For") String forwardedFor);

    @POST
    @Path("/test-drive-requests")
    Reference testDriveRequest(Map<String, Object> form, @HeaderParam("X-Forwarded-For") String forwardedFor);
}
