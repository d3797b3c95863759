package nl.aanjager.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.aanjager.audit.AuditDtos.AuditPage;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Tag(name = "Audit")
public class AuditResource {
    @Inject
    AuditTrail trail;

    @Inject
    AuditCsv csv;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAudit", summary = "The audit trail, newest first: who changed what, with the values"
            + " before and after, filtered by record, company, actor, partner, operation and period")
    public AuditPage list(@Valid @BeanParam PageParams paging, @BeanParam AuditFilter filter) {
        PageResult<AuditDtos.AuditEntryResponse> page = trail.search(filter, paging.page, paging.size);
        return new AuditPage(page.items(), page.total(), page.page(), page.size());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "exportAudit", summary = "The filtered audit trail as CSV (semicolons, UTF-8 with BOM), one"
            + " line per changed field")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@BeanParam AuditFilter filter) {
        return Response.ok(csv.write(filter), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audittrail.csv\"").build();
    }
}
