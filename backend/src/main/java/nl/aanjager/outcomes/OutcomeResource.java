package nl.aanjager.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.aanjager.common.security.Roles;
import nl.aanjager.outcomes.OutcomeDtos.OutcomeRequest;
import nl.aanjager.outcomes.OutcomeDtos.OutcomeResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/outcomes")
@Tag(name = "Outcomes")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
public class OutcomeResource {
    @Inject
    OutcomeService service;

    @GET
    @Operation(operationId = "listOutcomes", summary = "Outcomes of a company or a programme, newest first; across a programme a partner lists only its own")
    public List<OutcomeResponse> list(@QueryParam("companyId") Long companyId, @QueryParam("programmeId") Long programmeId) {
        return service.search(companyId, programmeId).stream().map(OutcomeResponse::from).toList();
    }

    @POST
    @Operation(operationId = "recordOutcome", summary = "Record what the support led to: jobs, investment, a measure taken")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OutcomeResponse.class)))
    public Response record(@Valid @NotNull OutcomeRequest request) {
        Outcome outcome = service.record(request);
        return Response.created(URI.create("/api/outcomes/" + outcome.id)).entity(OutcomeResponse.from(outcome)).build();
    }
}
