package dev.showroom.web.manager;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * The two rotas: lead-service's round robin that hands out new leads, visit-service's rota of the day that
 * hands out walk-ins and calls at the front desk. Also the console's list of the dealer's consultants (there
 * is no staff directory: those on duty are those a manager picks from).
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface RotaApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LeadRota(List<String> consultants) {
        public List<String> consultants() {
            return consultants == null ? List.of() : consultants;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Duty(String consultantId, int position, boolean busy, int taken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DayRota(String date, List<Duty> onDuty, String next) {
        public List<Duty> onDuty() {
            return onDuty == null ? List.of() : onDuty;
        }

        public List<String> consultantIds() {
            return onDuty().stream().map(Duty::consultantId).toList();
        }
    }

    @GET
    @Path("leads/rota")
    LeadRota leadRota();

    @PUT
    @Path("leads/rota")
    LeadRota replaceLeadRota(Map<String, Object> body);

    @GET
    @Path("rota")
    DayRota dayRota();

    @PUT
    @Path("rota")
    DayRota replaceDayRota(Map<String, Object> body);
}
