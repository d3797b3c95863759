package nl.aanjager.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.export.ExportLanguage;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.Roles;
import nl.aanjager.imports.ImportDtos.ImportConfirmation;
import nl.aanjager.imports.ImportDtos.ImportJobPage;
import nl.aanjager.imports.ImportDtos.ImportJobResponse;
import nl.aanjager.imports.ImportDtos.ImportUpload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/imports")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    @Inject
    ImportService service;

    @Inject
    ImportResponses responses;

    @Inject
    ImportRunner runner;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "uploadImport", summary = "Upload companies, contact persons or activities as CSV, .xlsx or JSON: every row is checked and the job previews what it would do, changing nothing until confirmed")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobResponse.class)))
    public Response upload(ImportUpload upload) {
        if (upload == null || upload.file == null) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_MISSING,
                    "must be sent as the multipart part \"file\"");
        }
        if (upload.kind == null) {
            throw ApiException.invalidField("kind", FieldErrorCode.UNKNOWN_VALUE, "must be COMPANIES, CONTACTS or ACTIVITIES");
        }
        ImportJob job = service.preview(upload.kind, upload.file.fileName(), upload.file.uploadedFile(), upload.mapping);
        return Response.created(URI.create("/api/imports/" + job.id)).entity(responses.of(job))
                .tag(ETags.of(job.version)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listImports", summary = "Imports, newest first: a partner's own, every import for staff")
    public ImportJobPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        PageResult<ImportJob> jobs = service.list(page, size);
        return new ImportJobPage(jobs.items().stream().map(responses::summary).toList(), jobs.total(), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getImport", summary = "An import: its preview, and once confirmed how far it is (poll while QUEUED or RUNNING)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobResponse.class)))
    public Response get(@PathParam("id") long id) {
        ImportJob job = service.find(id).orElseThrow(() -> ApiException.notFound("Import", id));
        return Response.ok(responses.of(job)).tag(ETags.of(job.version)).build();
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "confirmImport", summary = "Apply a previewed import; 409 while rows are rejected unless validRowsOnly is true. It runs in the background: poll the job")
    @APIResponse(responseCode = "202", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobResponse.class)))
    public Response confirm(@PathParam("id") long id, @Valid ImportConfirmation confirmation) {
        boolean validRowsOnly = confirmation != null && Boolean.TRUE.equals(confirmation.validRowsOnly());
        ImportJob job = service.confirm(id, validRowsOnly);
        runner.wakeUp();
        return Response.accepted(responses.of(job)).location(URI.create("/api/imports/" + id)).build();
    }

    @GET
    @Path("/{id}/rejected-rows")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "downloadRejectedImportRows", summary = "The rejected rows as CSV, as the file had them plus an error column in the language of Accept-Language (nl or en; Dutch otherwise): fix them and upload this file again")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response rejectedRows(@PathParam("id") long id, @Context HttpHeaders headers) {
        ImportJob job = service.find(id).orElseThrow(() -> ApiException.notFound("Import", id));
        String baseName = job.fileName.replaceAll("\\.[A-Za-z]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(service.rejectedRowsCsv(job, ExportLanguage.of(headers)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "-afgewezen-rijen.csv\"").build();
    }

}
