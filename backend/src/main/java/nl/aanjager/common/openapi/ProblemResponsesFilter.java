package nl.aanjager.common.openapi;

import java.util.List;
import nl.aanjager.common.idempotency.IdempotencyFilter;
import nl.aanjager.common.idempotency.IdempotencyKeyHeader;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, so clients (and the SPA's
 * generated types) see the RFC 9457 body and the status codes of our conventions.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(IDEMPOTENCY_KEY, OASFactory.createParameter()
                .name(IdempotencyKeyHeader.NAME)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to "
                        + IdempotencyKeyHeader.MAX_LENGTH + " characters, e.g. a UUID, as a quoted string (a bare"
                        + " token is accepted too). A retry with the same key and the same request gets the first"
                        + " response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per"
                        + " caller and expire after 24 hours.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        appendRoles(operation);
        APIResponses responses = operation.getResponses();
        // a path parameter that does not convert (/api/companies/abc) is a 400 too, not a 404
        boolean hasInput = operation.getRequestBody() != null || path.contains("{") || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean conditional = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
        if (hasInput) {
            add(responses, "400", "Invalid input: see the problem's field errors");
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "The caller's role does not allow this operation");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such record (or not visible to the caller)");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(responses, "409", "Conflicts with existing data");
        }
        if (IdempotencyFilter.appliesTo(method.name(), path)) {
            documentIdempotencyKey(operation);
        }
        if (conditional) {
            add(responses, "412", "If-Match names a version that is no longer current");
            if (method == PathItem.HttpMethod.PUT) {
                add(responses, "428", "If-Match is required");
            }
        }
        // common/bodylimit/RequestBodyLimit: 1 MB for JSON, more for import uploads
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is larger than this operation accepts");
            add(responses, "415", "The request body is not of a media type this operation reads");
        }
        // common/problem/DatabaseUnavailable: a database restart, failover or full disk; nothing was changed
        add(responses, "503", "The database is briefly unavailable; nothing was changed. Try again after"
                + " the seconds in Retry-After");
        responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds after which a retry is likely to succeed")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        if (secured) {
            // common/ratelimit/CallerRateLimit counts every authenticated call
            add(responses, "429", "Too many requests from this caller; wait the seconds in Retry-After");
            responses.getAPIResponse("429").addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds until the caller may try again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    private static void documentIdempotencyKey(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + IDEMPOTENCY_KEY));
        APIResponses responses = operation.getResponses();
        add(responses, "400", "Invalid input: see the problem's field errors");
        add(responses, "409", "Conflicts with existing data, or a request with the same Idempotency-Key is still"
                + " being processed (type request-in-progress)");
        if (responses.hasAPIResponse("422")) {
            responses.getAPIResponse("422").description(responses.getAPIResponse("422").getDescription()
                    + "; or the Idempotency-Key was used before for a different request (type idempotency-key-reused)");
        } else {
            add(responses, "422", "The Idempotency-Key was used before for a different request (type"
                    + " idempotency-key-reused)");
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }


    /**
     * "(roles: admin, staff)" at the end of each summary, from the security scopes that
     * {@code @RolesAllowed} gives the operation: written once, so the text cannot drift from the rule.
     */
    private static void appendRoles(Operation operation) {
        if (operation.getSummary() == null || operation.getSecurity() == null) {
            return;
        }
        List<String> roles = operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .flatMap(List::stream).distinct().toList();
        String suffix = " (roles: " + String.join(", ", roles) + ")";
        if (roles.isEmpty() || operation.getSummary().endsWith(suffix)) {
            return; // a document filtered before (build time, then start)
        }
        if (operation.getSummary().contains("(roles:")) {
            throw new IllegalStateException(operation.getOperationId()
                    + ": write no roles into the summary; they come from @RolesAllowed");
        }
        operation.setSummary(operation.getSummary() + suffix);
    }
}
