package nl.aanjager.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the audit trail shows: entries with readable names next to the ids. */
public final class AuditDtos {
    private AuditDtos() {
    }

    @Schema(name = "AuditFieldChange", description = "One field a write changed, its values as text")
    public record FieldChange(
            @Schema(required = true) String field,
            @Schema(description = "Absent when the field had no value before") String before,
            @Schema(description = "Absent when the field has no value after") String after) {
    }

    @Schema(name = "AuditEntry")
    public record AuditEntryResponse(
            @Schema(required = true) long id,
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true, description = "The user or API client that made the change, or for work"
                    + " nobody asked for a system actor: system, system/demo, system/public, system/retention")
            String actor,
            @Schema(description = "The actor as people read them (their name when they acted); absent for system"
                    + " actors and for entries written before names were kept") String actorName,
            Long actorPartnerId,
            String actorPartnerName,
            @Schema(required = true, description = "What happened, e.g. company.updated") String action,
            @Schema(required = true) String entityType,
            @Schema(required = true) long entityId,
            Long companyId,
            String companyName,
            String detail,
            @Schema(required = true) List<FieldChange> changes,
            @Schema(description = "When the personal values were masked because the person was erased")
            OffsetDateTime maskedAt,
            @Schema(required = true, description = "Names of the records the changes' ids refer to (contactId,"
                    + " eventId, mergedIntoId); an id without a name here is of a person erased or not visible to"
                    + " the caller, or of a record that no longer exists") List<ReferenceName> names) {

        AuditEntryResponse withNames(List<ReferenceName> referenceNames) {
            return new AuditEntryResponse(id, at, actor, actorName, actorPartnerId, actorPartnerName, action, entityType,
                    entityId, companyId, companyName, detail, changes, maskedAt, referenceNames);
        }
    }

    @Schema(name = "AuditReferenceName", description = "The name of a record a change's value refers to by id")
    public record ReferenceName(
            @Schema(required = true, description = "The field whose value is the id, e.g. contactId") String field,
            @Schema(required = true) long id,
            @Schema(required = true, description = "A person's name, an event's title, a company's name") String name) {
    }

    @Schema(name = "AuditPage")
    public record AuditPage(
            @Schema(required = true) List<AuditEntryResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }
}
