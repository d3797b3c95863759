package nl.aanjager.ambassadors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.aanjager.ambassadors.AmbassadorDtos.AmbassadorRequest;
import nl.aanjager.ambassadors.AmbassadorDtos.AmbassadorResponse;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.BooleanParam;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/ambassadors")
@Tag(name = "Ambassadors")
public class AmbassadorResource {
    @Inject
    AmbassadorService service;

    @Inject
    AmbassadorResponses responses;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listAmbassadors", summary = "Ambassadors, newest term first; current=true for today's, false for past and future")
    public List<AmbassadorResponse> list(@QueryParam("programmeId") Long programmeId,
            @QueryParam("current") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String current) {
        return responses.all(service.list(programmeId, BooleanParam.parse("current", current, null)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "appointAmbassador", summary = "Appoint a contact person ambassador of a programme for a term")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AmbassadorResponse.class)))
    public Response appoint(@Valid @NotNull AmbassadorRequest request) {
        Ambassador ambassador = service.appoint(request);
        return Response.created(URI.create("/api/ambassadors/" + ambassador.id))
                .entity(responses.one(ambassador)).tag(ETags.of(ambassador.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateAmbassador", summary = "Change a term, e.g. end it; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AmbassadorResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AmbassadorRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Ambassador ambassador = service.update(id, expected, request)
                .orElseThrow(() -> ApiException.notFound("Ambassador", id));
        return ETags.ok(responses.one(ambassador), ambassador.version).build();
    }
}
