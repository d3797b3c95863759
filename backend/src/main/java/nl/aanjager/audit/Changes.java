package nl.aanjager.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a write changed: per field its value before and after. Built from snapshots of the
 * entity taken before and after the change, so no service writes a diff of its own and a new
 * field is audited the day it is added. Values are kept as JSON-friendly text, numbers, booleans
 * and lists; ids and versions are not changes, and {@link NotAudited} fields never appear.
 */
public final class Changes {
    /** One field's value before and after; null on the side where it did not exist. */
    public record Change(Object before, Object after) {
    }

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private final Map<String, Change> fields;

    private Changes(Map<String, Change> fields) {
        this.fields = fields;
    }

    public static Changes none() {
        return new Changes(new LinkedHashMap<>());
    }

    /** The entity's audited fields and values as they are now. */
    public static Map<String, Object> snapshot(Object entity) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : auditedFields(entity.getClass())) {
            try {
                values.put(field.getName(), plain(field.get(entity)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
        return values;
    }

    public static Changes between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Change> changed = new LinkedHashMap<>();
        for (String name : union(before.keySet(), after.keySet())) {
            Object old = before.get(name);
            Object now = after.get(name);
            if (!Objects.equals(old, now)) {
                changed.put(name, new Change(old, now));
            }
        }
        return new Changes(changed);
    }

    /** A new record: every field it was created with. */
    public static Changes created(Object entity) {
        return between(Map.of(), withoutNulls(snapshot(entity)));
    }

    /** A deleted record: every field it had. */
    public static Changes deleted(Object entity) {
        return between(withoutNulls(snapshot(entity)), Map.of());
    }

    /** A single field, for a state change that is not a field of one entity. */
    public static Changes of(String field, Object before, Object after) {
        return none().and(field, before, after);
    }

    public Changes and(String field, Object before, Object after) {
        Object old = plain(before);
        Object now = plain(after);
        if (!Objects.equals(old, now)) {
            fields.put(field, new Change(old, now));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Change> fields() {
        return Collections.unmodifiableMap(fields);
    }

    private static List<Field> auditedFields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, Changes::findAuditedFields);
    }

    private static List<Field> findAuditedFields(Class<?> type) {
        List<Field> found = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.getName().startsWith("$$") || field.getName().equals("id")
                        || field.getName().equals("version") || field.isAnnotationPresent(NotAudited.class)) {
                    continue;
                }
                field.setAccessible(true);
                found.add(field);
            }
        }
        return found;
    }

    /** Text, numbers, booleans and lists, as they will read in JSON and compare in Java. */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(plain(item)));
            if (list.stream().allMatch(item -> item instanceof Comparable<?>)) {
                list.sort((a, b) -> compare(a, b));
            }
            return list;
        }
        return value.toString();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compare(Object a, Object b) {
        return a.getClass() == b.getClass() ? ((Comparable) a).compareTo(b) : a.toString().compareTo(b.toString());
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !(value instanceof Collection<?> items && items.isEmpty())) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        List<String> names = new ArrayList<>(a);
        b.stream().filter(name -> !names.contains(name)).forEach(names::add);
        return names;
    }
}
