package nl.aanjager.programmes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import nl.aanjager.programmes.ProgrammeDtos.ProgrammePage;
import nl.aanjager.programmes.ProgrammeDtos.ProgrammeRequest;
import nl.aanjager.programmes.ProgrammeDtos.ProgrammeResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/programmes")
@Tag(name = "Programmes")
public class ProgrammeResource {
    @Inject
    ProgrammeService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listProgrammes", summary = "List and search programmes")
    public ProgrammePage list(@Valid @BeanParam PageParams paging, @QueryParam("theme") @Parameter(schema = @Schema(implementation = Theme.class)) String theme) {
        return ProgrammePage.of(service.list(paging, EnumParam.parse(Theme.class, "theme", theme)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getProgramme", summary = "Read one programme; ETag carries its version")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeResponse.class)))
    public Response get(@PathParam("id") long id) {
        Programme programme = service.find(id).orElseThrow(() -> ApiException.notFound("Programme", id));
        return ETags.ok(ProgrammeResponse.from(programme), programme.version).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createProgramme", summary = "Start a programme with the default funnel inspired → informed → activated")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeResponse.class)))
    public Response create(@Valid @NotNull ProgrammeRequest request) {
        Programme programme = service.create(request);
        return Response.created(URI.create("/api/programmes/" + programme.id))
                .entity(ProgrammeResponse.from(programme)).tag(ETags.of(programme.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateProgramme", summary = "Change a programme; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProgrammeRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Programme programme = service.update(id, expected, request)
                .orElseThrow(() -> ApiException.notFound("Programme", id));
        return ETags.ok(ProgrammeResponse.from(programme), programme.version).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteProgramme", summary = "Remove a programme with its stages and targets")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!service.delete(id, ETags.optionalVersion(ifMatch))) {
            throw ApiException.notFound("Programme", id);
        }
    }
}
