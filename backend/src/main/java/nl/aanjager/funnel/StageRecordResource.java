package nl.aanjager.funnel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.aanjager.common.paging.BooleanParam;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.Roles;
import nl.aanjager.funnel.FunnelDtos.StageRecordRequest;
import nl.aanjager.funnel.FunnelDtos.StageRecordResponse;
import nl.aanjager.funnel.FunnelDtos.WithdrawalRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stage-records")
@Tag(name = "Funnel")
public class StageRecordResource {
    @Inject
    FunnelService funnel;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listStageRecords", summary = "Stage records, newest first; withdrawn ones on request. At one company (companyId) every partner's; across a programme a partner lists only its own credits")
    public List<StageRecordResponse> list(@QueryParam("companyId") Long companyId,
            @QueryParam("programmeId") Long programmeId,
            @QueryParam("includeWithdrawn") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            String includeWithdrawn) {
        if (companyId == null && programmeId == null) {
            throw ApiException.invalidField("companyId", FieldErrorCode.ONE_OF, "give companyId or programmeId");
        }
        return funnel.search(companyId, programmeId, BooleanParam.parse("includeWithdrawn", includeWithdrawn, false))
                .stream().map(StageRecordResponse::from).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "recordStage", summary = "Record by hand that a company reached a stage: staff and admins for any partner; a partner only for itself and only with a source it owns (its activity, its event's attendance), else 403")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StageRecordResponse.class)))
    public Response record(@Valid @NotNull StageRecordRequest request) {
        StageRecord record = funnel.recordByHand(request);
        return Response.created(URI.create("/api/stage-records/" + record.id))
                .entity(StageRecordResponse.from(record)).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    // JSON only: WithdrawalRequest has one String field, and without this a text/plain body was read
    // through that constructor, the raw text becoming the reason (found by the contract fuzz pass)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "withdrawStageRecord", summary = "Withdraw a record made in error, with a reason; it stays visible as withdrawn; a partner only its own credits")
    public StageRecordResponse withdraw(@PathParam("id") long id, @Valid @NotNull WithdrawalRequest request) {
        return StageRecordResponse.from(funnel.withdraw(id, request.reason().trim())
                .orElseThrow(() -> ApiException.notFound("Stage record", id)));
    }
}
