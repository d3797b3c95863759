package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.common.sql.ReportingDatabase;
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
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programme", programme);
        parameters.put("zone", calendar.zoneName());
        String creditPeriod = and(filter.periodConditions("pc.first_credited_at", parameters, calendar));
        String activityPeriod = and(filter.periodConditions("(a.occurred_on::timestamp at time zone :zone)", parameters, calendar));
        String referralPeriod = and(filter.periodConditions("f.created_at", parameters, calendar));

        Map<Long, long[]> credited = new HashMap<>();
        for (Object[] row : ReportRows.run(database, """
                select pc.partner_id, pc.position, count(*) from partner_stage_credit pc
                where pc.programme_id = :programme %s
                group by 1, 2""".formatted(creditPeriod), parameters)) {
            int position = ((Number) row[1]).intValue();
            credited.computeIfAbsent(ReportRows.number(row[0]), k -> new long[stageCount])[position - 1] =
                    ReportRows.number(row[2]);
        }
        List<PartnerContributionReport.Row> rows = new ArrayList<>();
        for (Object[] row : ReportRows.run(database, """
                with activities as (select a.partner_id, count(*) as n from activity a where true %s group by 1),
                     sent as (select f.from_partner_id as partner_id, count(*) as n from referral f where true %s group by 1),
                     received as (
                         select f.to_partner_id as partner_id, count(*) as n,
                                count(*) filter (where f.status in ('ACCEPTED', 'DONE')) as accepted,
                                count(*) filter (where f.status <> 'OPEN') as answered,
                                percentile_cont(0.5) within group (order by extract(epoch from f.responded_at - f.created_at) / 3600)
                                    filter (where f.status in ('ACCEPTED', 'DONE')) as hours_to_accept
                         from referral f where true %s group by 1)
                select p.id, p.name, coalesce(a.n, 0), coalesce(s.n, 0), coalesce(r.n, 0), coalesce(r.accepted, 0),
                       coalesce(r.answered, 0), r.hours_to_accept
                from partner p left join activities a on a.partner_id = p.id left join sent s on s.partner_id = p.id
                left join received r on r.partner_id = p.id
                order by p.name""".formatted(activityPeriod, referralPeriod, referralPeriod), parameters)) {
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

    private static String and(List<String> conditions) {
        return conditions.isEmpty() ? "" : "and " + String.join(" and ", conditions);
    }
}
