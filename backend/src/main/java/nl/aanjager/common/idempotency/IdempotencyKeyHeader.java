package nl.aanjager.common.idempotency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * The Idempotency-Key request header. The draft makes it a Structured Field string
 * ({@code Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"}, RFC 8941 §3.3.3); many clients
 * send the value bare, so a bare token is taken as the same key.
 */
public final class IdempotencyKeyHeader {
    public static final String NAME = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    /** Token characters (RFC 9110 tchar) plus ':' and '/' as sf-token allows, and '=' of base64 keys. */
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~:/=-]+");

    private IdempotencyKeyHeader() {
    }

    /** The key of the header's values, or a 400 problem naming the header when it is not one key. */
    static String parse(List<String> values) {
        if (values.size() != 1) {
            throw invalid("send one key");
        }
        return parse(values.get(0)).orElseThrow(() -> invalid(
                "a quoted string of 1 to " + MAX_LENGTH + " printable ASCII characters, e.g. \"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
    }

    /** The key a single header value names, unquoted and unescaped; empty when the value is no key. */
    static Optional<String> parse(String value) {
        String trimmed = value.strip();
        String key = trimmed.startsWith("\"") ? unquote(trimmed) : BARE.matcher(trimmed).matches() ? trimmed : null;
        return Optional.ofNullable(key).filter(k -> !k.isEmpty() && k.length() <= MAX_LENGTH);
    }

    /** An sf-string: printable ASCII between quotes, with only \" and \\ escaped. */
    private static String unquote(String quoted) {
        StringBuilder key = new StringBuilder();
        for (int i = 1; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '"') {
                return i == quoted.length() - 1 ? key.toString() : null;
            }
            if (c == '\\') {
                if (++i == quoted.length() || quoted.charAt(i) != '"' && quoted.charAt(i) != '\\') {
                    return null;
                }
                c = quoted.charAt(i);
            } else if (c < 0x20 || c > 0x7E) {
                return null;
            }
            key.append(c);
        }
        return null;
    }

    private static ApiException invalid(String message) {
        return ApiException.invalidField(NAME, FieldErrorCode.FORMAT, message, "format", "idempotency-key");
    }
}
