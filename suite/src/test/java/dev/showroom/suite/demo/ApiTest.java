package dev.showroom.suite.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.showroom.suite.SuiteException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiTest {

    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();

    /** A gateway that answers {@code unavailableFirst} times 503 (Retry-After 1), then {@code status}. */
    Api gateway(int unavailableFirst, int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean unavailable = calls.incrementAndGet() <= unavailableFirst;
            byte[] body = (unavailable ? "{\"status\":503}" : "{\"ok\":true}").getBytes(StandardCharsets.UTF_8);
            if (unavailable) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(unavailable ? 503 : status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new Api("http://127.0.0.1:" + server.getAddress().getPort(), null, 3);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aWriteAnsweredServiceUnavailableIsSentAgainAfterTheWaitItWasTold() throws IOException {
        Api api = gateway(2, 201);

        var answer = api.publicPost("/public/message-opt-outs", Map.of("token", "t"));

        assertEquals(true, answer.path("ok").asBoolean());
        assertEquals(3, calls.get(), "two 503 and the write that went through");
        assertEquals(1, api.changes());
    }

    @Test
    void aServiceThatStaysUnavailableFailsTheLoadInTheEnd() throws IOException {
        Api api = gateway(Integer.MAX_VALUE, 201);

        assertThrows(SuiteException.class, () -> api.publicPost("/public/message-opt-outs", Map.of("token", "t")));
        assertEquals(3, calls.get(), "as many tries as it was given");
    }

    @Test
    void aRefusalIsNotSentAgain() throws IOException {
        Api api = gateway(0, 400);

        assertThrows(SuiteException.class, () -> api.publicPost("/public/message-opt-outs", Map.of("token", "t")));
        assertEquals(1, calls.get());
    }
}
