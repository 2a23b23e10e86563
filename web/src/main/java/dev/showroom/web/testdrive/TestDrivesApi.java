package dev.showroom.web.testdrive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** visit-service's demo fleet and test drives, as the signed-in user. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface TestDrivesApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoCar(
            String id,
            String model,
            String trim,
            String plate,
            String status,
            Integer odometer,
            List<BookedSlot> booked) {

        /** The car's booked slots of the day asked for (anyone's, naming nobody); none when not asked. */
        public List<BookedSlot> booked() {
            return booked == null ? List.of() : booked;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BookedSlot(Instant start, Instant end) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Licence(boolean checked, String lastFour, LocalDate expiry) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Feedback(Integer overall, Map<String, Integer> ratings, String comments) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TestDrive(
            String id,
            String leadId,
            String consultantId,
            String demoCarId,
            String model,
            Instant slotStart,
            Instant slotEnd,
            String status,
            Licence licence,
            Integer odometerStart,
            Integer odometerEnd,
            Feedback feedback,
            String cancelReason) {

        public boolean licenceChecked() {
            return licence != null && licence.checked();
        }
    }

    /** The fleet with each car's booked slots on that day of the dealer, whoever booked them. */
    @GET
    @Path("demo-cars")
    Paged<DemoCar> demoCars(
            @QueryParam("status") String status, @QueryParam("bookedOn") String bookedOn, @QueryParam("size") int size);

    @GET
    @Path("test-drives")
    Paged<TestDrive> testDrives(
            @QueryParam("leadId") String leadId,
            @QueryParam("date") String date,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** In slot order: with status BOOKED, the drives still to come (and those missed but not marked). */
    @GET
    @Path("test-drives")
    Paged<TestDrive> byStatus(
            @QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("test-drives/{id}")
    TestDrive testDrive(@PathParam("id") String id);

    @POST
    @Path("test-drives")
    TestDrive book(Map<String, Object> body);

    @POST
    @Path("test-drives/{id}/start")
    TestDrive start(@PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("test-drives/{id}/complete")
    TestDrive complete(@PathParam("id") String id, Map<String, Object> body);
}
