package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** aftersales-service's check of the checkpoints: what staff declared against what customers said. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/satisfaction/checkpoints")
public interface CheckpointsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Counts(long met, long missed, Double rate) {
        public long total() {
            return met + missed;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(String consultantId, String checkpoint, String step, Counts declared, Counts customers, Double gap) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Check(String from, String to, String timeZone, List<Row> rows) {
        public List<Row> rows() {
            return rows == null ? List.of() : rows;
        }
    }

    @GET
    Check check(@QueryParam("from") String from, @QueryParam("to") String to);
}
