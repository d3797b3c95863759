package nl.aanjager.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanjager.audit.AuditDtos.AuditEntryResponse;
import nl.aanjager.audit.AuditDtos.FieldChange;
import nl.aanjager.audit.AuditDtos.ReferenceName;
import nl.aanjager.common.security.AccessScope;

/**
 * The names behind the ids a page of the trail holds in its values (a contact person, an event, a
 * company merged into another), looked up once a page: there are too many of them for the SPA to
 * keep a directory as it does of partners, programmes and stages. A person's name is left out when
 * they were erased or the caller may not see them.
 */
@ApplicationScoped
class AuditReferenceNames {
    /** Per field, the table and column that name the record it refers to. */
    private static final Map<String, String> LOOKUP_OF_FIELD = Map.of(
            "contactId", "select id, name from contact where erased_at is null and id in (:ids)",
            "eventId", "select id, title from event where id in (:ids)",
            "mergedIntoId", "select id, name from company where id in (:ids)");

    @Inject
    EntityManager entityManager;

    @Inject
    AccessScope scope;

    /** The entries with the names of the records their values refer to. */
    List<AuditEntryResponse> attach(List<AuditEntryResponse> entries) {
        Map<String, Set<Long>> idsOfField = new HashMap<>();
        for (AuditEntryResponse entry : entries) {
            for (FieldChange change : entry.changes()) {
                if (LOOKUP_OF_FIELD.containsKey(change.field())) {
                    Set<Long> ids = idsOfField.computeIfAbsent(change.field(), field -> new LinkedHashSet<>());
                    addId(ids, change.before());
                    addId(ids, change.after());
                }
            }
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        idsOfField.forEach((field, ids) -> {
            if (!ids.isEmpty()) {
                names.put(field, lookUp(field, ids));
            }
        });
        if (names.isEmpty()) {
            return entries;
        }
        return entries.stream().map(entry -> entry.withNames(namesOf(entry, names))).toList();
    }

    private Map<Long, String> lookUp(String field, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (field.equals("contactId")) {
            scope.preloadPeople(ids);
        }
        for (Object row : entityManager.createNativeQuery(LOOKUP_OF_FIELD.get(field)).setParameter("ids", ids)
                .getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            if (!field.equals("contactId") || scope.maySeePerson(id)) {
                names.put(id, (String) r[1]);
            }
        }
        return names;
    }

    private static List<ReferenceName> namesOf(AuditEntryResponse entry, Map<String, Map<Long, String>> names) {
        List<ReferenceName> found = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            Map<Long, String> ofField = names.getOrDefault(change.field(), Map.of());
            for (String value : new String[] {change.before(), change.after()}) {
                Long id = id(value);
                if (id != null && ofField.containsKey(id)
                        && found.stream().noneMatch(name -> name.field().equals(change.field()) && name.id() == id)) {
                    found.add(new ReferenceName(change.field(), id, ofField.get(id)));
                }
            }
        }
        return found;
    }

    private static void addId(Set<Long> ids, String value) {
        Long id = id(value);
        if (id != null) {
            ids.add(id);
        }
    }

    /** The id a value holds; null for none, a masked value ("(gewist)") or anything else. */
    private static Long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value);
    }
}
