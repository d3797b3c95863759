package nl.aanjager.imports;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.Problem;
import nl.aanjager.common.problem.ViolationCodes;

/** One row of an import on its way: its values, what it will do (or did), or why it is rejected. */
final class ImportRow {
    enum Action { CREATE, UPDATE, KEEP, REJECT }

    /**
     * Why a row is rejected, said as the API says a refused field: the field at fault (null for the
     * whole row), a stable code with its params for people, and an English reason for partner systems.
     */
    record Rejection(String field, FieldErrorCode code, Map<String, String> params, String reason) {
    }

    final int number;
    final Map<String, String> values;
    Action action;
    Rejection rejection;
    Long entityId;

    ImportRow(int number, Map<String, String> values) {
        this.number = number;
        this.values = values;
    }

    String value(String field) {
        return values.get(field);
    }

    boolean rejected() {
        return action == Action.REJECT;
    }

    void reject(String field, FieldErrorCode code, String reason, Map<String, String> params) {
        action = Action.REJECT;
        rejection = new Rejection(field, code, Map.copyOf(params), reason);
    }

    /** The same record as an earlier row of the file. */
    void rejectAsDuplicateOf(String field, String what, int earlierRow) {
        reject(field, FieldErrorCode.DUPLICATE_ROW, "the same " + what + " as row " + earlierRow,
                Map.of("row", String.valueOf(earlierRow)));
    }

    /** A cell that could not be read as its column's value. */
    void reject(String field, ImportValues.Unreadable unreadable) {
        reject(field, unreadable.code, unreadable.getMessage(), unreadable.params);
    }

    /** The row is refused for the reason the API would give for the same request, with its code. */
    void reject(ApiException refusal, String fallbackField) {
        if (!refusal.fieldErrors().isEmpty()) {
            Problem.FieldError first = refusal.fieldErrors().get(0);
            reject(first.field(), first.code(), first.message(), first.params() == null ? Map.of() : first.params());
        } else {
            reject(fallbackField, fieldCodeOf(refusal), refusal.getMessage(), refusal.params());
        }
    }

    /** A refusal of the whole request (a problem code) as the field error it is for this row. */
    private static FieldErrorCode fieldCodeOf(ApiException refusal) {
        if (refusal.code() == null) {
            return FieldErrorCode.INVALID;
        }
        return switch (refusal.code()) {
            case COMPANY_MERGED -> FieldErrorCode.MERGED;
            case NOT_FOUND -> FieldErrorCode.NOT_FOUND;
            case PERSON_ERASED -> FieldErrorCode.ERASED;
            default -> FieldErrorCode.INVALID;
        };
    }

    /**
     * The first violation of the API's own validation, at the field it concerns, coded by the
     * same mapping as the API's validation problems.
     */
    <T> boolean rejectIfInvalid(Set<ConstraintViolation<T>> violations, Map<String, String> fieldOfProperty) {
        if (violations.isEmpty()) {
            return false;
        }
        ConstraintViolation<T> first = violations.stream()
                .min(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString())).orElseThrow();
        String property = first.getPropertyPath().iterator().next().getName();
        Problem.FieldError error = ViolationCodes.fieldError(fieldOfProperty.getOrDefault(property, property), first);
        reject(error.field(), error.code(), error.message(), error.params());
        return true;
    }
}
