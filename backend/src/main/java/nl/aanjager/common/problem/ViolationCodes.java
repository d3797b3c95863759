package nl.aanjager.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Bean Validation violation as a field error with a stable code and its params: the one mapping
 * for the API's validation problems and an import's rejected rows, so both say the same.
 */
public final class ViolationCodes {
    private static final String FORMAT_TEMPLATE = "{aanjager.format.";

    private ViolationCodes() {
    }

    public static Problem.FieldError fieldError(String field, ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
        Map<String, Object> attributes = constraint.getAttributes();
        Map<String, String> params = new LinkedHashMap<>();
        String template = violation.getMessageTemplate();
        FieldErrorCode code = switch (constraint.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldErrorCode.REQUIRED;
            case "Size", "Length" -> sizeCode(violation.getInvalidValue(), attributes, params);
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> {
                params.put("min", bound(attributes.get("value"), "Positive".equals(name(constraint)) ? "1" : "0"));
                yield FieldErrorCode.TOO_SMALL;
            }
            case "Max", "DecimalMax" -> {
                params.put("max", bound(attributes.get("value"), "0"));
                yield FieldErrorCode.TOO_LARGE;
            }
            case "Digits" -> {
                params.put("integer", String.valueOf(attributes.get("integer")));
                params.put("fraction", String.valueOf(attributes.get("fraction")));
                yield FieldErrorCode.TOO_LARGE;
            }
            case "Email" -> FieldErrorCode.EMAIL;
            case "Past", "PastOrPresent" -> FieldErrorCode.IN_FUTURE;
            case "AssertTrue" -> FieldErrorCode.MUST_ACCEPT;
            case "Pattern", "SbiCode" -> FieldErrorCode.FORMAT;
            default -> FieldErrorCode.INVALID;
        };
        if (code == FieldErrorCode.FORMAT && template.startsWith(FORMAT_TEMPLATE)) {
            params.put("format", template.substring(FORMAT_TEMPLATE.length(), template.length() - 1));
        }
        return new Problem.FieldError(field, violation.getMessage(), code, params);
    }

    private static FieldErrorCode sizeCode(Object value, Map<String, Object> attributes, Map<String, String> params) {
        int min = ((Number) attributes.get("min")).intValue();
        int max = ((Number) attributes.get("max")).intValue();
        int size = value instanceof CharSequence text ? text.length()
                : value instanceof Collection<?> items ? items.size()
                : value instanceof Map<?, ?> entries ? entries.size() : -1;
        if (size >= 0 && size < min) {
            params.put("min", String.valueOf(min));
            return FieldErrorCode.TOO_SHORT;
        }
        params.put("max", String.valueOf(max));
        return FieldErrorCode.TOO_LONG;
    }

    private static String name(ConstraintDescriptor<?> constraint) {
        return constraint.getAnnotation().annotationType().getSimpleName();
    }

    private static String bound(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value);
    }
}
