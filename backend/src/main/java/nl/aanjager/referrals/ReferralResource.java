package nl.aanjager.referrals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.export.ExportParams;
import nl.aanjager.common.export.Exports;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import nl.aanjager.referrals.ReferralDtos.ReferralAnswer;
import nl.aanjager.referrals.ReferralDtos.ReferralPage;
import nl.aanjager.referrals.ReferralDtos.ReferralRequest;
import nl.aanjager.referrals.ReferralDtos.ReferralResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/referrals")
@Tag(name = "Referrals")
public class ReferralResource {
    @Inject
    ReferralService service;

    @Inject
    ReferralResponses responses;

    @Inject
    ReferralExport export;

    @Inject
    Exports exports;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listReferrals", summary = "A partner's inbox (referred to it), outbox (sent by it) or both")
    public ReferralPage list(@Valid @BeanParam PageParams paging,
            @QueryParam("box") @DefaultValue("ALL") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"INBOX", "OUTBOX", "ALL"})) String box,
            @QueryParam("partnerId") @Parameter(description = "Admin and staff: whose box; partners always see their own") Long partnerId,
            @QueryParam("companyId") Long companyId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReferralStatus.class)) String status) {
        PageResult<Referral> page = service.list(
                // blank (?box=) reads as not given: @DefaultValue covers only a missing parameter
                EnumParam.parse(ReferralService.Box.class, "box", box, ReferralService.Box.ALL),
                partnerId, companyId, EnumParam.parse(ReferralStatus.class, "status", status), paging.page, paging.size);
        return new ReferralPage(responses.all(page.items()), page.total(), page.page(), page.size());
    }

    @GET
    @Path("/export")
    @Produces({Exports.CSV_TYPE, Exports.XLSX_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "exportReferrals", summary = "The filtered list as a CSV or Excel file: every match (at most "
            + Exports.MAX_ROWS + ", else 400 EXPORT_TOO_LARGE), in the order of the list, with the partners' names;"
            + " headers and words in the language of Accept-Language. The same rules as the list")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = Exports.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Exports.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@BeanParam ExportParams params,
            @QueryParam("box") @DefaultValue("ALL") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"INBOX", "OUTBOX", "ALL"})) String box,
            @QueryParam("partnerId") @Parameter(description = "Admin and staff: whose box; partners always see their own") Long partnerId,
            @QueryParam("companyId") Long companyId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReferralStatus.class)) String status,
            @Context HttpHeaders headers) {
        Exports.Request request = exports.request(params, headers);
        ReferralService.Box chosenBox = EnumParam.parse(ReferralService.Box.class, "box", box, ReferralService.Box.ALL);
        ReferralStatus chosenStatus = EnumParam.parse(ReferralStatus.class, "status", status);
        return exports.download(request, ReferralExport.TABLE, Exports.allPages((page, size) ->
                export.named(service.list(chosenBox, partnerId, companyId, chosenStatus, page, size))));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getReferral", summary = "Read a referral one's partner sent or received")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralResponse.class)))
    public Response get(@PathParam("id") long id) {
        Referral referral = service.find(id).orElseThrow(() -> ApiException.notFound("Referral", id));
        return ETags.ok(one(referral), referral.version).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "createReferral", summary = "Refer a company to another partner, with a reason")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralResponse.class)))
    public Response create(@Valid @NotNull ReferralRequest request) {
        Referral referral = service.create(request);
        return Response.created(URI.create("/api/referrals/" + referral.id))
                .entity(one(referral)).tag(ETags.of(referral.version)).build();
    }

    @POST
    @Path("/{id}/acceptance")
    // JSON only: the answer has one String field, and without this a text/plain body was read through
    // that constructor, the raw text becoming the note (found by the contract fuzz pass)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "acceptReferral", summary = "The receiving partner takes the company on")
    public ReferralResponse accept(@PathParam("id") long id, @Valid ReferralAnswer answer) {
        return one(service.accept(id, note(answer)).orElseThrow(() -> ApiException.notFound("Referral", id)));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "declineReferral", summary = "The receiving partner declines, with a note")
    public ReferralResponse decline(@PathParam("id") long id, @Valid ReferralAnswer answer) {
        return one(service.decline(id, note(answer)).orElseThrow(() -> ApiException.notFound("Referral", id)));
    }

    @POST
    @Path("/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "completeReferral", summary = "The receiving partner marks an accepted referral done")
    public ReferralResponse complete(@PathParam("id") long id, @Valid ReferralAnswer answer) {
        return one(service.complete(id, note(answer)).orElseThrow(() -> ApiException.notFound("Referral", id)));
    }

    private ReferralResponse one(Referral referral) {
        return responses.one(referral);
    }

    private static String note(ReferralAnswer answer) {
        return answer == null ? null : answer.note();
    }
}
