package dev.showroom.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The real Kafka broker (KRaft, single node) of one module's test run: the one named by
 * {@code TEST_KAFKA_BOOTSTRAP}, or one started in this JVM on a free port. It can be stopped and
 * started again on the same port and log directory, for outage tests.
 */
public final class KafkaBroker {

    public static final int PARTITIONS = 3;

    private static KafkaBroker instance;

    private final String external;
    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final String clusterId = Uuid.randomUuid().toString();
    private EmbeddedKafkaBroker broker;

    private KafkaBroker(String external) throws IOException {
        this.external = external;
        this.port = external == null ? freePort() : -1;
        this.controllerPort = external == null ? freePort() : -1;
        this.logDir = external == null ? Files.createTempDirectory("showroom-kafka-") : null;
    }

    /** The module's broker, started on first use and kept for the whole test JVM. */
    public static synchronized KafkaBroker get() {
        if (instance == null) {
            try {
                String given = System.getenv("TEST_KAFKA_BOOTSTRAP");
                instance = new KafkaBroker(given == null || given.isBlank() ? null : given);
                instance.start();
                instance.createTopics(ContractTopics.all());
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
            } catch (IOException e) {
                throw new IllegalStateException("cannot start Kafka for the tests", e);
            }
        }
        return instance;
    }

    public String bootstrapServers() {
        return external != null ? external : "localhost:" + port;
    }

    public boolean isEmbedded() {
        return external == null;
    }

    /** Starts the embedded broker (again, after {@link #stop()}: same port, same data). */
    public synchronized void start() {
        if (external != null || broker != null) {
            return;
        }
        broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withClusterId(clusterId)
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.put("log.dirs", logDir.toString());
                    p.put("num.partitions", String.valueOf(PARTITIONS));
                    p.put("auto.create.topics.enable", "true");
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("offsets.topic.num.partitions", "3");
                    p.put("log.flush.interval.messages", "1");
                })
                .start();
    }

    /** Stops the embedded broker; clients see an outage until {@link #start()}. */
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public void createTopics(Set<String> topics) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : topics) {
                if (!existing.contains(topic)) {
                    Map<String, String> config = new java.util.HashMap<>(
                            ContractTopics.channels().containsKey(topic)
                                    ? ContractTopics.topicConfig(topic)
                                    : Map.of());
                    config.put("min.insync.replicas", "1");
                    missing.add(new NewTopic(topic, PARTITIONS, (short) 1).configs(config));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics " + topics, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return "Kafka at " + bootstrapServers() + (isEmbedded() ? " (embedded, " + logDir + ")" : "");
    }

    static String join(Set<String> names) {
        return names.stream().sorted().collect(Collectors.joining(","));
    }
}
