package nl.aanjager.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import nl.aanjager.common.security.CurrentUser;

/**
 * Writes audit entries in the caller's transaction: one per write, with who (and for which
 * partner), the record, and what changed. Details never hold personal data; changed values of
 * a contact person do, and are masked when that person is erased.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {
    /** The entity type whose entries hold a person's values (masked on erasure). */
    public static final String PERSON = "contact";

    private static final String MASK = "(gewist)";

    @Inject
    CurrentUser user;

    @Inject
    Event<AuditRecorded> recorded;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, long entityId, Long companyId, String detail) {
        record(action, entityType, entityId, companyId, Changes.none(), detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, long entityId, Long companyId, Changes changes) {
        record(action, entityType, entityId, companyId, changes, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, long entityId, Long companyId, Changes changes,
            String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now();
        entry.actor = user.actor();
        entry.actorName = user.actorName().orElse(null);
        entry.actorPartnerId = user.partnerId().orElse(null);
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.companyId = companyId;
        entry.detail = detail;
        entry.changes = changes.isEmpty() ? null : toJson(changes);
        entry.personId = PERSON.equals(entityType) ? entityId : null;
        persist(entry);
        recorded.fire(new AuditRecorded(entry.id, action, entityType, entityId, companyId, entry.actorPartnerId));
    }

    /**
     * An update: what changed in the entity since the snapshot taken before it. An update that
     * changed nothing leaves no entry, as it leaves the record (and its version) as it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUpdate(String action, String entityType, long entityId, Long companyId,
            java.util.Map<String, Object> before, Object entity) {
        Changes changes = Changes.between(before, Changes.snapshot(entity));
        if (!changes.isEmpty()) {
            record(action, entityType, entityId, companyId, changes, null);
        }
    }

    /**
     * Erasure reaches the trail: every value in the person's entries is replaced by a mask, which
     * the append-only trigger allows only with the masking setting on in this transaction.
     *
     * @return how many entries were masked
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int maskPerson(long contactId) {
        entityManager.flush();
        entityManager.createNativeQuery("select set_config('aanjager.audit_masking', 'on', true)").getSingleResult();
        int masked = entityManager.createNativeQuery("""
                update audit_entry set masked_at = now(), changes = (
                    select jsonb_object_agg(field, jsonb_build_object(
                        'before', case when change -> 'before' = 'null'::jsonb or change -> 'before' is null
                                  then 'null'::jsonb else to_jsonb(cast(:mask as text)) end,
                        'after', case when change -> 'after' = 'null'::jsonb or change -> 'after' is null
                                 then 'null'::jsonb else to_jsonb(cast(:mask as text)) end))
                    from jsonb_each(changes) as each(field, change))
                where person_id = :person and changes is not null and masked_at is null""")
                .setParameter("mask", MASK).setParameter("person", contactId).executeUpdate();
        entityManager.createNativeQuery("select set_config('aanjager.audit_masking', 'off', true)").getSingleResult();
        return masked;
    }

    private String toJson(Changes changes) {
        try {
            return json.writeValueAsString(changes.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes are plain values and always serialise", e);
        }
    }
}
