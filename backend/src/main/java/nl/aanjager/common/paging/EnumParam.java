package nl.aanjager.common.paging;

import java.util.Arrays;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/** Reads an enum filter from a query parameter; a bad value is a 400 naming the choices. */
public final class EnumParam {
    private EnumParam() {
    }

    /** As {@link #parse(Class, String, String)}, with {@code absent} for a blank value as for a missing one. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value, E absent) {
        E parsed = parse(type, parameter, value);
        return parsed == null ? absent : parsed;
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(parameter, FieldErrorCode.UNKNOWN_VALUE, "must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
