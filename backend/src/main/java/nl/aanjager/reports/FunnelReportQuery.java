package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.programmes.FunnelStage;
import nl.aanjager.programmes.FunnelStageRepository;

/**
 * "How many distinct companies reached each stage, how many went on, and how fast?" — read
 * from company_stage_entry (one row per company and stage entered), never from the raw records.
 */
@ApplicationScoped
public class FunnelReportQuery {
    @Inject
    EntityManager entityManager;

    @Inject
    FunnelStageRepository stages;

    public FunnelReport report(ReportFilter filter) {
        long programme = filter.requireProgramme();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programme", programme);
        List<String> where = new ArrayList<>(filter.companyConditions(parameters));
        where.add("e.programme_id = :programme");
        where.addAll(filter.periodConditions("e.first_entered_at", parameters));
        String conditions = String.join(" and ", where);

        Map<Integer, Long> counts = new HashMap<>();
        for (Object[] row : rows("""
                select e.position, count(*) from company_stage_entry e join company c on c.id = e.company_id
                where %s group by e.position""".formatted(conditions), parameters)) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        Map<Integer, Double> medians = new HashMap<>();
        for (Object[] row : rows("""
                select e.position, percentile_cont(0.5) within group (
                         order by extract(epoch from e.first_entered_at - prev.first_entered_at) / 86400)
                from company_stage_entry e
                join company_stage_entry prev on prev.company_id = e.company_id
                     and prev.programme_id = e.programme_id and prev.position = e.position - 1
                join company c on c.id = e.company_id
                where %s group by e.position""".formatted(conditions), parameters)) {
            medians.put(((Number) row[0]).intValue(), round(((Number) row[1]).doubleValue()));
        }

        List<FunnelReport.Stage> result = new ArrayList<>();
        Long previous = null;
        for (FunnelStage stage : stages.ofProgramme(programme)) {
            long companies = counts.getOrDefault(stage.position, 0L);
            Double conversion = previous == null || previous == 0 ? null : round(companies / (double) previous);
            result.add(new FunnelReport.Stage(stage.id, stage.code, stage.name, stage.position, companies, conversion,
                    medians.get(stage.position)));
            previous = companies;
        }
        return new FunnelReport(programme, result);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
