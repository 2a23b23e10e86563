package dev.showroom.bench;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/q/health/live")
public class Hello {

    /** Answers where the services' liveness check answers, so the same probe times both. */
    @GET
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }
}
