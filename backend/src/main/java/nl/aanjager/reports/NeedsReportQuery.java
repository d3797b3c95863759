package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.common.sql.ReportingDatabase;
import nl.aanjager.common.sql.SqlConditions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanjager.programmes.Need;

/**
 * "What do SMEs need to grow?" — the Smart Industry research question: companies per need raised
 * in activities, read from company_need (one row per company and need); a period counts the
 * companies that first raised the need in it.
 */
@ApplicationScoped
public class NeedsReportQuery {
    @Inject
    ReportingDatabase database;

    public NeedsReport report(ReportFilter filter) {
        SqlConditions where = filter.factConditions("n", new SqlConditions());
        if (filter.programmeId != null) {
            where.add("(" + where.bind("programme", filter.programmeId) + " = any(n.programme_ids) or n.without_programme)");
        }
        filter.period().onDates("n.first_raised_on", where);
        // one row per company and need: the counts per (need, SBI code, size class) add up
        // exactly, so the totals and splits are summed here from one parallel aggregate
        Map<String, NeedTally> byNeed = new TreeMap<>();
        for (Object[] row : ReportRows.run(database, """
                select n.need, n.sbi_code, n.size_class, count(*) from company_need n
                %s group by 1, 2, 3""".formatted(where.where()), where)) {
            String sbi = (String) row[1];
            byNeed.computeIfAbsent((String) row[0], need -> new NeedTally())
                    .add(sbi == null ? null : sbi.substring(0, Math.min(2, sbi.length())), (String) row[2],
                            ReportRows.number(row[3]));
        }
        List<NeedsReport.Row> rows = new ArrayList<>();
        byNeed.forEach((need, tally) -> {
            Need category = Need.valueOf(need);
            rows.add(new NeedsReport.Row(category, null, null, tally.total));
            tally.bySize.forEach((size, companies) -> rows.add(
                    new NeedsReport.Row(category, null, size == null ? "UNKNOWN" : size, companies)));
            tally.bySector.forEach((sector, companies) -> rows.add(
                    new NeedsReport.Row(category, sector == null ? "unknown" : sector, null, companies)));
        });
        return new NeedsReport(rows);
    }

    private static final class NeedTally {
        long total;
        final Map<String, Long> bySector = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        final Map<String, Long> bySize = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));

        void add(String sector, String size, long companies) {
            total += companies;
            bySector.merge(sector, companies, Long::sum);
            bySize.merge(size, companies, Long::sum);
        }
    }
}
