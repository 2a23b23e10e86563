package dev.showroom.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.base.Correlation;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The ids the gateway makes for a request that brings none (ThreadLocalRandom instead of SecureRandom): version 4
 * UUIDs and valid W3C trace contexts, which the services accept as they are, and none twice, on one thread or many.
 */
class EdgeIdsTest {

    @Test
    void correlationIdsAreVersionFourUuidsTheServicesKeep() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = EdgeHandler.newCorrelationId();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString());
            // a service's CorrelationFilter keeps a safe id as it is
            assertTrue(Correlation.acceptOrCreate(id) == id, id);
            assertTrue(seen.add(id), "made twice: " + id);
        }
    }

    @Test
    void traceContextsAreValidAndNeverRepeat() {
        Set<String> traces = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String traceparent = EdgeHandler.newTraceparent();
            assertNotNull(Correlation.validTraceparent(traceparent), traceparent);
            String[] parts = traceparent.split("-");
            assertTrue(!parts[1].equals("0".repeat(32)) && !parts[2].equals("0".repeat(16)), traceparent);
            assertTrue(traces.add(parts[1]), "trace id made twice: " + traceparent);
        }
    }

    @Test
    void idsOfManyThreadsAtOnceAreAllDifferent() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] runs = new Future<?>[4];
            for (int t = 0; t < runs.length; t++) {
                runs[t] = pool.submit(() -> {
                    for (int i = 0; i < 25_000; i++) {
                        assertTrue(seen.add(EdgeHandler.newCorrelationId()));
                    }
                });
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100_000, seen.size());
    }
}
