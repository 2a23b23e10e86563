package dev.showroom.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (one node, broker and controller) as its own JVM, run from the
 * kafka_2.13 jars of Maven Central. Its log directory is formatted once and kept under the home.
 */
public final class Kafka {

    public static final String NAME = "kafka";
    static final int PARTITIONS = 3;
    static final List<String> SERVICES =
            List.of("lead-service", "visit-service", "order-service", "aftersales-service");

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final String classpath;
    private final String marker;

    public Kafka(Path home, int port, int controllerPort, String classpath) {
        this.dir = home.resolve("kafka");
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpath = classpath;
        this.marker = home.toString();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public void start(Processes processes) {
        try {
            Files.createDirectories(dir);
            Path config = dir.resolve("server.properties");
            Files.writeString(config, serverProperties());
            Path logging = dir.resolve("logging.properties");
            Files.writeString(logging, LOGGING);
            List<String> java = List.of(
                    Java.current(),
                    "-Xmx512m",
                    // no hsperfdata: the JVM's statistics sampler would wake 20 times a second (jcmd <pid> still works)
                    "-XX:-UsePerfData",
                    "-Dshowroom.home=" + marker,
                    "-Dlogging.configuration=" + logging.toUri(),
                    "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                    "-cp",
                    classpath);
            if (!Files.exists(dir.resolve("data/meta.properties"))) {
                List<String> format = new ArrayList<>(java);
                format.addAll(List.of(
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString(),
                        "--ignore-formatted"));
                processes.run(NAME, format, Map.of(), dir, Duration.ofSeconds(120));
            }
            List<String> server = new ArrayList<>(java);
            server.addAll(List.of("kafka.Kafka", config.toString()));
            processes.start(NAME, server, Map.of(), dir);
        } catch (IOException e) {
            throw new SuiteException("cannot prepare Kafka in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static final String LOGGING = String.join(
            "\n",
            "logger.level=INFO",
            "logger.handlers=CONSOLE",
            "handler.CONSOLE=org.jboss.logmanager.handlers.ConsoleHandler",
            "handler.CONSOLE.formatter=PATTERN",
            "formatter.PATTERN=org.jboss.logmanager.formatters.PatternFormatter",
            "formatter.PATTERN.properties=pattern",
            "formatter.PATTERN.pattern=%d{HH:mm:ss,SSS} %-5p [%c{1.}] %s%e%n",
            "");

    String serverProperties() {
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=" + PARTITIONS,
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // one node, nobody waiting on it: the active controller's no-op record (which keeps the metadata
                // log's high watermark moving) every 5 s rather than every 0.5 s (docs/benchmarks.md, "The idle suite")
                "metadata.max.idle.interval.ms=5000",
                // sized for a developer's two cores and the suite's dozen clients rather than a production broker
                // (docs/benchmarks.md, "The idle suite"): the request handlers (8 for the broker and 8 for the
                // controller by default) and the network processors (3 per listener) each wake every 300 ms
                // to look for work; the background scheduler's and the group coordinator's threads only add
                // threads. Two handlers and one processor per listener keep up with the pipeline benchmark's
                // yardstick (one producer connection).
                "num.io.threads=2",
                "num.network.threads=1",
                "background.threads=2",
                "group.coordinator.threads=1",
                "");
    }

    /** True once the broker answers an admin request. */
    public boolean ready() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Creates every topic of contracts/asyncapi.yaml and each service's dead-letter topic, if missing. */
    public void createTopics() {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            Map<String, Map<String, String>> configs = topicConfigs();
            List<NewTopic> missing = topics().stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1).configs(configs.getOrDefault(t, Map.of())))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new SuiteException("cannot create the Kafka topics: " + e.getMessage(), e);
        }
    }

    static Set<String> topics() {
        JsonNode doc = contract();
        Set<String> topics = new TreeSet<>();
        Iterator<JsonNode> channels = doc.get("channels").elements();
        channels.forEachRemaining(c -> topics.add(c.get("address").asText()));
        SERVICES.forEach(s -> topics.add(s + ".dlq"));
        return topics;
    }

    /**
     * The configuration a channel asks for beyond the broker's defaults: a compacted topic's cleanup.policy and
     * delete.retention.ms (its Kafka binding) and x-topic-config (lead.contact: item 11 of docs/reliability.md).
     */
    static Map<String, Map<String, String>> topicConfigs() {
        Map<String, Map<String, String>> configs = new java.util.HashMap<>();
        contract().get("channels").elements().forEachRemaining(c -> {
            Map<String, String> config = new java.util.LinkedHashMap<>();
            c.at("/bindings/kafka/topicConfiguration").fields().forEachRemaining(e -> {
                List<String> values = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(e.getValue().asText());
                }
                config.put(e.getKey(), String.join(",", values));
            });
            c.path("x-topic-config")
                    .fields()
                    .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            if (!config.isEmpty()) {
                configs.put(c.get("address").asText(), config);
            }
        });
        return configs;
    }

    private static JsonNode contract() {
        try (InputStream in = Kafka.class.getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            if (in == null) {
                throw new SuiteException("contracts/asyncapi.yaml is not on the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new SuiteException("cannot read contracts/asyncapi.yaml: " + e.getMessage(), e);
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        return Admin.create(props);
    }
}
