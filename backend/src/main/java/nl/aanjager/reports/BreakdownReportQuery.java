package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.common.sql.ReportingDatabase;
import nl.aanjager.common.sql.SqlConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.time.ProgrammeCalendar;

/** "Where does the funnel come from?" — split by theme, partner, district, sector or size class. */
@ApplicationScoped
public class BreakdownReportQuery {
    @Inject
    ProgrammeCalendar calendar;

    /**
     * The SQL that yields (key, position, stage_id, companies) per dimension, %s taking the
     * conditions on the fact e; theme and partner may count a company under several keys.
     */
    private static final Map<String, String> DIMENSIONS = Map.of(
            "district", "select coalesce(e.district, 'unknown') as key, e.*, 1 as companies from company_stage_entry e"
                    + " where %s",
            "sector", "select coalesce(left(e.sbi_code, 2), 'unknown') as key, e.*, 1 as companies"
                    + " from company_stage_entry e where %s",
            "sizeClass", "select coalesce(e.size_class, 'UNKNOWN') as key, e.*, 1 as companies from company_stage_entry e"
                    + " where %s",
            // entries grouped by their themes array first (a handful of combinations), unnested after:
            // unnesting 2.2 million arrays row by row was the slowest report at national scale
            "theme", "select t.theme as key, e.position, e.stage_id, e.companies from (select e.themes, e.position,"
                    + " e.stage_id, count(*) as companies from company_stage_entry e where %s group by 1, 2, 3) e"
                    + " cross join unnest(e.themes) as t(theme)",
            // a partner is credited at a stage for a record at that stage or later (partner_stage_credit);
            // its period is when the partner was first credited there
            "partner", "select e.partner_id::text as key, e.*, 1 as companies from (select pc.*, s.id as stage_id,"
                    + " pc.first_credited_at as first_entered_at from partner_stage_credit pc join funnel_stage s"
                    + " on s.programme_id = pc.programme_id and s.position = pc.position) e where %s");

    @Inject
    ReportingDatabase database;

    public BreakdownReport report(ReportFilter filter, String by) {
        long programme = filter.requireProgramme();
        String source = DIMENSIONS.get(by);
        if (source == null) {
            throw ApiException.invalidField("by", FieldErrorCode.UNKNOWN_VALUE, "must be one of theme, partner, district, sector, sizeClass");
        }
        SqlConditions where = new SqlConditions();
        where.add("e.programme_id = " + where.bind("programme", programme));
        filter.factConditions("e", where);
        filter.period().onMoments("e.first_entered_at", where, calendar);
        List<BreakdownReport.Row> rows = new ArrayList<>();
        // one entry per company and stage, one credit per partner, company and stage, each theme
        // once in an entry's themes: adding up rows counts distinct companies
        for (Object[] row : ReportRows.run(database, """
                select key, position, stage_id, sum(companies) from (%s) keyed
                group by key, position, stage_id order by key, position""".formatted(source.formatted(
                where.joined())), where)) {
            rows.add(new BreakdownReport.Row((String) row[0], ((Number) row[1]).intValue(), ReportRows.number(row[2]),
                    ReportRows.number(row[3])));
        }
        return new BreakdownReport(programme, by, rows);
    }
}
