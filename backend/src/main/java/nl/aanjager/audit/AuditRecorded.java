package nl.aanjager.audit;

/**
 * Fired synchronously, inside the writing transaction, for every audit entry. Features that
 * react to writes (webhooks' outbox) observe it, so they see exactly the writes that commit and
 * never need a call of their own in every service.
 */
public record AuditRecorded(long entryId, String action, String entityType, long entityId, Long companyId,
        Long actorPartnerId) {
}
