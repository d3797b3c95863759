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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        Query count = bind(entityManager.createNativeQuery("select count(*)" + FROM + where), params);
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageResult<>(rows(where, params, size, (long) page * size), total, page, size);
    }

    /** Every matching entry, oldest first in pages of a thousand, for the CSV download. */
    public void forEach(AuditFilter filter, java.util.function.Consumer<AuditEntryResponse> each) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long offset = 0;
        List<AuditEntryResponse> page;
        do {
            page = rows(where, params, 1000, offset);
            page.forEach(each);
            offset += page.size();
        } while (page.size() == 1000);
    }

    private List<AuditEntryResponse> rows(String where, Map<String, Object> params, int limit, long offset) {
        Query query = bind(entityManager.createNativeQuery("""
                select a.id, a.at, a.actor, a.actor_name, a.actor_partner_id, p.name, a.action, a.entity_type, a.entity_id,
                       a.company_id, c.name, a.detail, cast(a.changes as text), a.masked_at
                """ + FROM + where + " order by a.at desc, a.id desc limit :limit offset :offset"), params)
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

    private static String where(AuditFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.entityId != null && filter.entityType == null) {
            throw ApiException.invalidField("entityType", FieldErrorCode.REQUIRED, "names the kind of record the entityId belongs to");
        }
        add(conditions, params, "a.entity_type = :entityType", "entityType", filter.entityType);
        add(conditions, params, "a.entity_id = :entityId", "entityId", filter.entityId);
        add(conditions, params, "a.company_id = :companyId", "companyId", filter.companyId);
        // people look for a person by the name they read; the account name keeps working for scripts
        add(conditions, params, "(a.actor = :actor or lower(a.actor_name) = lower(:actor))", "actor",
                blankToNull(filter.actor));
        add(conditions, params, "a.actor_partner_id = :partnerId", "partnerId", filter.partnerId);
        add(conditions, params, "a.at >= :from", "from", filter.from);
        add(conditions, params, "a.at < :to", "to", filter.to);
        String action = blankToNull(filter.action);
        if (action != null && action.endsWith(".")) {
            add(conditions, params, "a.action like :actionPrefix", "actionPrefix",
                    action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        } else {
            add(conditions, params, "a.action = :action", "action", action);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
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
