package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.common.sql.ReportingDatabase;
import nl.aanjager.common.sql.SqlConditions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.programmes.FunnelStage;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * "How many distinct companies reached each stage, how many went on, and how fast?" — read
 * from company_stage_entry (one row per company and stage entered), never from the raw records.
 */
@ApplicationScoped
public class FunnelReportQuery {
    @Inject
    ProgrammeCalendar calendar;

    @Inject
    ReportingDatabase database;

    @Inject
    FunnelStageRepository stages;

    public FunnelReport report(ReportFilter filter) {
        long programme = filter.requireProgramme();
        SqlConditions where = new SqlConditions();
        where.add("e.programme_id = " + where.bind("programme", programme));
        filter.factConditions("e", where);
        filter.period().onMoments("e.first_entered_at", where, calendar);

        // one pass: companies per stage and whole days from the previous stage, so the median
        // comes from these counts instead of sorting every entry
        Map<Integer, DayCounts> byPosition = new HashMap<>();
        for (Object[] row : ReportRows.run(database, """
                select e.position, e.days_from_previous, count(*) from company_stage_entry e
                %s group by 1, 2""".formatted(where.where()), where)) {
            byPosition.computeIfAbsent(((Number) row[0]).intValue(), position -> new DayCounts())
                    .add(row[1] == null ? null : ((Number) row[1]).intValue(), ((Number) row[2]).longValue());
        }

        List<FunnelReport.Stage> result = new ArrayList<>();
        Long previous = null;
        for (FunnelStage stage : stages.ofProgramme(programme)) {
            DayCounts counts = byPosition.getOrDefault(stage.position, new DayCounts());
            long companies = counts.companies();
            Double conversion = previous == null || previous == 0 ? null : round(companies / (double) previous);
            result.add(new FunnelReport.Stage(stage.id, stage.code, stage.name, stage.position, companies, conversion,
                    stage.position == 1 ? null : counts.median()));
            previous = companies;
        }
        return new FunnelReport(programme, result);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
