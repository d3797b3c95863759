package nl.aanjager.common.export;

import java.util.function.Function;

/**
 * One column of a downloaded list: its header in each language and how a row gives its value.
 * Values are written by their Java type: numbers as numbers, LocalDate and OffsetDateTime as
 * dates, booleans as yes/no, {@link Words} and {@link Labelled} values in the file's language,
 * lists joined with commas.
 */
public record Column<T>(Words header, Function<T, Object> value) {
    public static <T> Column<T> of(String nl, String en, Function<T, Object> value) {
        return new Column<>(new Words(nl, en), value);
    }
}
