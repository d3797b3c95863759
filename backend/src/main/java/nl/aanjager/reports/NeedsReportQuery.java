package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.activities.Need;

/** "What do SMEs need to grow?" — the Smart Industry research question, from activities' needs. */
@ApplicationScoped
public class NeedsReportQuery {
    @Inject
    EntityManager entityManager;

    public NeedsReport report(ReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> where = new ArrayList<>(filter.companyConditions(parameters));
        if (filter.programmeId != null) {
            where.add("(a.programme_id = :programme or a.programme_id is null)");
            parameters.put("programme", filter.programmeId);
        }
        if (filter.from != null) {
            where.add("a.occurred_on >= :fromDay");
            parameters.put("fromDay", filter.from);
        }
        if (filter.to != null) {
            filter.checkPeriod();
            where.add("a.occurred_on <= :toDay");
            parameters.put("toDay", filter.to);
        }
        List<NeedsReport.Row> rows = new ArrayList<>();
        for (Object[] row : ReportRows.run(entityManager, """
                select need, left(c.sbi_code, 2) as sector, c.size_class, count(distinct a.company_id),
                       grouping(left(c.sbi_code, 2)), grouping(c.size_class)
                from activity a cross join unnest(a.needs) as need join company c on c.id = a.company_id
                where %s
                group by grouping sets ((need), (need, left(c.sbi_code, 2)), (need, c.size_class))
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
