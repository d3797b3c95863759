package nl.aanjager.activities;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import nl.aanjager.activities.ActivityDtos.ActivityPage;
import nl.aanjager.activities.ActivityDtos.ActivityRequest;
import nl.aanjager.activities.ActivityDtos.ActivityResponse;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.export.ExportParams;
import nl.aanjager.common.export.Exports;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/activities")
@Tag(name = "Activities")
public class ActivityResource {
    @Inject
    ActivityService service;

    @Inject
    ActivityResponses responses;

    @Inject
    ActivityExport export;

    @Inject
    Exports exports;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listActivities", summary = "Activities, newest first. At one company (companyId) every partner's, with other partners' confidential summaries left out; otherwise a partner lists only its own, and another partner's id in partnerId is refused with 403")
    public ActivityPage list(@Valid @BeanParam PageParams paging, @QueryParam("companyId") Long companyId,
            @QueryParam("partnerId") Long partnerId,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ActivityType.class)) String type,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        PageResult<ActivityResponse> page = responses.page(service.list(companyId, partnerId,
                EnumParam.parse(ActivityType.class, "type", type), from, to, paging.page, paging.size));
        return new ActivityPage(page.items(), page.total(), page.page(), page.size());
    }

    @GET
    @Path("/export")
    @Produces({Exports.CSV_TYPE, Exports.XLSX_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "exportActivities", summary = "The filtered list as a CSV or Excel file: every match (at most "
            + Exports.MAX_ROWS + ", else 400 EXPORT_TOO_LARGE), newest first, with the names of partner, company,"
            + " programme and stage; headers and words in the language of Accept-Language. The same rules as the list")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = Exports.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Exports.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@BeanParam ExportParams params, @QueryParam("companyId") Long companyId,
            @QueryParam("partnerId") Long partnerId,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ActivityType.class)) String type,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @Context HttpHeaders headers) {
        Exports.Request request = exports.request(params, headers);
        ActivityType chosenType = EnumParam.parse(ActivityType.class, "type", type);
        return exports.download(request, ActivityExport.TABLE, Exports.allPages((page, size) ->
                export.named(responses.page(service.list(companyId, partnerId, chosenType, from, to, page, size)))));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getActivity", summary = "Read one activity")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityResponse.class)))
    public Response get(@PathParam("id") long id) {
        ActivityResponse activity = service.find(id).map(responses::one)
                .orElseThrow(() -> ApiException.notFound("Activity", id));
        return ETags.ok(activity, activity.version()).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "createActivity", summary = "Record an activity; with programmeId and stageId it credits that funnel stage")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityResponse.class)))
    public Response create(@Valid @NotNull ActivityRequest request) {
        ActivityResponse activity = responses.one(service.create(request));
        return Response.created(URI.create("/api/activities/" + activity.id()))
                .entity(activity).tag(ETags.of(activity.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "updateActivity", summary = "Change an activity of one's own partner; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivityRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        ActivityResponse activity = service.update(id, expected, request).map(responses::one)
                .orElseThrow(() -> ApiException.notFound("Activity", id));
        return ETags.ok(activity, activity.version()).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "deleteActivity", summary = "Remove an activity of one's own partner; its stage credit is withdrawn, not erased")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!service.delete(id, ETags.optionalVersion(ifMatch))) {
            throw ApiException.notFound("Activity", id);
        }
    }
}
