package nl.aanjager.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business outcome that ends the request with a problem response. Services throw it;
 * {@link ProblemExceptionMappers} turns it into RFC 9457 JSON. The detail is English for
 * developers; the code and its params are what a client words for people.
 */
public class ApiException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> fieldErrors;
    private ProblemCode code;
    private final Map<String, String> params = new LinkedHashMap<>();
    private String existing;
    private Long retryAfterSeconds;

    private ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    private ApiException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.type = type;
        this.fieldErrors = fieldErrors;
    }

    /** {@code type} with a code; {@code params} come as name, value, name, value … */
    public static ApiException of(ProblemType type, ProblemCode code, String detail, Object... params) {
        return new ApiException(type, detail).coded(code, params);
    }

    public static ApiException notFound(String what, Object id) {
        return of(ProblemType.NOT_FOUND, ProblemCode.NOT_FOUND, what + " " + id + " does not exist", "what",
                what.toLowerCase());
    }

    public static ApiException conflict(ProblemCode code, String detail, Object... params) {
        return of(ProblemType.CONFLICT, code, detail, params);
    }

    /** A conflict with a record that already exists, pointing the client at it. */
    public static ApiException duplicateOf(ProblemCode code, String detail, String existingUri, Object... params) {
        ApiException conflict = conflict(code, detail, params);
        conflict.existing = existingUri;
        return conflict;
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return tooManyRequests("your address", retryAfterSeconds);
    }

    /** Too many requests from {@code whom} (an address, a client); the caller may retry after the given time. */
    public static ApiException tooManyRequests(String whom, long retryAfterSeconds) {
        ApiException e = of(ProblemType.TOO_MANY_REQUESTS, ProblemCode.TOO_MANY_REQUESTS,
                "Too many requests from " + whom + "; try again in " + retryAfterSeconds + " seconds",
                "seconds", retryAfterSeconds);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** A refused field; {@code params} come as name, value, name, value … */
    public static ApiException invalidField(String field, FieldErrorCode code, String message, Object... params) {
        return new ApiException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message, code, paramMap(params))));
    }

    /** A value the caller may not use, e.g. another partner's id in a filter. */
    public static ApiException forbiddenField(String field, FieldErrorCode code, String message) {
        return new ApiException(ProblemType.FORBIDDEN, field + ": " + message,
                List.of(new Problem.FieldError(field, code, message)));
    }

    private ApiException coded(ProblemCode problemCode, Object... values) {
        this.code = problemCode;
        this.params.putAll(paramMap(values));
        return this;
    }

    static Map<String, String> paramMap(Object... values) {
        if (values.length % 2 != 0) {
            throw new IllegalArgumentException("params come in name, value pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            if (values[i + 1] != null) {
                map.put(String.valueOf(values[i]), String.valueOf(values[i + 1]));
            }
        }
        return map;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }

    public ProblemCode code() {
        return code;
    }

    public Map<String, String> params() {
        return params;
    }

    public String existing() {
        return existing;
    }


    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
