package nl.aanjager.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** A cell that cannot be read as what its column holds; the message says what was expected. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    static int integer(String text) {
        try {
            return Integer.parseInt(text.replace(".", "").trim());
        } catch (NumberFormatException e) {
            throw new Unreadable("must be a whole number");
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
        throw new Unreadable("must be a date such as 2025-03-14 or 14-03-2025");
    }

    static boolean yesNo(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "yes", "y", "true", "1", "waar", "x" -> true;
            case "nee", "n", "no", "false", "0", "onwaar", "" -> false;
            default -> throw new Unreadable("must be ja or nee (yes or no)");
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
            throw new Unreadable("must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + (dutch.isEmpty() ? "" : " (or in Dutch: "
                    + dutch.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")"));
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
