package dev.showroom.platform.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * The conventions of every application's OpenAPI document in one place, so that resources declare only
 * what is particular to them (summary, operationId, roles, extra answers):
 * <ul>
 * <li>every 4xx and 5xx answer is a {@code Problem} ({@code application/problem+json}), through the shared
 * responses {@code #/components/responses/Problem<status>};</li>
 * <li>the answers every operation may give are listed: 400 when it takes input, 401 and 403 when it needs a
 * token, 404 when its path names something, 412 and 428 when it takes {@code If-Match};</li>
 * <li>an operation open to anyone says so ({@code security: []}) instead of inheriting nothing;</li>
 * <li>a creating POST annotated {@code @IdempotentCreate} declares its {@code Idempotency-Key} header, and
 * every {@code 201} its {@code Location} header;</li>
 * <li>an update annotated {@link IfMatch} declares its {@code If-Match} header (required or not), and every
 * successful answer that is a {@link Versioned} view, or of an {@link IfMatch} update, its {@code ETag};</li>
 * <li>a list annotated {@link Sortable} describes its {@code sort} parameter: the keys and the default.</li>
 * </ul>
 * Run by Quarkus at build time, so that the document each application stores (target/openapi) has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 10)
public class ApiDocumentFilter implements OASFilter {

    /** The platform's annotation for creating POSTs that take an Idempotency-Key (a name: no dependency). */
    static final DotName IDEMPOTENT_CREATE = DotName.createSimple("dev.showroom.platform.idempotency.IdempotentCreate");

    static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");
    static final DotName IF_MATCH = DotName.createSimple(IfMatch.class.getName());
    static final DotName SORTABLE = DotName.createSimple(Sortable.class.getName());
    static final DotName VERSIONED = DotName.createSimple(Versioned.class.getName());

    /** The operationIds of the methods annotated @IdempotentCreate. */
    private final Set<String> idempotentCreates = new HashSet<>();
    /** operationId → whether If-Match is required, of the methods annotated @IfMatch. */
    private final Map<String, Boolean> ifMatches = new HashMap<>();
    /** operationId → its @Sortable. */
    private final Map<String, AnnotationInstance> sortables = new HashMap<>();
    /** The schema names of the views that are Versioned (SmallRye names a schema after the class's simple name). */
    private final Set<String> versionedSchemas = new HashSet<>();

    public ApiDocumentFilter() {}

    /** SmallRye passes the application's index to a filter that takes it. */
    public ApiDocumentFilter(IndexView index) {
        for (AnnotationInstance create : index.getAnnotations(IDEMPOTENT_CREATE)) {
            String id = operationId(create);
            if (id != null) {
                idempotentCreates.add(id);
            }
        }
        for (AnnotationInstance ifMatch : index.getAnnotations(IF_MATCH)) {
            String id = operationId(ifMatch);
            if (id != null) {
                ifMatches.put(
                        id,
                        ifMatch.value("required") != null
                                && ifMatch.value("required").asBoolean());
            }
        }
        for (AnnotationInstance sortable : index.getAnnotations(SORTABLE)) {
            String id = operationId(sortable);
            if (id != null) {
                sortables.put(id, sortable);
            }
        }
        for (ClassInfo view : index.getAllKnownImplementors(VERSIONED)) {
            String name = view.name().toString();
            versionedSchemas.add(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1));
        }
    }

    /** The operationId of the method an annotation is on (null on anything else). */
    private static String operationId(AnnotationInstance annotation) {
        if (annotation.target() == null || annotation.target().kind() != AnnotationTarget.Kind.METHOD) {
            return null;
        }
        AnnotationInstance operation = annotation.target().asMethod().annotation(OPERATION);
        return operation == null || operation.value("operationId") == null
                ? null
                : operation.value("operationId").asString();
    }

    static final Map<String, String> REASONS = new LinkedHashMap<>();

    static {
        REASONS.put("400", "The request is invalid: `errors` names each field and the rule it broke");
        REASONS.put("401", "No valid bearer token (missing, expired, forged or for another audience)");
        REASONS.put("403", "The caller's role may not do this");
        REASONS.put("404", "Nothing of that id in the caller's dealer (another dealer's resource is not found either)");
        REASONS.put("409", "The resource's state does not allow this (the detail says why)");
        REASONS.put("410", "The resource is no longer available");
        REASONS.put("412", "`If-Match` names a version that is no longer the current one: read again and retry");
        REASONS.put("413", "The body is too large");
        REASONS.put("415", "The body's media type is not accepted");
        REASONS.put("428", "`If-Match` is required here and was missing");
        REASONS.put("429", "Too many requests: wait as `Retry-After` says");
        REASONS.put("503", "A service is unavailable: try again after `Retry-After`");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Map<String, Boolean> used = new LinkedHashMap<>();
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> operations(item).forEach(op -> {
                    if (op.getSecurity() == null) {
                        op.setSecurity(new ArrayList<>());
                    }
                    boolean secured = !op.getSecurity().isEmpty();
                    boolean roles = op.getSecurity().stream()
                            .anyMatch(r -> r.getSchemes() != null
                                    && r.getSchemes().values().stream()
                                            .anyMatch(scopes -> scopes != null && !scopes.isEmpty()));
                    List<Parameter> params = new ArrayList<>();
                    if (item.getParameters() != null) {
                        params.addAll(item.getParameters());
                    }
                    if (op.getParameters() != null) {
                        params.addAll(op.getParameters());
                    }
                    boolean input = op.getRequestBody() != null || !params.isEmpty();
                    Boolean ifMatchRequired = ifMatches.get(op.getOperationId());
                    if (ifMatchRequired != null) {
                        params.removeIf(
                                p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
                        if (op.getParameters() != null) {
                            op.getParameters().stream()
                                    .filter(p -> p.getIn() == Parameter.In.HEADER
                                            && "If-Match".equalsIgnoreCase(p.getName()))
                                    .toList()
                                    .forEach(op::removeParameter);
                        }
                        Parameter header = OASFactory.createParameter()
                                .name("If-Match")
                                .in(Parameter.In.HEADER)
                                .required(ifMatchRequired)
                                .description("The `ETag` of the version the client read (`\"3\"`): "
                                        + "another version is refused with 412"
                                        + (ifMatchRequired
                                                ? "; required (428 without it)"
                                                : "; without it the update applies"))
                                .schema(OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.STRING))
                                        .examples(List.of("\"3\"")));
                        op.addParameter(header);
                        params.add(header);
                    }
                    Parameter ifMatch = params.stream()
                            .filter(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))
                            .findFirst()
                            .orElse(null);
                    AnnotationInstance sortable = sortables.get(op.getOperationId());
                    if (sortable != null) {
                        describeSort(op, sortable);
                    }
                    if (idempotentCreates.contains(op.getOperationId())
                            && params.stream().noneMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
                        op.addParameter(OASFactory.createParameter()
                                .name("Idempotency-Key")
                                .in(Parameter.In.HEADER)
                                .required(false)
                                .description("A key of the client's (e.g. a UUID): the same key again from the "
                                        + "same caller within 2 days answers the first answer again (header "
                                        + "`Idempotent-Replayed: true`) and creates nothing")
                                .schema(OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.STRING))
                                        .minLength(1)
                                        .maxLength(128)));
                    }
                    if (op.getResponses() == null) {
                        op.setResponses(OASFactory.createAPIResponses());
                    }
                    APIResponses responses = op.getResponses();
                    addIfAbsent(responses, "400", input);
                    addIfAbsent(responses, "401", secured);
                    addIfAbsent(responses, "403", roles);
                    addIfAbsent(responses, "404", path.contains("{"));
                    addIfAbsent(responses, "412", ifMatch != null);
                    addIfAbsent(responses, "428", ifMatch != null && Boolean.TRUE.equals(ifMatch.getRequired()));
                    new ArrayList<>(responses.getAPIResponses().keySet()).forEach(status -> {
                        APIResponse response = responses.getAPIResponse(status);
                        if (!status.startsWith("2") || response.getRef() != null) {
                            return;
                        }
                        if ("201".equals(status)
                                && (response.getHeaders() == null
                                        || !response.getHeaders().containsKey("Location"))) {
                            response.addHeader(
                                    "Location",
                                    OASFactory.createHeader()
                                            .description("The path of the new resource")
                                            .schema(OASFactory.createSchema()
                                                    .type(List.of(Schema.SchemaType.STRING))
                                                    .format("uri-reference")));
                        }
                        if ((ifMatchRequired != null || versioned(response.getContent()))
                                && (response.getHeaders() == null
                                        || !response.getHeaders().containsKey("ETag"))) {
                            response.addHeader(
                                    "ETag",
                                    OASFactory.createHeader()
                                            .description(
                                                    "The version of the resource (`\"3\"`): send it back as `If-Match` to update it")
                                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
                        }
                    });
                    // every error answer is a problem: a described one keeps its description, gains the body
                    new ArrayList<>(responses.getAPIResponses().keySet()).forEach(status -> {
                        if (!status.startsWith("4") && !status.startsWith("5")) {
                            return;
                        }
                        APIResponse response = responses.getAPIResponse(status);
                        if (response.getRef() != null) {
                            used.put(status, true);
                        } else if (response.getContent() == null
                                || response.getContent().getMediaTypes() == null
                                || response.getContent().getMediaTypes().isEmpty()) {
                            String description = response.getDescription();
                            if (REASONS.containsKey(status) && (description == null || isDefault(description))) {
                                responses.addAPIResponse(
                                        status, OASFactory.createAPIResponse().ref("Problem" + status));
                                used.put(status, true);
                            } else {
                                response.setContent(problemContent());
                                if (description == null) {
                                    response.setDescription("A problem");
                                }
                            }
                        }
                    });
                }));
        used.keySet()
                .forEach(status -> components.addResponse(
                        "Problem" + status,
                        OASFactory.createAPIResponse()
                                .description(REASONS.get(status))
                                .content(problemContent())));
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
            components.addSchema("FieldError", fieldErrorSchema());
        }
        Schema localDateTime = components.getSchemas().get("LocalDateTime");
        if (localDateTime != null && "date-time".equals(localDateTime.getFormat())) {
            // RFC 3339 date-time has an offset; a LocalDateTime has none (SmallRye's example would not validate)
            localDateTime.setFormat(null);
            localDateTime.setPattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
            localDateTime.setDescription("A date and time without offset, in the dealer's time zone");
        }
        pruneUnusedSchemas(openAPI);
    }

    /**
     * Schemas no operation reaches (records nested in views that are declared elsewhere, helper types) are
     * left out: a client generator would make classes of them for nothing.
     */
    private static void pruneUnusedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<Schema> todo = new LinkedList<>(); // takes nulls (a parameter without schema)
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> todo.add(p.getSchema()));
            }
            operations(item).forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> todo.add(p.getSchema()));
                }
                if (op.getRequestBody() != null) {
                    add(todo, op.getRequestBody().getContent());
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> add(todo, r.getContent()));
                }
            });
        });
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(r -> add(todo, r.getContent()));
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (reached.add(name) && schemas.containsKey(name)) {
                    todo.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            todo.add(schema.getItems());
            todo.add(schema.getAdditionalPropertiesSchema());
            todo.add(schema.getNot());
            for (List<Schema> list :
                    Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())) {
                if (list != null) {
                    todo.addAll(list);
                }
            }
        }
        new ArrayList<>(schemas.keySet())
                .stream().filter(name -> !reached.contains(name)).forEach(openAPI.getComponents()::removeSchema);
    }

    private static void add(Deque<Schema> todo, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> todo.add(m.getSchema()));
        }
    }

    /** The answer is one view that carries its version. */
    private boolean versioned(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return false;
        }
        return content.getMediaTypes().values().stream()
                .map(m -> m.getSchema())
                .anyMatch(schema -> schema != null
                        && schema.getRef() != null
                        && versionedSchemas.contains(
                                schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)));
    }

    /** The {@code sort} query parameter of a list: its keys as a pattern, and the default order. */
    private static void describeSort(Operation op, AnnotationInstance sortable) {
        List<String> keys = sortable.value() == null
                ? List.of()
                : Arrays.asList(sortable.value().asStringArray());
        String byDefault = sortable.value("byDefault") == null
                ? ""
                : sortable.value("byDefault").asString();
        String key = "-?(" + String.join("|", keys) + ")";
        Parameter sort = op.getParameters() == null
                ? null
                : op.getParameters().stream()
                        .filter(p -> p.getIn() == Parameter.In.QUERY && SortOrder.PARAM.equals(p.getName()))
                        .findFirst()
                        .orElse(null);
        if (sort == null) {
            sort = OASFactory.createParameter().name(SortOrder.PARAM).in(Parameter.In.QUERY);
            op.addParameter(sort);
        }
        sort.required(false)
                .description("The order: keys separated by commas, `-` before a key for descending ("
                        + String.join(", ", keys) + "); by default `" + byDefault
                        + "`. Another key is a 400 naming `sort`")
                .schema(OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING))
                        .pattern("^" + key + "(," + key + ")*$")
                        .examples(List.of(byDefault)));
    }

    private void addIfAbsent(APIResponses responses, String status, boolean when) {
        if (when && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(REASONS.get(status)));
        }
    }

    /** SmallRye's generated descriptions ("Bad Request", "Not Authorized"...) say less than ours. */
    private static boolean isDefault(String description) {
        return List.of("Bad Request", "Not Authorized", "Not Allowed", "Not Found", "Forbidden", "Unauthorized")
                        .contains(description)
                || REASONS.containsValue(description);
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details: the body of every error answer")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri")
                                .examples(List.of("https://showroom.dev/problems/validation")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty(
                        "correlationId",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .description("The X-Correlation-Id of the request, to quote to support"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.ARRAY))
                                .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One broken rule: the JSON path of the field and a short code of the rule")
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .examples(List.of("contact.phone")))
                .addProperty(
                        "rule",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .examples(List.of("pattern")))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }

    private static List<Operation> operations(PathItem item) {
        List<Operation> ops = new ArrayList<>();
        item.getOperations().values().forEach(ops::add);
        return ops;
    }
}
