package nl.aanjager.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Tag(name = "Audit")
public class AuditResource {
    @Inject
    AuditLog audit;

    @Schema(name = "AuditEntry")
    public record AuditEntryResponse(
            @Schema(required = true) long id,
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true) String actor,
            @Schema(required = true) String action,
            @Schema(required = true) String entityType,
            @Schema(required = true) long entityId,
            Long companyId,
            String detail) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAudit", summary = "The audit trail, newest first, filtered by record or company (roles: admin)")
    public List<AuditEntryResponse> list(@Valid @BeanParam PageParams paging, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") Long entityId, @QueryParam("companyId") Long companyId) {
        return audit.search(entityType, entityId, companyId, paging.page, paging.size).stream()
                .map(e -> new AuditEntryResponse(e.id, e.at, e.actor, e.action, e.entityType, e.entityId, e.companyId,
                        e.detail))
                .toList();
    }
}
