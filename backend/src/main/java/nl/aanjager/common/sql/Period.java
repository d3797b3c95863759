package nl.aanjager.common.sql;

import java.time.LocalDate;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * A period of whole days, both ends inclusive and either open, as the reports and the lists
 * behind their numbers take it ({@code from}, {@code to}). Days are the city's: on a timestamp
 * column a day runs from its first moment in the programme's time zone to the next day's.
 */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("to", FieldErrorCode.BEFORE_OTHER, "must not be before from");
        }
    }

    /** Whether the period has neither end, so it narrows nothing. */
    public boolean isOpen() {
        return from == null && to == null;
    }

    /** Adds that the date column lies in the period. */
    public SqlConditions onDates(String column, SqlConditions where) {
        if (from != null) {
            where.add(column + " >= " + where.bind("fromDay", from));
        }
        if (to != null) {
            where.add(column + " <= " + where.bind("toDay", to));
        }
        return where;
    }

    /** Adds that the timestamp column lies in the period's days in the city. */
    public SqlConditions onMoments(String column, SqlConditions where, ProgrammeCalendar calendar) {
        if (from != null) {
            where.add(column + " >= " + where.bind("periodStart", calendar.startOf(from)));
        }
        if (to != null) {
            where.add(column + " < " + where.bind("periodEnd", calendar.startOf(to.plusDays(1))));
        }
        return where;
    }
}
