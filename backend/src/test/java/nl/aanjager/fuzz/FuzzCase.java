package nl.aanjager.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request of the fuzz pass, before a caller is chosen. {@code negative}: the contract itself
 * forbids it (wrong type, missing required field, malformed header, ...), so it must be refused.
 * The body is the exact text sent (so it can be broken JSON); {@code parts} replaces it for a
 * multipart upload. An If-Match of {@link #CURRENT_ETAG} is replaced by the record's ETag when sent.
 */
record FuzzCase(String category, String label, boolean negative, Map<String, String> path,
        Map<String, String> query, Map<String, List<String>> headers, String contentType, byte[] body,
        Map<String, String> parts) {

    static final String CURRENT_ETAG = "<current>";

    FuzzCase withPath(String category, String label, boolean negative, String param, String value) {
        Map<String, String> changed = new LinkedHashMap<>(path);
        changed.put(param, value);
        return new FuzzCase(category, label, negative, changed, query, headers, contentType, body, parts);
    }

    FuzzCase withQuery(String category, String label, boolean negative, String param, String value) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        changed.put(param, value);
        return new FuzzCase(category, label, negative, path, changed, headers, contentType, body, parts);
    }

    FuzzCase withHeader(String category, String label, boolean negative, String header, List<String> values) {
        Map<String, List<String>> changed = new LinkedHashMap<>(headers);
        if (values == null) {
            changed.remove(header);
        } else {
            changed.put(header, values);
        }
        return new FuzzCase(category, label, negative, path, query, changed, contentType, body, parts);
    }

    FuzzCase withBody(String category, String label, boolean negative, String type, String text) {
        return withRawBody(category, label, negative, type, text == null ? null : text.getBytes(UTF_8));
    }

    FuzzCase withRawBody(String category, String label, boolean negative, String type, byte[] bytes) {
        return new FuzzCase(category, label, negative, path, query, headers, type, bytes, parts);
    }

    String bodyText() {
        return body == null ? null : new String(body, UTF_8);
    }

    FuzzCase withParts(String category, String label, boolean negative, Map<String, String> changed) {
        return new FuzzCase(category, label, negative, path, query, headers, contentType, body, changed);
    }
}
