package nl.aanjager.common.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * A value as CSV text. The Excel dialect writes what a Dutch Excel reads as numbers and dates
 * (decimal comma, 29-11-2026 14:05 in the city's time); the plain dialect writes ISO 8601 and
 * a decimal point for programs.
 */
final class CellText {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]+");

    private final boolean excel;
    private final ExportLanguage language;
    private final ZoneId zone;

    CellText(boolean excel, ExportLanguage language, ZoneId zone) {
        this.excel = excel;
        this.language = language;
        this.zone = zone;
    }

    String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            String text = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
            return excel ? text.replace('.', ',') : text;
        }
        if (value instanceof LocalDate date) {
            return excel ? DUTCH_DATE.format(date) : date.toString();
        }
        if (value instanceof OffsetDateTime moment) {
            OffsetDateTime local = moment.atZoneSameInstant(zone).toOffsetDateTime();
            return excel ? DUTCH_MOMENT.format(local) : local.toString();
        }
        if (value instanceof Boolean bool) {
            return yesNo(bool, language);
        }
        if (value instanceof Labelled labelled) {
            return labelled.words().in(language);
        }
        if (value instanceof Words words) {
            return spreadsheetSafe(words.in(language));
        }
        if (value instanceof Collection<?> values) {
            return spreadsheetSafe(values.stream().map(this::of).collect(Collectors.joining(", ")));
        }
        String text = value.toString();
        // Excel reads 01234567 as the number 1234567: a KvK number with a leading zero stays text this way
        if (excel && LEADING_ZERO.matcher(text).matches()) {
            return "=\"" + text + "\"";
        }
        return spreadsheetSafe(text);
    }

    static String yesNo(boolean value, ExportLanguage language) {
        return new Words(value ? "ja" : "nee", value ? "yes" : "no").in(language);
    }

    /** A leading =, +, -, @ or tab would make a spreadsheet run the text as a formula. */
    static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
