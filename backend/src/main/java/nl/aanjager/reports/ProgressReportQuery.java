package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.common.sql.ReportingDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanjager.programmes.ProgrammeTarget;
import nl.aanjager.programmes.ProgrammeTargetRepository;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * "Will we make it?" — per target the count (or sum) now, month by month, and the date it is
 * met if the last 90 days' pace holds.
 */
@ApplicationScoped
public class ProgressReportQuery {
    @Inject
    ProgrammeCalendar calendar;

    static final int PACE_DAYS = 90;
    /** Ten years: a projection further out reads as "not at this pace". */
    static final int HORIZON_DAYS = 3653;

    @Inject
    ReportingDatabase database;

    @Inject
    ProgrammeTargetRepository targets;

    public ProgressReport report(ReportFilter filter) {
        long programme = filter.requireProgramme();
        List<ProgressReport.Target> result = new ArrayList<>();
        LocalDate today = calendar.today();
        OffsetDateTime paceStart = calendar.startOf(today.minusDays(PACE_DAYS));
        for (ProgrammeTarget target : targets.ofProgramme(programme)) {
            List<Object[]> months = target.stageId != null ? stageMonths(target) : indicatorMonths(target);
            BigDecimal before = target.stageId != null ? stageCountBefore(target, paceStart)
                    : indicatorSumBefore(target, paceStart.toLocalDate());
            List<ProgressReport.Month> monthly = new ArrayList<>();
            BigDecimal cumulative = BigDecimal.ZERO;
            for (Object[] row : months) {
                BigDecimal added = new BigDecimal(row[1].toString());
                cumulative = cumulative.add(added);
                monthly.add(new ProgressReport.Month(row[0].toString(), added, cumulative));
            }
            BigDecimal goal = BigDecimal.valueOf(target.targetCount);
            BigDecimal rate = cumulative.subtract(before).multiply(BigDecimal.valueOf(30))
                    .divide(BigDecimal.valueOf(PACE_DAYS), 2, RoundingMode.HALF_UP);
            boolean reached = cumulative.compareTo(goal) >= 0;
            LocalDate projected = null;
            if (!reached && rate.signum() > 0) {
                BigDecimal days = goal.subtract(cumulative).multiply(BigDecimal.valueOf(30))
                        .divide(rate, 0, RoundingMode.CEILING);
                // beyond the horizon a date is noise: "not at this pace"
                projected = days.compareTo(BigDecimal.valueOf(HORIZON_DAYS)) > 0 ? null : today.plusDays(days.longValue());
            }
            boolean onTrack = reached || projected != null && !projected.isAfter(target.deadline);
            result.add(new ProgressReport.Target(target.id, target.name, target.stageId, target.indicator,
                    target.targetCount, target.deadline, cumulative, reached, rate, projected, onTrack, monthly));
        }
        return new ProgressReport(programme, result);
    }

    /**
     * Companies per month that first entered the target's stage. By position, not stage id, so
     * that the (programme, position, first_entered_at) index answers it without the table.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> stageMonths(ProgrammeTarget target) {
        return database.createNativeQuery("""
                select to_char(month, 'YYYY-MM'), companies from (
                    select date_trunc('month', e.first_entered_at at time zone ?3) as month,
                           count(*) as companies
                    from company_stage_entry e
                    where e.programme_id = ?1 and e.position = (select position from funnel_stage where id = ?2)
                    group by 1) monthly
                order by month""")
                .setParameter(1, target.programmeId).setParameter(2, target.stageId).setParameter(3, calendar.zoneName())
                .getResultList();
    }

    private BigDecimal stageCountBefore(ProgrammeTarget target, OffsetDateTime moment) {
        Number count = (Number) database.createNativeQuery("""
                select count(*) from company_stage_entry e
                where e.programme_id = ?1 and e.position = (select position from funnel_stage where id = ?2)
                  and e.first_entered_at < ?3""")
                .setParameter(1, target.programmeId).setParameter(2, target.stageId).setParameter(3, moment)
                .getSingleResult();
        return BigDecimal.valueOf(count.longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> indicatorMonths(ProgrammeTarget target) {
        return database.createNativeQuery("""
                select to_char(o.occurred_on, 'YYYY-MM') as month, sum(o.value)
                from outcome o where o.programme_id = ?1 and o.indicator = ?2
                group by month order by month""")
                .setParameter(1, target.programmeId).setParameter(2, target.indicator.name()).getResultList();
    }

    private BigDecimal indicatorSumBefore(ProgrammeTarget target, LocalDate day) {
        Object sum = database.createNativeQuery("""
                select coalesce(sum(o.value), 0) from outcome o
                where o.programme_id = ?1 and o.indicator = ?2 and o.occurred_on < ?3""")
                .setParameter(1, target.programmeId).setParameter(2, target.indicator.name()).setParameter(3, day)
                .getSingleResult();
        return new BigDecimal(sum.toString());
    }
}
