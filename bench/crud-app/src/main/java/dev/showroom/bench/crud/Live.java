package dev.showroom.bench.crud;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

@Path("/q/health/live")
public class Live {

    /** Answers where the services' liveness check answers, so the same probe waits for both. */
    @GET
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }
}
