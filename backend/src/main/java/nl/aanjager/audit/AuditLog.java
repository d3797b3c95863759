package nl.aanjager.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import nl.aanjager.common.security.CurrentUser;

/** Writes audit entries in the caller's transaction; details never hold personal data. */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {
    @Inject
    CurrentUser user;

    @Inject
    jakarta.enterprise.event.Event<AuditRecorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, long entityId, Long companyId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now();
        entry.actor = user.actor();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.companyId = companyId;
        entry.detail = detail;
        persist(entry);
        recorded.fire(new AuditRecorded(entry.id, action, entityType, entityId, companyId,
                user.partnerId().orElse(null)));
    }

    public List<AuditEntry> search(String entityType, Long entityId, Long companyId, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters parameters = new io.quarkus.panache.common.Parameters();
        if (entityType != null) {
            where.append(" and entityType = :type");
            parameters.and("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :entity");
            parameters.and("entity", entityId);
        }
        if (companyId != null) {
            where.append(" and companyId = :company");
            parameters.and("company", companyId);
        }
        return find(where.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), parameters)
                .page(page, size).list();
    }
}
