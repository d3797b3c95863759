package nl.aanjager.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The cases of one operation: a valid base request, then mutations of it, one change at a time,
 * grouped by what they change (path, query, body field, whole body, content type, If-Match,
 * Idempotency-Key). {@link #sample} takes a bounded number, round-robin over the groups.
 */
final class Cases {
    private static final String JSON = "application/json";
    /** Non-ASCII escaped, so a lone surrogate travels as \ud800 the way a JSON client would send it. */
    private static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    static final String NONEXISTENT_ID = "987654321987";
    private static final java.util.Set<String> BASE_QUERY = java.util.Set.of("programmeId", "companyId");

    private final Contract contract;
    private final Values values;
    private final FuzzWorld world;

    Cases(Contract contract, Values values, FuzzWorld world) {
        this.contract = contract;
        this.values = values;
        this.world = world;
    }

    FuzzCase base(Contract.Operation op) {
        Map<String, String> path = new LinkedHashMap<>();
        op.in("path").forEach(p -> path.put(p.name(), world.own(op.path(), p.name())));
        // filters the contract leaves optional but a list or report may need (stage records: a company
        // or a programme); the mutations then change one of them at a time
        Map<String, String> query = new LinkedHashMap<>();
        op.in("query").stream().filter(p -> BASE_QUERY.contains(p.name()))
                .forEach(p -> query.put(p.name(), String.valueOf(world.field("query", p.name()))));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (op.hasHeader("If-Match")) {
            headers.put("If-Match", List.of(FuzzCase.CURRENT_ETAG));
        }
        String body = null;
        String type = null;
        Map<String, String> parts = null;
        if (isMultipart(op)) {
            parts = new LinkedHashMap<>();
            parts.put("file", "KvK-nummer;Naam\n" + nl.aanjager.common.Fixtures.kvk() + ";Fuzz Upload BV\n");
            parts.put("kind", "COMPANIES");
        } else if (op.bodySchema() != null) {
            type = JSON;
            body = write(values.validObject(op.bodySchema(), Contract.refName(op.bodySchema())));
        }
        return new FuzzCase("base", "valid", false, path, query, headers, type,
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), parts);
    }

    /** Up to {@code limit} mutations of the base case, taking from each group in turn. */
    List<FuzzCase> sample(Contract.Operation op, FuzzCase base, Random random, int limit) {
        List<List<FuzzCase>> groups = new ArrayList<>();
        groups.add(pathCases(op, base, random));
        groups.add(queryCases(op, base, random));
        groups.add(fieldCases(op, base, random));
        groups.add(bodyCases(op, base));
        groups.add(headerCases(op, base));
        groups.removeIf(List::isEmpty);
        groups.forEach(group -> Collections.shuffle(group, random));
        Collections.shuffle(groups, random);
        List<FuzzCase> sample = new ArrayList<>();
        for (int round = 0; sample.size() < limit && !groups.isEmpty(); round++) {
            Iterator<List<FuzzCase>> each = groups.iterator();
            while (each.hasNext() && sample.size() < limit) {
                List<FuzzCase> group = each.next();
                if (group.isEmpty()) {
                    each.remove();
                } else {
                    sample.add(group.remove(0));
                }
            }
        }
        return sample;
    }

    private List<FuzzCase> pathCases(Contract.Operation op, FuzzCase base, Random random) {
        List<FuzzCase> cases = new ArrayList<>();
        for (Contract.Param param : op.in("path")) {
            boolean numeric = contract.resolve(param.schema()).path("type").asText().equals("integer");
            cases.add(base.withPath("path", param.name() + " nonexistent", false, param.name(),
                    numeric ? NONEXISTENT_ID : "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
            String foreign = world.foreign(op.path(), param.name());
            if (foreign != null) {
                cases.add(base.withPath("path", param.name() + " of another partner", false, param.name(), foreign));
            }
            String demo = world.demo(op.path(), param.name());
            if (demo != null && op.method().equals("GET")) {
                cases.add(base.withPath("path", param.name() + " of the demo data", false, param.name(), demo));
            }
            for (Values.Variant variant : values.textVariants(param.schema(), random)) {
                if (!variant.label().equals("empty")) {
                    cases.add(base.withPath("path", param.name() + " " + variant.label(), variant.negative(),
                            param.name(), String.valueOf(variant.value())));
                }
            }
        }
        return cases;
    }

    private List<FuzzCase> queryCases(Contract.Operation op, FuzzCase base, Random random) {
        List<FuzzCase> cases = new ArrayList<>();
        for (Contract.Param param : op.in("query")) {
            for (Values.Variant variant : values.textVariants(param.schema(), random)) {
                cases.add(base.withQuery("query", param.name() + " " + variant.label(), variant.negative(),
                        param.name(), String.valueOf(variant.value())));
            }
        }
        return cases;
    }

    private List<FuzzCase> fieldCases(Contract.Operation op, FuzzCase base, Random random) {
        List<FuzzCase> cases = new ArrayList<>();
        if (isMultipart(op)) {
            Map<String, String> parts = base.parts();
            cases.add(base.withParts("field", "kind unknown", true, with(parts, "kind", "NOT_A_KIND")));
            cases.add(base.withParts("field", "file missing", true, with(parts, "file", null)));
            cases.add(base.withParts("field", "kind missing", true, with(parts, "kind", null)));
            cases.add(base.withParts("field", "mapping not JSON", true, with(parts, "mapping", "{kapot")));
            cases.add(base.withParts("field", "file empty", false, with(parts, "file", "")));
            cases.add(base.withParts("field", "file of strange text", false, with(parts, "file",
                    String.join("\n", Values.STRANGE_TEXT))));
            return cases;
        }
        if (op.bodySchema() == null) {
            return cases;
        }
        JsonNode schema = contract.resolve(op.bodySchema());
        Map<String, Object> valid = values.validObject(op.bodySchema(), Contract.refName(op.bodySchema()));
        List<String> required = Values.required(schema);
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String field = property.getKey();
            boolean isRequired = required.contains(field);
            if (isRequired) {
                Map<String, Object> missing = new LinkedHashMap<>(valid);
                missing.remove(field);
                cases.add(base.withBody("field", field + " missing", true, JSON, write(missing)));
            }
            for (Values.Variant variant : values.variants(property.getValue(), random)) {
                Map<String, Object> changed = new LinkedHashMap<>(valid);
                changed.put(field, variant.value());
                // the API's convention: blank text in an optional field means "none" (the SPA's empty inputs)
                boolean blankOptional = !isRequired && variant.value() instanceof String text && text.isBlank();
                boolean negative = variant.negative() && !blankOptional || variant.value() == null && isRequired;
                cases.add(base.withBody("field", field + " " + variant.label(), negative, JSON, write(changed)));
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>(valid);
        extra.put("unexpected" + random.nextInt(100), "extra");
        cases.add(base.withBody("field", "extra field", false, JSON, write(extra)));
        return cases;
    }

    private List<FuzzCase> bodyCases(Contract.Operation op, FuzzCase base) {
        List<FuzzCase> cases = new ArrayList<>();
        if (isMultipart(op)) {
            cases.add(base.withParts("body", "JSON instead of multipart", true, null)
                    .withBody("body", "JSON instead of multipart", true, JSON, "{\"kind\":\"COMPANIES\"}"));
            return cases;
        }
        if (op.bodySchema() == null) {
            if (!op.method().equals("GET")) {
                cases.add(base.withBody("body", "unexpected JSON body", false, JSON, "{\"note\":\"extra\"}"));
            }
            return cases;
        }
        String valid = base.bodyText();
        cases.add(base.withBody("body", "not JSON", true, JSON, "{\"name\": "));
        cases.add(base.withBody("body", "no body", true, JSON, null));
        cases.add(base.withBody("body", "empty body", true, JSON, ""));
        cases.add(base.withBody("body", "JSON null", true, JSON, "null"));
        cases.add(base.withBody("body", "JSON array", true, JSON, "[" + valid + "]"));
        cases.add(base.withBody("body", "JSON string", true, JSON, "\"tekst\""));
        cases.add(base.withBody("body", "two JSON documents", true, JSON, valid + valid));
        cases.add(base.withBody("body", "larger than the body limit", true, JSON,
                valid.replaceFirst("\\}$", ",\"padding\":\"" + "x".repeat(1_100_000) + "\"}")));
        cases.add(base.withBody("body", "nested 5000 deep", true, JSON,
                valid.replaceFirst("\\}$", ",\"deep\":" + "[".repeat(5000) + "]".repeat(5000) + "}")));
        cases.add(base.withRawBody("body", "invalid UTF-8", true, JSON + "; charset=UTF-8",
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}));
        cases.add(base.withBody("content-type", "text/plain", true, "text/plain", valid));
        cases.add(base.withBody("content-type", "application/xml", true, "application/xml", "<a/>"));
        cases.add(base.withBody("content-type", "form", true, "application/x-www-form-urlencoded", "a=b"));
        // no Content-Type is not a schema matter: HTTP lets the server assume a type (RFC 9110 8.3), and the
        // endpoints declared JSON-only read it as JSON; the pass checks only that it is no server error
        cases.add(base.withBody("content-type", "no content type", false, null, valid));
        cases.add(base.withBody("content-type", "garbage content type", true, "nonsense", valid));
        return cases;
    }

    private List<FuzzCase> headerCases(Contract.Operation op, FuzzCase base) {
        List<FuzzCase> cases = new ArrayList<>();
        if (op.hasHeader("If-Match")) {
            String h = "If-Match";
            cases.add(base.withHeader(h, "If-Match unquoted", true, h, List.of("abc")));
            cases.add(base.withHeader(h, "If-Match lone quote", true, h, List.of("\"")));
            // weak, yet the server takes it: the version in it is exact either way, and proxies weaken ETags
            cases.add(base.withHeader(h, "If-Match weak", false, h, List.of("W/\"0\"")));
            cases.add(base.withHeader(h, "If-Match stale", true, h, List.of("\"987654\"")));
            cases.add(base.withHeader(h, "If-Match beyond int64", true, h, List.of("\"92233720368547758070\"")));
            cases.add(base.withHeader(h, "If-Match negative", true, h, List.of("\"-1\"")));
            // a list, or the header twice, is allowed (RFC 9110 13.1.1): it matches when one of them is current
            cases.add(base.withHeader(h, "If-Match list", false, h, List.of("\"1\", \"2\"")));
            cases.add(base.withHeader(h, "If-Match 8000 characters", true, h, List.of("\"" + "9".repeat(7998) + "\"")));
            cases.add(base.withHeader(h, "If-Match twice", false, h, List.of("\"1\"", "\"2\"")));
            cases.add(base.withHeader(h, "If-Match *", false, h, List.of("*")));
            if (op.method().equals("PUT")) {
                cases.add(base.withHeader(h, "If-Match missing", true, h, null));
            }
        }
        if (op.hasHeader("Idempotency-Key")) {
            String h = "Idempotency-Key";
            cases.add(base.withHeader(h, "Idempotency-Key empty", true, h, List.of("")));
            cases.add(base.withHeader(h, "Idempotency-Key lone quote", true, h, List.of("\"")));
            cases.add(base.withHeader(h, "Idempotency-Key 256 characters", true, h, List.of("k".repeat(256))));
            cases.add(base.withHeader(h, "Idempotency-Key with spaces", true, h, List.of("twee woorden")));
            cases.add(base.withHeader(h, "Idempotency-Key twice", true, h, List.of("a1", "b2")));
            cases.add(base.withHeader(h, "Idempotency-Key with a tab", true, h, List.of("\"a\tb\"")));
            cases.add(base.withHeader(h, "Idempotency-Key valid", false, h,
                    List.of("\"" + UUID.randomUUID() + "\"")));
        }
        return cases;
    }

    static boolean isMultipart(Contract.Operation op) {
        return op.bodyMediaType() != null && op.bodyMediaType().startsWith("multipart/");
    }

    private static Map<String, String> with(Map<String, String> parts, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parts);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
