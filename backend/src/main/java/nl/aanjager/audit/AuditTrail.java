package nl.aanjager.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanjager.common.sql.SqlConditions;
import nl.aanjager.common.sql.SqlValues;
import nl.aanjager.audit.AuditDtos.AuditEntryResponse;
import nl.aanjager.audit.AuditDtos.FieldChange;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/** Reads the trail for people: filtered, newest first, with partner and company names. */
@ApplicationScoped
public class AuditTrail {
    private static final String FROM = """
             from audit_entry a
             left join partner p on p.id = a.actor_partner_id
             left join company c on c.id = a.company_id
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    AuditReferenceNames referenceNames;

    public PageResult<AuditEntryResponse> search(AuditFilter filter, int page, int size) {
        SqlConditions where = where(filter);
        Query count = where.bindTo(entityManager.createNativeQuery("select count(*)" + FROM + where.where()));
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageResult<>(rows(where, size, (long) page * size), total, page, size);
    }

    /** Every matching entry, oldest first in pages of a thousand, for the CSV download. */
    public void forEach(AuditFilter filter, java.util.function.Consumer<AuditEntryResponse> each) {
        SqlConditions where = where(filter);
        long offset = 0;
        List<AuditEntryResponse> page;
        do {
            page = rows(where, 1000, offset);
            page.forEach(each);
            offset += page.size();
        } while (page.size() == 1000);
    }

    private List<AuditEntryResponse> rows(SqlConditions where, int limit, long offset) {
        Query query = where.bindTo(entityManager.createNativeQuery("""
                select a.id, a.at, a.actor, a.actor_name, a.actor_partner_id, p.name, a.action, a.entity_type, a.entity_id,
                       a.company_id, c.name, a.detail, cast(a.changes as text), a.masked_at
                """ + FROM + where.where() + " order by a.at desc, a.id desc limit :limit offset :offset"))
                .setParameter("limit", limit).setParameter("offset", offset);
        List<AuditEntryResponse> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new AuditEntryResponse(((Number) r[0]).longValue(), SqlValues.timestamp(r[1]), (String) r[2],
                    (String) r[3], r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5], (String) r[6],
                    (String) r[7], ((Number) r[8]).longValue(), r[9] == null ? null : ((Number) r[9]).longValue(),
                    (String) r[10], (String) r[11], changes((String) r[12]), SqlValues.timestamp(r[13]), List.of()));
        }
        return referenceNames.attach(entries);
    }

    private static SqlConditions where(AuditFilter filter) {
        SqlConditions conditions = new SqlConditions();
        if (filter.entityId != null && filter.entityType == null) {
            throw ApiException.invalidField("entityType", FieldErrorCode.REQUIRED, "names the kind of record the entityId belongs to");
        }
        add(conditions, "a.entity_type = ?", "entityType", filter.entityType);
        add(conditions, "a.entity_id = ?", "entityId", filter.entityId);
        add(conditions, "a.company_id = ?", "companyId", filter.companyId);
        // people look for a person by the name they read; the account name keeps working for scripts
        add(conditions, "(a.actor = ? or lower(a.actor_name) = lower(?))", "actor",
                blankToNull(filter.actor));
        add(conditions, "a.actor_partner_id = ?", "partnerId", filter.partnerId);
        add(conditions, "a.at >= ?", "from", filter.from);
        add(conditions, "a.at < ?", "to", filter.to);
        String action = blankToNull(filter.action);
        if (action != null && action.endsWith(".")) {
            add(conditions, "a.action like ?", "actionPrefix",
                    action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        } else {
            add(conditions, "a.action = ?", "action", action);
        }
        return conditions;
    }

    /** Adds the condition when the value is given, its "?" standing for the value's parameter. */
    private static void add(SqlConditions conditions, String condition, String stem, Object value) {
        if (value != null) {
            conditions.add(condition.replace("?", conditions.bind(stem, value)));
        }
    }

    private List<FieldChange> changes(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            Map<String, Map<String, Object>> fields = json.readValue(text, new TypeReference<>() {
            });
            return fields.entrySet().stream()
                    .map(field -> new FieldChange(field.getKey(), readable(field.getValue().get("before")),
                            readable(field.getValue().get("after"))))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes are written as JSON by AuditLog", e);
        }
    }

    private static String readable(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
