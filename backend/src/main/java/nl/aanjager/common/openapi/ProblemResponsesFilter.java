package nl.aanjager.common.openapi;

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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null || operation.getParameters() != null
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
        if (conditional) {
            add(responses, "412", "If-Match names a version that is no longer current");
            if (method == PathItem.HttpMethod.PUT) {
                add(responses, "428", "If-Match is required");
            }
        }
        // common/bodylimit/RequestBodyLimit: 1 MB for JSON, more for import uploads
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is larger than this operation accepts");
        }
        if (secured) {
            // common/ratelimit/CallerRateLimit counts every authenticated call
            add(responses, "429", "Too many requests from this caller; wait the seconds in Retry-After");
            responses.getAPIResponse("429").addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds until the caller may try again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }

}
