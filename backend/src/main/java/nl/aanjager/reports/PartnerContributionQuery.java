package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.programmes.FunnelStageRepository;

/** "What does each partner bring?" — credited progress, activities and referrals, in the period. */
@ApplicationScoped
public class PartnerContributionQuery {
    @Inject
    EntityManager entityManager;

    @Inject
    FunnelStageRepository stages;

    public PartnerContributionReport report(ReportFilter filter) {
        long programme = filter.requireProgramme();
        int stageCount = stages.ofProgramme(programme).size();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programme", programme);
        String recordPeriod = and(filter.periodConditions("r.reached_at", parameters));
        String activityPeriod = and(filter.periodConditions("(a.occurred_on::timestamp at time zone 'Europe/Amsterdam')", parameters));
        String referralPeriod = and(filter.periodConditions("f.created_at", parameters));

        Map<Long, long[]> credited = new HashMap<>();
        for (Object[] row : ReportRows.run(entityManager, """
                select r.credited_partner_id, s.position, count(distinct r.company_id)
                from stage_record r join funnel_stage reached on reached.id = r.stage_id
                join funnel_stage s on s.programme_id = r.programme_id and s.position <= reached.position
                where r.programme_id = :programme and r.withdrawn_at is null and r.credited_partner_id is not null %s
                group by 1, 2""".formatted(recordPeriod), parameters)) {
            int position = ((Number) row[1]).intValue();
            credited.computeIfAbsent(ReportRows.number(row[0]), k -> new long[stageCount])[position - 1] =
                    ReportRows.number(row[2]);
        }
        List<PartnerContributionReport.Row> rows = new ArrayList<>();
        for (Object[] row : ReportRows.run(entityManager, """
                select p.id, p.name,
                       (select count(*) from activity a where a.partner_id = p.id %s),
                       (select count(*) from referral f where f.from_partner_id = p.id %s),
                       (select count(*) from referral f where f.to_partner_id = p.id %s),
                       (select count(*) from referral f where f.to_partner_id = p.id and f.status in ('ACCEPTED', 'DONE') %s),
                       (select count(*) from referral f where f.to_partner_id = p.id and f.status <> 'OPEN' %s),
                       (select percentile_cont(0.5) within group (order by extract(epoch from f.responded_at - f.created_at) / 3600)
                          from referral f where f.to_partner_id = p.id and f.status in ('ACCEPTED', 'DONE') %s)
                from partner p order by p.name""".formatted(activityPeriod, referralPeriod, referralPeriod,
                referralPeriod, referralPeriod, referralPeriod), parameters)) {
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
