package nl.aanjager.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values derived from a schema of the contract: a valid one (the world's ids and values where the
 * schema cannot say what is valid, e.g. an unused KvK number), and values that break it, each
 * labelled with what it breaks. A broken value is "negative" (the server must refuse it) only when
 * the schema itself forbids it; strange but allowed values (emoji, injection strings) are not.
 */
final class Values {
    /** A replacement for a valid value, and whether the schema forbids it. */
    record Variant(String label, Object value, boolean negative) {
    }

    /** Strings every text field and parameter gets to taste: storage, rendering and SQL edge cases. */
    static final List<String> STRANGE_TEXT = List.of(
            "nul\u0000byte",
            "lone \ud800 surrogate",
            "trailing \udfff",
            "\u202eRTL override\u202c and \u200f mark",
            "emoji \uD83D\uDE80\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
            "' OR '1'='1' --",
            "'; drop table company; --",
            "<script>alert(1)</script>",
            "%00%27%22",
            "\\u0000 ${jndi:ldap://x} {{7*7}}",
            "  ",
            "\r\n\t",
            "ﬃ ǅ İ ß Ω",
            "\uFEFFbom");

    private final Contract contract;
    private final FuzzWorld world;

    Values(Contract contract, FuzzWorld world) {
        this.contract = contract;
        this.world = world;
    }

    /** A valid value of the schema; {@code field} and {@code owner} name it for the world's overrides. */
    Object valid(JsonNode schema, String owner, String field) {
        if (field != null && world.knowsField(owner, field)) {
            return world.field(owner, field);
        }
        JsonNode s = contract.resolve(schema);
        String name = Contract.refName(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0).asText();
        }
        String format = s.path("format").asText();
        return switch (s.path("type").asText("object")) {
            case "string" -> switch (format) {
                case "date" -> LocalDate.now().toString();
                case "date-time" -> OffsetDateTime.now().plusDays(1).truncatedTo(ChronoUnit.SECONDS).toString();
                default -> "fuzz";
            };
            case "integer" -> s.has("minimum") ? s.get("minimum").asLong() : 1;
            case "number" -> s.has("minimum") ? s.get("minimum").asDouble() + 1 : 1;
            case "boolean" -> false;
            case "array" -> {
                List<Object> items = new ArrayList<>();
                if (s.path("minItems").asInt(0) > 0) {
                    items.add(valid(s.path("items"), owner, null));
                }
                yield items;
            }
            default -> validObject(s, name.isEmpty() ? owner : name);
        };
    }

    /** An object with its required fields, and optional ones the world has a value for. */
    Map<String, Object> validObject(JsonNode schema, String name) {
        JsonNode s = contract.resolve(schema);
        Map<String, Object> object = new LinkedHashMap<>();
        List<String> required = required(s);
        Iterator<Map.Entry<String, JsonNode>> properties = s.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (required.contains(property.getKey()) || world.knowsField(name, property.getKey())) {
                object.put(property.getKey(), valid(property.getValue(), name, property.getKey()));
            }
        }
        return object;
    }

    static List<String> required(JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** Values that break or stretch the schema, one of which a case puts in place of the valid value. */
    List<Variant> variants(JsonNode schema, Random random) {
        JsonNode s = contract.resolve(schema);
        List<Variant> variants = new ArrayList<>();
        String type = s.path("type").asText("object");
        String format = s.path("format").asText();
        variants.add(new Variant("null", null, false));
        if (s.has("enum")) {
            variants.add(new Variant("unknown enum value", "NOT_A_" + s.get("enum").get(0).asText(), true));
            variants.add(new Variant("enum value in lower case", s.get("enum").get(0).asText().toLowerCase(), true));
        }
        switch (type) {
            case "string" -> {
                variants.add(new Variant("object for a string", Map.of("a", 1), true));
                variants.add(new Variant("array for a string", List.of("a", "b"), true));
                if (format.equals("date") || format.equals("date-time")) {
                    variants.add(new Variant("impossible date", format.equals("date") ? "2026-02-30"
                            : "2026-02-30T25:61:00+01:00", true));
                    variants.add(new Variant("not a date", "gisteren", true));
                    variants.add(new Variant("year 10000", format.equals("date") ? "+10000-01-01"
                            : "+10000-01-01T00:00:00Z", false));
                    variants.add(new Variant("year 0", format.equals("date") ? "0000-01-01" : "0000-01-01T00:00:00Z",
                            false));
                } else if (!s.has("enum")) {
                    String strange = STRANGE_TEXT.get(random.nextInt(STRANGE_TEXT.size()));
                    variants.add(new Variant("strange text " + describe(strange), strange, breaks(s, strange)));
                    variants.add(new Variant("empty string", "", breaks(s, "")));
                    int max = s.path("maxLength").asInt(0);
                    if (max > 0) {
                        variants.add(new Variant("one over maxLength", "x".repeat(max + 1), true));
                    }
                    String huge = "ä".repeat(100_000);
                    variants.add(new Variant("100k characters", huge, breaks(s, huge)));
                }
            }
            case "integer", "number" -> {
                variants.add(new Variant("text for a number", "twaalf", true));
                variants.add(new Variant("object for a number", Map.of(), true));
                variants.add(new Variant("beyond int64", new java.math.BigInteger("92233720368547758070"), true));
                variants.add(new Variant("negative", -1, s.has("minimum") && s.get("minimum").asDouble() > -1));
                variants.add(new Variant("zero", 0, s.has("minimum") && s.get("minimum").asDouble() > 0));
                variants.add(new Variant("int64 max", Long.MAX_VALUE, s.has("maximum")
                        || "int32".equals(format)));
                variants.add(new Variant("1e308", 1e308, true));
                if (s.has("maximum")) {
                    variants.add(new Variant("one over maximum", s.get("maximum").asLong() + 1, true));
                }
            }
            case "boolean" -> {
                variants.add(new Variant("text for a boolean", "ja", true));
                variants.add(new Variant("array for a boolean", List.of(true), true));
            }
            case "array" -> {
                variants.add(new Variant("object for an array", Map.of("x", 1), true));
                variants.add(new Variant("empty array", List.of(), s.path("minItems").asInt(0) > 0));
                List<Object> many = new ArrayList<>();
                for (int i = 0; i < 10_001; i++) {
                    many.add(i);
                }
                variants.add(new Variant("10001 numbers", many, true));
                variants.add(new Variant("array of nulls", java.util.Arrays.asList(null, null), true));
            }
            default -> {
                variants.add(new Variant("string for an object", "{}", true));
                variants.add(new Variant("array for an object", List.of(Map.of()), true));
            }
        }
        return variants;
    }

    /** Query and path parameters travel as text: what text breaks or stretches this schema. */
    List<Variant> textVariants(JsonNode schema, Random random) {
        JsonNode s = contract.resolve(schema);
        String type = s.path("type").asText("string");
        String format = s.path("format").asText();
        List<Variant> variants = new ArrayList<>();
        String strange = STRANGE_TEXT.get(random.nextInt(STRANGE_TEXT.size()));
        boolean text = type.equals("string") && format.isEmpty();
        // blank, like empty, reads as "not given" for a query parameter
        variants.add(new Variant("strange text " + describe(strange), strange,
                !strange.isBlank() && (!text || breaks(s, strange))));
        variants.add(new Variant("empty", "", false));
        // 3,000: far over every maxLength, yet under the 4 KiB request line above which Vert.x itself
        // answers a bare 414 before any of the application runs (quarkusio/quarkus#55082)
        String longText = "x".repeat(3_000);
        variants.add(new Variant("3000 characters", longText, !text || breaks(s, longText)));
        switch (type) {
            case "integer", "number" -> {
                variants.add(new Variant("text for a number", "abc", true));
                variants.add(new Variant("decimal", "1.5", type.equals("integer")));
                variants.add(new Variant("beyond int64", "92233720368547758070", true));
                variants.add(new Variant("negative", "-1", s.has("minimum") && s.get("minimum").asDouble() > -1));
                variants.add(new Variant("hex", "0x10", true));
                if (s.has("maximum")) {
                    variants.add(new Variant("one over maximum", String.valueOf(s.get("maximum").asLong() + 1), true));
                }
            }
            case "boolean" -> variants.add(new Variant("text for a boolean", "misschien", true));
            default -> {
                if (s.has("enum")) {
                    variants.add(new Variant("unknown enum value", "NOPE", true));
                }
                if (format.equals("date") || format.equals("date-time")) {
                    variants.add(new Variant("impossible date", "2026-13-45", true));
                }
            }
        }
        return variants;
    }

    /**
     * Whether the text breaks a string schema: its length limits, its enum, or its pattern read as
     * JSON Schema reads it (found anywhere in the text, not anchored; the server may be stricter).
     */
    static boolean breaks(JsonNode schema, String text) {
        int length = text.codePointCount(0, text.length());
        return schema.has("maxLength") && length > schema.get("maxLength").asInt()
                || length < schema.path("minLength").asInt(0)
                || schema.has("enum") && java.util.stream.StreamSupport.stream(schema.get("enum").spliterator(), false)
                        .noneMatch(e -> e.asText().equals(text))
                || schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText())
                        .matcher(text).find();
    }

    /** A short printable label of a strange string, for the report. */
    static String describe(String text) {
        StringBuilder label = new StringBuilder();
        text.codePoints().limit(24).forEach(c -> label.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c)
                : Character.toString(c)));
        return "\"" + label + "\"";
    }
}
