package nl.aanjager.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.aanjager.activities.Need;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.programmes.Indicator;

/**
 * The companies behind a report's number: the same definitions as the reports (first entry
 * into a stage from company_stage_entry, needs from activities, outcomes by date), as
 * native-SQL conditions on the company aliased {@code c}. Partners see these lists only for
 * companies their own partner works with, as the reports promise.
 */
@ApplicationScoped
public class CompanyReportConditions {
    private static final ZoneId ROTTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    AccessScope scope;

    void add(CompanyFilter filter, List<String> where, Map<String, Object> parameters) {
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw ApiException.invalidField("to", "must not be before from");
        }
        if ((filter.from != null || filter.to != null) && filter.reachedStageId == null && filter.need == null
                && filter.indicator == null) {
            throw ApiException.invalidField("from", "needs reachedStageId, need or indicator");
        }
        if (filter.reachedStageId != null) {
            where.add("exists (select 1 from company_stage_entry e where e.company_id = c.id"
                    + " and e.stage_id = :reachedStage" + period("e.first_entered_at", filter, parameters, true) + ")");
            parameters.put("reachedStage", filter.reachedStageId);
        }
        if (filter.creditedPartnerId != null) {
            addCreditedPartner(filter, where, parameters);
        }
        if (filter.need != null) {
            where.add("exists (select 1 from activity na where na.company_id = c.id and :need = any(na.needs)"
                    + period("na.occurred_on", filter, parameters, false) + ")");
            parameters.put("need", EnumParam.parse(Need.class, "need", filter.need).name());
        }
        if (filter.indicator != null) {
            where.add("exists (select 1 from outcome o where o.company_id = c.id and o.indicator = :indicator"
                    + period("o.occurred_on", filter, parameters, false) + ")");
            parameters.put("indicator", EnumParam.parse(Indicator.class, "indicator", filter.indicator).name());
        }
        if (filter.opensReportDetail() && !scope.seesEverything()) {
            where.add(scope.personalDataCondition("c.id"));
            parameters.put("scopePartner", scope.ownPartnerId());
        }
    }

    private static void addCreditedPartner(CompanyFilter filter, List<String> where, Map<String, Object> parameters) {
        if (filter.programmeId == null && filter.reachedStageId == null) {
            throw ApiException.invalidField("creditedPartnerId", "needs programmeId or reachedStageId");
        }
        String programme = filter.programmeId != null ? ":creditProgramme"
                : "(select programme_id from funnel_stage where id = :reachedStage)";
        if (filter.programmeId != null) {
            parameters.put("creditProgramme", filter.programmeId);
        }
        where.add("exists (select 1 from stage_record cr where cr.company_id = c.id and cr.programme_id = " + programme
                + " and cr.credited_partner_id = :creditedPartner and cr.withdrawn_at is null)");
        parameters.put("creditedPartner", filter.creditedPartnerId);
    }

    /** " and column within the period", for a timestamp (Rotterdam days) or a date column. */
    private static String period(String column, CompanyFilter filter, Map<String, Object> parameters,
            boolean timestamp) {
        StringBuilder condition = new StringBuilder();
        if (filter.from != null) {
            condition.append(" and ").append(column).append(" >= :").append(timestamp ? "fromTime" : "fromDay");
            parameters.put(timestamp ? "fromTime" : "fromDay", timestamp ? startOf(filter.from) : filter.from);
        }
        if (filter.to != null) {
            condition.append(" and ").append(column).append(timestamp ? " < :toTime" : " <= :toDay");
            parameters.put(timestamp ? "toTime" : "toDay", timestamp ? startOf(filter.to.plusDays(1)) : filter.to);
        }
        return condition.toString();
    }

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ROTTERDAM).toOffsetDateTime();
    }
}
