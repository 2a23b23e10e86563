package dev.showroom.platform.events;

import java.time.Instant;

/** An event as a consumer sees it: the CloudEvents attributes and the typed payload. */
public record IncomingEvent<T>(
        String id, String type, String source, String subject, Instant time, String topic, String key, T payload) {}
