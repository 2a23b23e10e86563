package dev.showroom.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

@Path("/q/health/live")
public class Hello {

    /** Answers where the services' liveness check answers, so the same probe times both. */
    @GET
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }
}
