package nl.aanjager.common.problem;

import java.util.List;

/**
 * A business outcome that ends the request with a problem response. Services throw it;
 * {@link ProblemExceptionMappers} turns it into RFC 9457 JSON.
 */
public class ApiException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> fieldErrors;
    private String existing;
    private String reason;
    private Long retryAfterSeconds;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.type = type;
        this.fieldErrors = fieldErrors;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    /** A conflict with a record that already exists, pointing the client at it. */
    public static ApiException duplicateOf(String detail, String existingUri) {
        ApiException conflict = conflict(detail);
        conflict.existing = existingUri;
        return conflict;
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return tooManyRequests("your address", retryAfterSeconds);
    }

    /** Too many requests from {@code whom} (an address, a client); the caller may retry after the given time. */
    public static ApiException tooManyRequests(String whom, long retryAfterSeconds) {
        ApiException e = new ApiException(ProblemType.TOO_MANY_REQUESTS,
                "Too many requests from " + whom + "; try again in " + retryAfterSeconds + " seconds");
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** A refusal with a machine-readable reason, e.g. a ticket of another event at check-in. */
    public static ApiException refused(String reason, String detail) {
        ApiException e = new ApiException(ProblemType.CHECK_IN_REFUSED, detail);
        e.reason = reason;
        return e;
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** A value the caller may not use, e.g. another partner's id in a filter. */
    public static ApiException forbiddenField(String field, String message) {
        return new ApiException(ProblemType.FORBIDDEN, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }

    public String existing() {
        return existing;
    }

    public String reason() {
        return reason;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
