package nl.aanjager.reports;

import nl.aanjager.common.sql.ReportingDatabase;
import nl.aanjager.common.sql.SqlConditions;
import java.math.BigDecimal;
import java.util.List;

/** Running a report's native SQL and reading its columns. */
final class ReportRows {
    private ReportRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> run(ReportingDatabase database, String sql, SqlConditions where) {
        return where.bindTo(database.createNativeQuery(sql)).getResultList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Long nullableNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : FunnelReportQuery.round(part / (double) whole);
    }
}
