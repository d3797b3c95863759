package nl.aanjager.programmes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import nl.aanjager.programmes.ProgrammeDtos.TargetRequest;
import nl.aanjager.programmes.ProgrammeDtos.TargetResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/programmes/{programmeId}/targets")
@Tag(name = "Programmes")
public class ProgrammeTargetResource {
    @Inject
    ProgrammeTargetService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listTargets", summary = "The programme's targets, earliest deadline first")
    public List<TargetResponse> list(@PathParam("programmeId") long programmeId) {
        return service.list(programmeId).stream().map(TargetResponse::from).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "addTarget", summary = "Set a target: N distinct companies reach a stage by a date")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TargetResponse.class)))
    public Response add(@PathParam("programmeId") long programmeId, @Valid @NotNull TargetRequest request) {
        ProgrammeTarget target = service.add(programmeId, request);
        return Response.created(URI.create("/api/programmes/" + programmeId + "/targets/" + target.id))
                .entity(TargetResponse.from(target)).tag(ETags.of(target.version)).build();
    }

    @GET
    @Path("/{targetId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getTarget", summary = "Read one target")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TargetResponse.class)))
    public Response get(@PathParam("programmeId") long programmeId, @PathParam("targetId") long targetId) {
        ProgrammeTarget target = service.find(programmeId, targetId)
                .orElseThrow(() -> ApiException.notFound("Target", targetId));
        return ETags.ok(TargetResponse.from(target), target.version).build();
    }

    @PUT
    @Path("/{targetId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateTarget", summary = "Change a target; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TargetResponse.class)))
    public Response update(@PathParam("programmeId") long programmeId, @PathParam("targetId") long targetId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TargetRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        ProgrammeTarget target = service.update(programmeId, targetId, expected, request)
                .orElseThrow(() -> ApiException.notFound("Target", targetId));
        return ETags.ok(TargetResponse.from(target), target.version).build();
    }

    @DELETE
    @Path("/{targetId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteTarget", summary = "Remove a target")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("programmeId") long programmeId, @PathParam("targetId") long targetId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!service.delete(programmeId, targetId, ETags.optionalVersion(ifMatch))) {
            throw ApiException.notFound("Target", targetId);
        }
    }
}
