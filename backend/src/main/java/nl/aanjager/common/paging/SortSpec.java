package nl.aanjager.common.paging;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/** Turns the {@code sort} parameter into a Panache sort over an allow-list of fields. */
public final class SortSpec {
    private SortSpec() {
    }

    /**
     * @param allowed API field name to entity property
     * @param fallback the property to sort by when no sort is asked (and as tie-breaker)
     */
    public static Sort parse(String sort, Map<String, String> allowed, String fallback) {
        Sort result = null;
        if (sort != null && !sort.isBlank()) {
            for (String part : sort.split(",")) {
                boolean descending = part.startsWith("-");
                String field = descending ? part.substring(1) : part;
                String property = allowed.get(field);
                if (property == null) {
                    throw ApiException.invalidField("sort", FieldErrorCode.UNKNOWN_VALUE, "cannot sort by '" + field + "'; allowed: "
                            + String.join(", ", allowed.keySet().stream().sorted().toList()));
                }
                Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
                result = result == null ? Sort.by(property, direction) : result.and(property, direction);
            }
        }
        result = result == null ? Sort.by(fallback) : result.and(fallback);
        return result.and("id");
    }
}
