package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.common.sql.ReportingDatabase;
import nl.aanjager.common.sql.Period;
import nl.aanjager.common.sql.SqlConditions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * "What does each partner bring?" — credited progress, activities and referrals, in the period.
 * Credits come from partner_stage_credit (one row per partner, company and stage, kept by
 * triggers); a period counts the companies first credited in it.
 */
@ApplicationScoped
public class PartnerContributionQuery {
    @Inject
    ProgrammeCalendar calendar;

    @Inject
    ReportingDatabase database;

    @Inject
    FunnelStageRepository stages;

    public PartnerContributionReport report(ReportFilter filter) {
        long programme = filter.requireProgramme();
        int stageCount = stages.ofProgramme(programme).size();
        Period period = filter.period();
        SqlConditions credits = new SqlConditions();
        credits.add("pc.programme_id = " + credits.bind("programme", programme));
        period.onMoments("pc.first_credited_at", credits, calendar);
        SqlConditions activities = period.onDates("a.occurred_on", new SqlConditions());
        SqlConditions referrals = period.onMoments("f.created_at", activities.alongside(), calendar);

        Map<Long, long[]> credited = new HashMap<>();
        for (Object[] row : ReportRows.run(database, """
                select pc.partner_id, pc.position, count(*) from partner_stage_credit pc
                %s
                group by 1, 2""".formatted(credits.where()), credits)) {
            int position = ((Number) row[1]).intValue();
            credited.computeIfAbsent(ReportRows.number(row[0]), k -> new long[stageCount])[position - 1] =
                    ReportRows.number(row[2]);
        }
        List<PartnerContributionReport.Row> rows = new ArrayList<>();
        for (Object[] row : ReportRows.run(database, """
                with activities as (select a.partner_id, count(*) as n from activity a %s group by 1),
                     sent as (select f.from_partner_id as partner_id, count(*) as n from referral f %s group by 1),
                     received as (
                         select f.to_partner_id as partner_id, count(*) as n,
                                count(*) filter (where f.status in ('ACCEPTED', 'DONE')) as accepted,
                                count(*) filter (where f.status <> 'OPEN') as answered,
                                percentile_cont(0.5) within group (order by extract(epoch from f.responded_at - f.created_at) / 3600)
                                    filter (where f.status in ('ACCEPTED', 'DONE')) as hours_to_accept
                         from referral f %s group by 1)
                select p.id, p.name, coalesce(a.n, 0), coalesce(s.n, 0), coalesce(r.n, 0), coalesce(r.accepted, 0),
                       coalesce(r.answered, 0), r.hours_to_accept
                from partner p left join activities a on a.partner_id = p.id left join sent s on s.partner_id = p.id
                left join received r on r.partner_id = p.id
                order by p.name""".formatted(activities.where(), referrals.where(), referrals.where()), activities)) {
            long partner = ReportRows.number(row[0]);
            long[] byPosition = credited.getOrDefault(partner, new long[stageCount]);
            rows.add(new PartnerContributionReport.Row(partner, (String) row[1],
                    java.util.Arrays.stream(byPosition).boxed().toList(), ReportRows.number(row[2]),
                    ReportRows.number(row[3]), ReportRows.number(row[4]),
                    ReportRows.ratio(ReportRows.number(row[5]), ReportRows.number(row[6])),
                    row[7] == null ? null : FunnelReportQuery.round(((Number) row[7]).doubleValue())));
        }
        return new PartnerContributionReport(rows);
    }
}
