package dev.showroom.web.customer;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The enquiry form and the test-drive request form a dealer links from its own website
 * ({@code /enquiry?dealer=<id>}, {@code /test-drive-request?dealer=<id>}), with the consent checkbox: the
 * public API checks every field (consent included) and its problem+json is shown beside each field.
 * The visitor learns a reference only, whether they were known to the dealer or not. A campaign's link adds
 * {@code &campaign=<id>}: the enquiry points to that campaign (lead-service ignores one not the dealer's).
 */
@Produces(MediaType.TEXT_HTML)
@Path("/")
public class EnquiryPage {

    /** The form's fields, as typed (shown again with the errors). */
    public record Enquiry(
            String dealer,
            String name,
            String phone,
            String email,
            String modelOfInterest,
            String message,
            String preferredDate,
            boolean consent,
            String campaign) {
        static Enquiry empty(String dealer, String campaign) {
            return new Enquiry(dealer, "", "", "", "", "", "", false, campaign(campaign));
        }

        /** The campaign of the form's link ({@code ?campaign=}), when it is a campaign's id at all; else none. */
        static String campaign(String value) {
            if (value == null || value.isBlank()) {
                return "";
            }
            try {
                return java.util.UUID.fromString(value.strip()).toString();
            } catch (IllegalArgumentException e) {
                return ""; // a mangled link does not stop the customer: the enquiry just names no campaign
            }
        }
    }

    @CheckedTemplate(basePath = "customer", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance enquiry(
                boolean testDrive, Enquiry form, List<PublicApi.Model> models, FieldErrors errors);

        static native TemplateInstance enquirySent(boolean testDrive, String dealer, String reference);
    }

    @Inject
    @RestClient
    PublicApi api;

    @Inject
    HttpServerRequest request;

    @Inject
    DealerModels models;

    @GET
    @Path("enquiry")
    public TemplateInstance enquiry(@QueryParam("dealer") String dealer, @QueryParam("campaign") String campaign) {
        return Templates.enquiry(false, Enquiry.empty(dealer, campaign), models.of(dealer), FieldErrors.none());
    }

    @GET
    @Path("test-drive-request")
    public TemplateInstance testDrive(@QueryParam("dealer") String dealer, @QueryParam("campaign") String campaign) {
        return Templates.enquiry(true, Enquiry.empty(dealer, campaign), models.of(dealer), FieldErrors.none());
    }

    @GET
    @Path("enquiry/sent")
    public TemplateInstance enquirySent(@QueryParam("dealer") String dealer, @QueryParam("ref") String reference) {
        return Templates.enquirySent(false, dealer, reference);
    }

    @GET
    @Path("test-drive-request/sent")
    public TemplateInstance testDriveSent(@QueryParam("dealer") String dealer, @QueryParam("ref") String reference) {
        return Templates.enquirySent(true, dealer, reference);
    }

    @POST
    @Path("enquiry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendEnquiry(
            @RestForm String dealer,
            @RestForm String name,
            @RestForm String phone,
            @RestForm String email,
            @RestForm String modelOfInterest,
            @RestForm String message,
            @RestForm String preferredDate,
            @RestForm String consent,
            @RestForm String campaign) {
        return send(
                false,
                new Enquiry(
                        dealer,
                        trim(name),
                        trim(phone),
                        trim(email),
                        trim(modelOfInterest),
                        trim(message),
                        trim(preferredDate),
                        "true".equals(consent),
                        Enquiry.campaign(campaign)));
    }

    @POST
    @Path("test-drive-request")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendTestDrive(
            @RestForm String dealer,
            @RestForm String name,
            @RestForm String phone,
            @RestForm String email,
            @RestForm String modelOfInterest,
            @RestForm String message,
            @RestForm String preferredDate,
            @RestForm String consent,
            @RestForm String campaign) {
        return send(
                true,
                new Enquiry(
                        dealer,
                        trim(name),
                        trim(phone),
                        trim(email),
                        trim(modelOfInterest),
                        trim(message),
                        trim(preferredDate),
                        "true".equals(consent),
                        Enquiry.campaign(campaign)));
    }

    private Response send(boolean testDrive, Enquiry form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dealerId", form.dealer() == null ? "" : form.dealer());
        body.put("name", form.name());
        body.put("phone", form.phone());
        putIfGiven(body, "email", form.email());
        putIfGiven(body, "modelOfInterest", form.modelOfInterest());
        putIfGiven(body, "message", form.message());
        putIfGiven(body, "preferredDate", form.preferredDate());
        body.put("consent", form.consent());
        putIfGiven(body, "campaignId", form.campaign());
        try {
            String forwarded = SurveyPage.forwardedFor(request);
            PublicApi.Reference sent = testDrive ? api.testDriveRequest(body, forwarded) : api.enquiry(body, forwarded);
            String path = testDrive ? "/test-drive-request/sent" : "/enquiry/sent";
            return Response.seeOther(
                            URI.create(path + "?dealer=" + encode(form.dealer()) + "&ref=" + encode(sent.reference())))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(400)
                    .entity(Templates.enquiry(testDrive, form, models.of(form.dealer()), FieldErrors.of(problem)))
                    .build();
        }
    }

    private static void putIfGiven(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
