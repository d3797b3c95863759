package nl.aanjager.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The published contract (../openapi.yaml) read as plain YAML, so the fuzz cases come from what
 * clients see, not from the code that generated it. Only what the generators need: every
 * operation with its parameters, request body, roles and documented responses.
 */
final class Contract {
    static final Path FILE = Path.of("..", "openapi.yaml");

    /** A parameter of an operation: path, query or header. */
    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /**
     * One operation. {@code roles} is null for a public operation and empty for one any
     * authenticated caller may use; {@code responses} maps each documented status to its media types.
     */
    record Operation(String method, String path, String id, List<Param> params, JsonNode bodySchema,
            String bodyMediaType, List<String> roles, Map<Integer, Set<String>> responses) {

        String name() {
            return method + " " + path;
        }

        boolean isPublic() {
            return roles == null;
        }

        boolean allows(String role) {
            return roles == null || roles.isEmpty() || roles.contains(role);
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasHeader(String header) {
            return params.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase(header));
        }
    }

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    private Contract(JsonNode root) {
        this.root = root;
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                operations.add(operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
    }

    static Contract read() {
        try {
            return new Contract(new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + FILE.toAbsolutePath(), e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema itself, with a {@code $ref} followed (repeatedly) to the component it names. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            JsonNode target = root;
            for (String part : current.get("$ref").asText().replaceFirst("^#/", "").split("/")) {
                target = target.path(part);
            }
            if (target.isMissingNode()) {
                throw new IllegalStateException("dangling reference " + current.get("$ref"));
            }
            current = target;
        }
        return current;
    }

    /** The name of the component schema a {@code $ref} points at, or "" for an inline schema. */
    static String refName(JsonNode schema) {
        return schema != null && schema.has("$ref") ? schema.get("$ref").asText().replaceAll(".*/", "") : "";
    }

    private Operation operation(String method, String path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode param : op.path("parameters")) {
            JsonNode resolved = resolve(param);
            params.add(new Param(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolved.path("schema"), resolved.path("required").asBoolean(false)));
        }
        JsonNode body = null;
        String mediaType = null;
        Iterator<Map.Entry<String, JsonNode>> contents = op.path("requestBody").path("content").fields();
        if (contents.hasNext()) {
            Map.Entry<String, JsonNode> content = contents.next();
            mediaType = content.getKey();
            body = content.getValue().path("schema");
        }
        List<String> roles = null;
        if (op.has("security")) {
            roles = new ArrayList<>();
            for (JsonNode requirement : op.get("security")) {
                for (JsonNode role : requirement.path("keycloak")) {
                    roles.add(role.asText());
                }
            }
        }
        Map<Integer, Set<String>> responses = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> documented = op.path("responses").fields();
        while (documented.hasNext()) {
            Map.Entry<String, JsonNode> response = documented.next();
            Set<String> types = new TreeSet<>();
            response.getValue().path("content").fieldNames().forEachRemaining(types::add);
            responses.put(Integer.parseInt(response.getKey()), types);
        }
        return new Operation(method, path, op.path("operationId").asText(), List.copyOf(params), body, mediaType,
                roles == null ? null : List.copyOf(roles), responses);
    }
}
