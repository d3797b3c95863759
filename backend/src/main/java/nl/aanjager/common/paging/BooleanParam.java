package nl.aanjager.common.paging;

import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * Reads a true/false filter from a query parameter. JAX-RS would take it with Boolean.valueOf, which
 * reads every word but "true" as false: {@code ?active=ja} silently listed the inactive partners.
 */
public final class BooleanParam {
    private BooleanParam() {
    }

    /** The value, {@code absent} when the parameter is missing or blank; anything but true/false is a 400. */
    public static Boolean parse(String parameter, String value, Boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalidField(parameter, FieldErrorCode.UNKNOWN_VALUE, "must be true or false");
        };
    }
}
