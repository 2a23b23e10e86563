package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The dealer's one roster (lead-service): its staff and the consultants on duty, who take new leads in turn and
 * whom the front desk hands customers to; and the front desk's state of the day (visit-service: who is busy, who
 * is next). The roster is also the console's list of the dealer's consultants.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface RotaApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(String userId, String displayName, List<String> roles, boolean active, long version) {
        public List<String> roles() {
            return roles == null ? List.of() : roles;
        }

        public boolean consultant() {
            return roles().contains("CONSULTANT");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OnDuty(String userId, String displayName) {}

    /** The roster's consultants on duty on {@code date}, in turn order; {@code version}: that date's list's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Duty(String date, String since, List<OnDuty> consultants, long version) {
        public List<OnDuty> consultants() {
            return consultants == null ? List.of() : consultants;
        }

        public List<String> userIds() {
            return consultants().stream().map(OnDuty::userId).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Desk(String consultantId, int position, boolean busy, int taken) {}

    /** The front desk today (visit-service's queue). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DayRota(String date, List<Desk> onDuty, String next) {
        public List<Desk> onDuty() {
            return onDuty == null ? List.of() : onDuty;
        }

        public Desk of(String consultantId) {
            return onDuty().stream()
                    .filter(d -> d.consultantId().equals(consultantId))
                    .findFirst()
                    .orElse(null);
        }
    }

    @GET
    @Path("dealer/roster/members")
    List<Member> members();

    @POST
    @Path("dealer/roster/members")
    Member addMember(Map<String, Object> body);

    @PUT
    @Path("dealer/roster/members/{userId}")
    Member updateMember(
            @PathParam("userId") String userId, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @GET
    @Path("dealer/roster/duty")
    Duty duty();

    @PUT
    @Path("dealer/roster/duty/{date}")
    Duty replaceDuty(@PathParam("date") String date, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @GET
    @Path("reception/queue")
    DayRota dayRota();

    /** The user ids of the dealer's active consultants, sorted. */
    default TreeSet<String> consultantIds() {
        TreeSet<String> ids = new TreeSet<>();
        members().stream().filter(m -> m.active() && m.consultant()).forEach(m -> ids.add(m.userId()));
        return ids;
    }
}
