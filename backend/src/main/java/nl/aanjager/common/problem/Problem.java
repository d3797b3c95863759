package nl.aanjager.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the one error body this API returns. {@code title} and {@code detail}
 * are English for developers; a client that shows the problem to people words it from
 * {@code type}, {@code code} and {@code params} (and each field error's code and params).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem", examples = "urn:aanjager:problem:validation") String type,
        String title,
        int status,
        @Schema(description = "English explanation of this occurrence, for developers") String detail,
        String instance,
        @Schema(description = "Field errors, for validation problems") List<FieldError> errors,
        @Schema(description = "For a conflict with an existing record: that record's URI") String existing,
        @Schema(description = "Stable reason, finer than the type") ProblemCode code,
        @Schema(description = "Values that go with the code, e.g. the name of the existing company") Map<String, String> params) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, null, Map.of());
    }

    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(
            @Schema(description = "The request's field (JSON path) or parameter") String field,
            @Schema(description = "English reason, for developers") String message,
            @Schema(required = true) FieldErrorCode code,
            @Schema(description = "Values that go with the code, e.g. max for TOO_LONG") Map<String, String> params) {

        public FieldError(String field, FieldErrorCode code, String message) {
            this(field, message, code, Map.of());
        }
    }
}
