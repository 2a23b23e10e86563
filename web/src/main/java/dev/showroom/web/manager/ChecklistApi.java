package dev.showroom.web.manager;

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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** visit-service's opening checklist: the dealer's items, the morning run, the actions its failures became. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/checklists")
public interface ChecklistApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String code, String label, int position) {
        /** The run form's names of this item's note and owner (its errors are shown under these keys). */
        public String noteKey() {
            return "note-" + code;
        }

        public String ownerKey() {
            return "ownerId-" + code;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Action(
            String id,
            String date,
            String itemCode,
            String label,
            String note,
            String ownerId,
            boolean open,
            Instant closedAt,
            String closedBy,
            String closeNote,
            Boolean closedSameDay) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(
            String date,
            boolean run,
            String runBy,
            int items,
            int passed,
            int failed,
            int actionsOpen,
            int actionsClosedSameDay,
            int actionsClosedLater,
            List<Action> actions) {
        public List<Action> actions() {
            return actions == null ? List.of() : actions;
        }
    }

    @GET
    @Path("template")
    Paged<Item> items(@QueryParam("size") int size);

    @GET
    @Path("summary")
    Summary summary(@QueryParam("date") String date);

    @GET
    @Path("actions")
    Paged<Action> openActions(@QueryParam("open") boolean open, @QueryParam("size") int size);

    /** {@code {date?, results: [{itemCode, passed, note?, ownerId (a failure's)}]}}. */
    @POST
    @Path("runs")
    void run(Map<String, Object> body);

    @POST
    @Path("actions/{id}/close")
    void close(@PathParam("id") String id, Map<String, Object> body);
}
