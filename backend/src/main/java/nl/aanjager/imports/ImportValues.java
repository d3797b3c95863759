package nl.aanjager.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * Reads the text of a cell as the value a request needs, the way partners' files write them:
 * dates as 2025-03-14 or 14-03-2025, yes/no in Dutch or English, codes by name or Dutch word.
 */
final class ImportValues {
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("M/d/uu"));

    private ImportValues() {
    }

    /**
     * A cell that cannot be read as what its column holds: a stable code with its params (as a
     * field error has them) for people, and an English message for partner systems.
     */
    static final class Unreadable extends RuntimeException {
        final FieldErrorCode code;
        final Map<String, String> params;

        /** {@code params} come as name, value, name, value … */
        Unreadable(FieldErrorCode code, String message, String... params) {
            super(message, null, false, false);
            this.code = code;
            this.params = new LinkedHashMap<>();
            for (int i = 0; i + 1 < params.length; i += 2) {
                if (params[i + 1] != null) {
                    this.params.put(params[i], params[i + 1]);
                }
            }
        }
    }

    static int integer(String text) {
        try {
            return Integer.parseInt(text.replace(".", "").trim());
        } catch (NumberFormatException e) {
            throw new Unreadable(FieldErrorCode.FORMAT, "must be a whole number", "format", "whole-number");
        }
    }

    static LocalDate date(String text) {
        String value = text.trim();
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.length() > 10 && format == DateTimeFormatter.ISO_LOCAL_DATE
                        ? value.substring(0, 10) : value, format);
            } catch (DateTimeParseException e) {
                // the next way of writing a date
            }
        }
        throw new Unreadable(FieldErrorCode.FORMAT, "must be a date such as 2025-03-14 or 14-03-2025", "format", "date");
    }

    static boolean yesNo(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "yes", "y", "true", "1", "waar", "x" -> true;
            case "nee", "n", "no", "false", "0", "onwaar", "" -> false;
            default -> throw new Unreadable(FieldErrorCode.FORMAT, "must be ja or nee (yes or no)", "format", "yes-no");
        };
    }

    /** A code by its name (ADVICE_SESSION, advice session) or one of its Dutch words. */
    static <E extends Enum<E>> E oneOf(Class<E> type, String text, Map<String, E> dutch) {
        String key = ImportField.key(text);
        for (E value : type.getEnumConstants()) {
            if (ImportField.key(value.name()).equals(key)) {
                return value;
            }
        }
        E translated = dutch.get(key);
        if (translated == null) {
            String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            String dutchWords = dutch.keySet().stream().sorted().collect(Collectors.joining(", "));
            // the values a person may write, in both languages the file may use: the SPA lists them
            throw new Unreadable(FieldErrorCode.UNKNOWN_VALUE, "must be one of " + names + (dutch.isEmpty() ? ""
                    : " (or in Dutch: " + dutchWords + ")"), "values", names, "dutchValues",
                    dutch.isEmpty() ? null : dutchWords);
        }
        return translated;
    }

    /** A list in one cell, separated by semicolons or commas. */
    static <E extends Enum<E>> Set<E> setOf(Class<E> type, String text, Map<String, E> dutch) {
        Set<E> values = EnumSet.noneOf(type);
        for (String part : text.split("[;,]")) {
            if (!part.isBlank()) {
                values.add(oneOf(type, part, dutch));
            }
        }
        return values;
    }
}
