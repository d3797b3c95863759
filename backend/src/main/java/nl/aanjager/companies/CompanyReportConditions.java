package nl.aanjager.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanjager.programmes.Need;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.programmes.Indicator;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * The companies behind a report's number: the same definitions as the reports (first entry
 * into a stage from company_stage_entry, needs from activities, outcomes by date), as
 * native-SQL conditions on the company aliased {@code c}. Partners see these lists only for
 * companies their own partner works with, as the reports promise.
 */
@ApplicationScoped
public class CompanyReportConditions {
    @Inject
    ProgrammeCalendar calendar;

    @Inject
    AccessScope scope;

    void add(CompanyFilter filter, List<String> where, Map<String, Object> parameters) {
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw ApiException.invalidField("to", FieldErrorCode.BEFORE_OTHER, "must not be before from");
        }
        if ((filter.from != null || filter.to != null) && filter.reachedStageId == null
                && filter.creditedStageId == null && filter.need == null && filter.indicator == null) {
            throw ApiException.invalidField("from", FieldErrorCode.ONE_OF, "needs reachedStageId, creditedStageId, need or indicator");
        }
        scope.refuseOtherPartnersRelationships("creditedPartnerId", filter.creditedPartnerId);
        scope.refuseOtherPartnersRelationships("outcomePartnerId", filter.outcomePartnerId);
        if (filter.reachedStageId != null) {
            where.add("exists (select 1 from company_stage_entry e where e.company_id = c.id"
                    + " and e.stage_id = :reachedStage" + period("e.first_entered_at", filter, parameters, true) + ")");
            parameters.put("reachedStage", filter.reachedStageId);
        }
        if (filter.creditedStageId != null && filter.creditedPartnerId == null) {
            throw ApiException.invalidField("creditedStageId", FieldErrorCode.ONE_OF, "needs creditedPartnerId");
        }
        if (filter.creditedPartnerId != null) {
            addCredited(filter, where, parameters);
        }
        if (filter.need != null) {
            where.add("exists (select 1 from company_need n where n.company_id = c.id and n.need = :need"
                    + (filter.programmeId == null ? "" : " and (:needProgramme = any(n.programme_ids) or n.without_programme)")
                    + period("n.first_raised_on", filter, parameters, false) + ")");
            parameters.put("need", EnumParam.parse(Need.class, "need", filter.need).name());
            if (filter.programmeId != null) {
                parameters.put("needProgramme", filter.programmeId);
            }
        }
        if (filter.outcomePartnerId != null && filter.indicator == null) {
            throw ApiException.invalidField("outcomePartnerId", FieldErrorCode.ONE_OF, "needs indicator");
        }
        if (filter.indicator != null) {
            where.add("exists (select 1 from outcome o where o.company_id = c.id and o.indicator = :indicator"
                    + (filter.programmeId == null ? "" : " and o.programme_id = :outcomeProgramme")
                    + (filter.outcomePartnerId == null ? "" : " and o.partner_id = :outcomePartner")
                    + period("o.occurred_on", filter, parameters, false) + ")");
            parameters.put("indicator", EnumParam.parse(Indicator.class, "indicator", filter.indicator).name());
            if (filter.programmeId != null) {
                parameters.put("outcomeProgramme", filter.programmeId);
            }
            if (filter.outcomePartnerId != null) {
                parameters.put("outcomePartner", filter.outcomePartnerId);
            }
        }
        if (filter.attendedEventId != null) {
            where.add("exists (select 1 from registration g where g.company_id = c.id and g.event_id = :attendedEvent"
                    + " and g.status = 'CHECKED_IN')");
            parameters.put("attendedEvent", filter.attendedEventId);
        }
        if (filter.newAtEventId != null) {
            where.add("exists (select 1 from company_contact k where k.company_id = c.id and k.first_event_id = :newAtEvent)");
            parameters.put("newAtEvent", filter.newAtEventId);
        }
        if (filter.opensReportDetail() && !scope.seesEverything()) {
            where.add(scope.worksWithCondition("c.id"));
            scope.bindPartner(parameters);
        }
    }

    /**
     * At a stage: the partner's credit there (partner_stage_credit, as the partner report counts
     * it). Otherwise: any credit in the programme, as the funnel's partner filter counts it.
     */
    private void addCredited(CompanyFilter filter, List<String> where, Map<String, Object> parameters) {
        parameters.put("creditedPartner", filter.creditedPartnerId);
        if (filter.creditedStageId != null) {
            where.add("exists (select 1 from partner_stage_credit pc join funnel_stage s on s.id = :creditedStage"
                    + " and s.programme_id = pc.programme_id and s.position = pc.position"
                    + " where pc.company_id = c.id and pc.partner_id = :creditedPartner"
                    + period("pc.first_credited_at", filter, parameters, true) + ")");
            parameters.put("creditedStage", filter.creditedStageId);
            return;
        }
        if (filter.programmeId == null && filter.reachedStageId == null) {
            throw ApiException.invalidField("creditedPartnerId", FieldErrorCode.ONE_OF, "needs programmeId, reachedStageId or creditedStageId");
        }
        String programme = filter.programmeId != null ? ":creditProgramme"
                : "(select programme_id from funnel_stage where id = :reachedStage)";
        if (filter.programmeId != null) {
            parameters.put("creditProgramme", filter.programmeId);
        }
        where.add("exists (select 1 from partner_stage_credit pc where pc.company_id = c.id and pc.position = 1"
                + " and pc.programme_id = " + programme + " and pc.partner_id = :creditedPartner)");
    }

    /** " and column within the period", for a timestamp (the city's days) or a date column. */
    private String period(String column, CompanyFilter filter, Map<String, Object> parameters,
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

    private java.time.OffsetDateTime startOf(LocalDate day) {
        return calendar.startOf(day);
    }
}
