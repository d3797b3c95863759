package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.common.sql.ReportingDatabase;
import nl.aanjager.common.sql.SqlConditions;
import java.util.ArrayList;
import java.util.List;
import nl.aanjager.programmes.Indicator;

/** "What did it lead to?" — jobs, investment and measures summed per indicator and partner. */
@ApplicationScoped
public class OutcomesReportQuery {
    @Inject
    ReportingDatabase database;

    public OutcomesReport report(ReportFilter filter) {
        // outcomes move with a merge, so the company is joined only to filter on it
        boolean joinCompany = filter.narrowsCompanies();
        SqlConditions where = new SqlConditions();
        if (joinCompany) {
            filter.companyConditions(where);
        }
        if (filter.programmeId != null) {
            where.add("o.programme_id = " + where.bind("programme", filter.programmeId));
        }
        filter.period().onDates("o.occurred_on", where);
        List<OutcomesReport.Row> rows = new ArrayList<>();
        for (Object[] row : ReportRows.run(database, """
                select o.indicator, o.partner_id, sum(o.value), count(distinct o.company_id), grouping(o.partner_id)
                from outcome o %s
                %s
                group by grouping sets ((o.indicator), (o.indicator, o.partner_id))
                order by o.indicator, 5 desc, o.partner_id""".formatted(joinCompany ? "join company c on c.id = o.company_id" : "",
                where.where()), where)) {
            boolean total = ReportRows.number(row[4]) == 1;
            rows.add(new OutcomesReport.Row(Indicator.valueOf((String) row[0]),
                    total ? null : ReportRows.nullableNumber(row[1]), ReportRows.decimal(row[2]),
                    ReportRows.number(row[3])));
        }
        return new OutcomesReport(rows);
    }
}
