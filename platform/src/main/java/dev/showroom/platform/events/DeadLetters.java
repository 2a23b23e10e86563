package dev.showroom.platform.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's dead-letter topic ({@code <service>.dlq}): one Kafka producer for the whole service, made when
 * the first poison arrives. A dead letter is the record as it came (key, value, headers) with the headers
 * SmallRye's dead-letter-queue strategy wrote before (dead-letter-reason, -cause, -exception-class-name,
 * -cause-class-name, -topic, -partition, -offset), so whoever reads the topic sees no change. The send is
 * waited for, and tried again while the broker is away: the record's offset is committed only after it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "showroom.events.dead-letter-topic")
    String topic;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private KafkaProducer<String, String> producer;

    public void send(ConsumerRecord<String, String> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        header(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        header(headers, "dead-letter-reason", reason.getMessage() != null ? reason.getMessage() : reason.toString());
        Throwable cause = reason.getCause();
        if (cause != null) {
            header(headers, "dead-letter-cause-class-name", cause.getClass().getName());
            header(headers, "dead-letter-cause", cause.getMessage());
        }
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        ProducerRecord<String, String> letter =
                new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
        LOG.warnf(
                "%s-%d@%d goes to %s: %s",
                record.topic(), record.partition(), record.offset(), topic, reason.toString());
        long pause = 500;
        while (true) {
            try {
                producer().send(letter).get(30, TimeUnit.SECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending a dead letter", e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.warnf("a dead letter to %s was not sent (%s); trying again in %d ms", topic, e, pause);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending a dead letter", e);
            }
            pause = Math.min(pause * 2, 10_000);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(kafka);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-dead-letters");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            config.keySet().retainAll(ProducerConfig.configNames());
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
