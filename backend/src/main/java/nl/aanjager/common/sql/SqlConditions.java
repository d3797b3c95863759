package nl.aanjager.common.sql;

import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of one native SQL statement and the values they bind. Every value gets a
 * parameter name made up here ({@code :district1}, {@code :programme2}: a readable stem and a
 * number unique in the statement), so fragments written in different classes can never bind
 * two values under one name. A statement with several condition lists (a subquery's, a second
 * period) takes them {@link #alongside} the first: they share the numbering and the values.
 */
public final class SqlConditions {
    private final Map<String, Object> values;
    private final int[] lastNumber;
    private final List<String> conditions;

    public SqlConditions() {
        this(new HashMap<>(), new int[1], new ArrayList<>());
    }

    private SqlConditions(Map<String, Object> values, int[] lastNumber, List<String> conditions) {
        this.values = values;
        this.lastNumber = lastNumber;
        this.conditions = conditions;
    }

    /** An empty list of conditions for the same statement, binding into the same values. */
    public SqlConditions alongside() {
        return new SqlConditions(values, lastNumber, new ArrayList<>());
    }

    /** These conditions so far, to narrow further without changing this list; same values. */
    public SqlConditions copy() {
        return new SqlConditions(values, lastNumber, new ArrayList<>(conditions));
    }

    /** Binds a value and returns its parameter, e.g. {@code :sector3}, to write into a condition. */
    public String bind(String stem, Object value) {
        String name = stem + ++lastNumber[0];
        values.put(name, value);
        return ":" + name;
    }

    public SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    public int size() {
        return conditions.size();
    }

    /** {@code "where a and b"}, or nothing when there are no conditions. */
    public String where() {
        return conditions.isEmpty() ? "" : "where " + joined();
    }

    /** {@code " and a and b"}, to follow a condition of the statement's own; nothing when empty. */
    public String and() {
        return conditions.isEmpty() ? "" : " and " + joined();
    }

    /** The conditions joined with "and"; there must be at least one. */
    public String joined() {
        if (conditions.isEmpty()) {
            throw new IllegalStateException("no conditions to join");
        }
        return String.join(" and ", conditions);
    }

    /**
     * Sets every parameter of the query that these conditions bound. Parameters the statement
     * names itself ({@code :limit}) are left to the caller; values the statement does not use (a
     * narrower variant that was not taken) are not set.
     */
    public <Q extends Query> Q bindTo(Q query) {
        for (Parameter<?> parameter : query.getParameters()) {
            if (parameter.getName() != null && values.containsKey(parameter.getName())) {
                query.setParameter(parameter.getName(), values.get(parameter.getName()));
            }
        }
        return query;
    }
}
