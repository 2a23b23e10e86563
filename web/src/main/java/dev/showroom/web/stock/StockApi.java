package dev.showroom.web.stock;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service's stock by VIN: the cars in stock and in transit, a car received, a car in transit arrived. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/stock")
public interface StockApi {

    /**
     * One car: IN_TRANSIT (arrivalDate: its expected arrival), IN_STOCK (arrivalDate: the day it came), ALLOCATED
     * (orderId: the order it is reserved for) or DELIVERED.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Vehicle(
            String vin,
            String modelCode,
            String trimCode,
            String colourCode,
            List<String> optionCodes,
            String status,
            LocalDate arrivalDate,
            String orderId) {

        public List<String> options() {
            return optionCodes == null ? List.of() : optionCodes;
        }
    }

    @GET
    Paged<Vehicle> list(
            @QueryParam("status") String status, @QueryParam("size") int size, @QueryParam("sort") String sort);

    @GET
    @Path("{vin}")
    Vehicle vehicle(@PathParam("vin") String vin);

    /** A car received (IN_STOCK) or announced (IN_TRANSIT with its expected arrival); the form's key makes it once. */
    @POST
    Vehicle add(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);

    /** A car in transit arrived: in stock, and at once to the oldest paid order waiting for it. */
    @POST
    @Path("{vin}/arrival")
    Vehicle arrived(@PathParam("vin") String vin, Map<String, Object> body);
}
