package nl.aanjager.imports;

import java.util.Map;
import java.util.Set;
import jakarta.validation.ConstraintViolation;
import nl.aanjager.common.problem.ApiException;

/** One row of an import on its way: its values, what it will do (or did), or why it is rejected. */
final class ImportRow {
    enum Action { CREATE, UPDATE, KEEP, REJECT }

    final int number;
    final Map<String, String> values;
    Action action;
    String errorField;
    String error;
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

    void reject(String field, String reason) {
        action = Action.REJECT;
        errorField = field;
        error = reason;
    }

    /** The row is refused for the reason the API would give for the same request. */
    void reject(ApiException refusal, String fallbackField) {
        if (!refusal.fieldErrors().isEmpty()) {
            reject(refusal.fieldErrors().get(0).field(), refusal.fieldErrors().get(0).message());
        } else {
            reject(fallbackField, refusal.getMessage());
        }
    }

    /** The first violation of the API's own validation, at the field it concerns. */
    <T> boolean rejectIfInvalid(Set<ConstraintViolation<T>> violations, Map<String, String> fieldOfProperty) {
        if (violations.isEmpty()) {
            return false;
        }
        ConstraintViolation<T> first = violations.stream()
                .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString())).orElseThrow();
        String property = first.getPropertyPath().iterator().next().getName();
        reject(fieldOfProperty.getOrDefault(property, property), first.getMessage());
        return true;
    }
}
