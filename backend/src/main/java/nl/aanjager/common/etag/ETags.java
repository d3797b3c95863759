package nl.aanjager.common.etag;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.OptionalLong;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: the ETag is the row's version; updates must send it
 * back in If-Match (428 when missing, 412 when stale).
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static Response.ResponseBuilder ok(Object body, long version) {
        return Response.ok(body).tag(of(version));
    }

    /** The version an update expects, from a required If-Match header. */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.of(ProblemType.PRECONDITION_REQUIRED, ProblemCode.IF_MATCH_REQUIRED,
                    "Send the ETag of the record you read in an If-Match header");
        }
        return optionalVersion(ifMatch).orElseThrow(() -> ApiException.of(ProblemType.PRECONDITION_FAILED,
                ProblemCode.STALE, "If-Match does not name a version of this record"));
    }

    /** The version a delete expects, when the client sent one; "*" means any. */
    public static OptionalLong optionalVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String first = Arrays.stream(ifMatch.split(",")).map(String::trim).findFirst().orElse("");
        String opaque = first.startsWith("W/") ? first.substring(2) : first;
        opaque = opaque.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(opaque));
        } catch (NumberFormatException e) {
            throw ApiException.of(ProblemType.PRECONDITION_FAILED, ProblemCode.STALE,
                    "If-Match does not name a version of this record");
        }
    }

    /** Throws 412 when the stored version is not the one the client read. */
    public static void checkVersion(long stored, OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != stored) {
            throw ApiException.of(ProblemType.PRECONDITION_FAILED, ProblemCode.STALE,
                    "The record was changed by someone else (version " + stored + ", you sent "
                            + expected.getAsLong() + "); reload it and try again");
        }
    }
}
