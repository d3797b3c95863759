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
import nl.aanjager.programmes.ProgrammeDtos.StageOrderRequest;
import nl.aanjager.programmes.ProgrammeDtos.StageRequest;
import nl.aanjager.programmes.ProgrammeDtos.StageResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/programmes/{programmeId}/stages")
@Tag(name = "Programmes")
public class FunnelStageResource {
    @Inject
    FunnelStageService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listStages", summary = "The programme's funnel stages, first stage first")
    public List<StageResponse> list(@PathParam("programmeId") long programmeId) {
        return service.list(programmeId).stream().map(StageResponse::from).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addStage", summary = "Add a stage at the end of the funnel")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StageResponse.class)))
    public Response add(@PathParam("programmeId") long programmeId, @Valid @NotNull StageRequest request) {
        FunnelStage stage = service.add(programmeId, request);
        return Response.created(URI.create("/api/programmes/" + programmeId + "/stages/" + stage.id))
                .entity(StageResponse.from(stage)).tag(ETags.of(stage.version)).build();
    }

    @GET
    @Path("/{stageId: \\d+}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getStage", summary = "Read one funnel stage")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StageResponse.class)))
    public Response get(@PathParam("programmeId") long programmeId, @PathParam("stageId") long stageId) {
        FunnelStage stage = service.find(programmeId, stageId).orElseThrow(() -> ApiException.notFound("Stage", stageId));
        return ETags.ok(StageResponse.from(stage), stage.version).build();
    }

    @PUT
    @Path("/{stageId: \\d+}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateStage", summary = "Rename a stage or change its code; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StageResponse.class)))
    public Response update(@PathParam("programmeId") long programmeId, @PathParam("stageId") long stageId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StageRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        FunnelStage stage = service.update(programmeId, stageId, expected, request)
                .orElseThrow(() -> ApiException.notFound("Stage", stageId));
        return ETags.ok(StageResponse.from(stage), stage.version).build();
    }

    @DELETE
    @Path("/{stageId: \\d+}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteStage", summary = "Remove a stage nothing refers to")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("programmeId") long programmeId, @PathParam("stageId") long stageId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!service.delete(programmeId, stageId, ETags.optionalVersion(ifMatch))) {
            throw ApiException.notFound("Stage", stageId);
        }
    }

    @PUT
    @Path("/order")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reorderStages", summary = "Put the stages in a new order")
    public List<StageResponse> reorder(@PathParam("programmeId") long programmeId,
            @Valid @NotNull StageOrderRequest request) {
        return service.reorder(programmeId, request.stageIds()).stream().map(StageResponse::from).toList();
    }
}
