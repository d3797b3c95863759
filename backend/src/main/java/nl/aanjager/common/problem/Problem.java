package nl.aanjager.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the one error body this API returns. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem", examples = "urn:aanjager:problem:validation") String type,
        String title,
        int status,
        @Schema(description = "Human-readable explanation of this occurrence") String detail,
        String instance,
        @Schema(description = "Field errors, for validation problems") List<FieldError> errors,
        @Schema(description = "For a conflict with an existing record: that record's URI") String existing,
        @Schema(description = "Machine-readable reason of a refusal, e.g. WRONG_EVENT at check-in") String reason) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
