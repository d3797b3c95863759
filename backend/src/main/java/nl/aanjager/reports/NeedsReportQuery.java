package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.activities.Need;

/**
 * "What do SMEs need to grow?" — the Smart Industry research question: companies per need raised
 * in activities, read from company_need (one row per company and need); a period counts the
 * companies that first raised the need in it.
 */
@ApplicationScoped
public class NeedsReportQuery {
    @Inject
    EntityManager entityManager;

    public NeedsReport report(ReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> where = new ArrayList<>(filter.factConditions("n", parameters));
        where.add("true");
        if (filter.programmeId != null) {
            where.add("(:programme = any(n.programme_ids) or n.without_programme)");
            parameters.put("programme", filter.programmeId);
        }
        filter.checkPeriod();
        if (filter.from != null) {
            where.add("n.first_raised_on >= :fromDay");
            parameters.put("fromDay", filter.from);
        }
        if (filter.to != null) {
            where.add("n.first_raised_on <= :toDay");
            parameters.put("toDay", filter.to);
        }
        List<NeedsReport.Row> rows = new ArrayList<>();
        for (Object[] row : ReportRows.run(entityManager, """
                select n.need, left(n.sbi_code, 2) as sector, n.size_class, count(*),
                       grouping(left(n.sbi_code, 2)), grouping(n.size_class)
                from company_need n
                where %s
                group by grouping sets ((n.need), (n.need, left(n.sbi_code, 2)), (n.need, n.size_class))
                order by need, 5 desc, 6 desc, 2, 3""".formatted(String.join(" and ", where)), parameters)) {
            boolean allSectors = ReportRows.number(row[4]) == 1;
            boolean allSizes = ReportRows.number(row[5]) == 1;
            rows.add(new NeedsReport.Row(Need.valueOf((String) row[0]),
                    allSectors ? null : row[1] == null ? "unknown" : (String) row[1],
                    allSizes ? null : row[2] == null ? "UNKNOWN" : (String) row[2], ReportRows.number(row[3])));
        }
        return new NeedsReport(rows);
    }
}
