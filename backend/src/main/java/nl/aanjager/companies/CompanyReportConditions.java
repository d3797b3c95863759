package nl.aanjager.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.aanjager.programmes.Need;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.common.sql.Period;
import nl.aanjager.common.sql.SqlConditions;
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

    void add(CompanyFilter filter, SqlConditions where) {
        Period period = new Period(filter.from, filter.to);
        if (!period.isOpen() && filter.reachedStageId == null
                && filter.creditedStageId == null && filter.need == null && filter.indicator == null) {
            throw ApiException.invalidField("from", FieldErrorCode.ONE_OF, "needs reachedStageId, creditedStageId, need or indicator");
        }
        scope.refuseOtherPartnersRelationships("creditedPartnerId", filter.creditedPartnerId);
        scope.refuseOtherPartnersRelationships("outcomePartnerId", filter.outcomePartnerId);
        if (filter.reachedStageId != null) {
            SqlConditions entry = where.alongside().add("e.stage_id = " + where.bind("reachedStage", filter.reachedStageId));
            period.onMoments("e.first_entered_at", entry, calendar);
            where.add("exists (select 1 from company_stage_entry e where e.company_id = c.id" + entry.and() + ")");
        }
        if (filter.creditedStageId != null && filter.creditedPartnerId == null) {
            throw ApiException.invalidField("creditedStageId", FieldErrorCode.ONE_OF, "needs creditedPartnerId");
        }
        if (filter.creditedPartnerId != null) {
            addCredited(filter, period, where);
        }
        if (filter.need != null) {
            SqlConditions raised = where.alongside()
                    .add("n.need = " + where.bind("need", EnumParam.parse(Need.class, "need", filter.need).name()));
            if (filter.programmeId != null) {
                raised.add("(" + where.bind("programme", filter.programmeId) + " = any(n.programme_ids) or n.without_programme)");
            }
            period.onDates("n.first_raised_on", raised);
            where.add("exists (select 1 from company_need n where n.company_id = c.id" + raised.and() + ")");
        }
        if (filter.outcomePartnerId != null && filter.indicator == null) {
            throw ApiException.invalidField("outcomePartnerId", FieldErrorCode.ONE_OF, "needs indicator");
        }
        if (filter.indicator != null) {
            SqlConditions outcome = where.alongside().add("o.indicator = "
                    + where.bind("indicator", EnumParam.parse(Indicator.class, "indicator", filter.indicator).name()));
            if (filter.programmeId != null) {
                outcome.add("o.programme_id = " + where.bind("programme", filter.programmeId));
            }
            if (filter.outcomePartnerId != null) {
                outcome.add("o.partner_id = " + where.bind("outcomePartner", filter.outcomePartnerId));
            }
            period.onDates("o.occurred_on", outcome);
            where.add("exists (select 1 from outcome o where o.company_id = c.id" + outcome.and() + ")");
        }
        if (filter.attendedEventId != null) {
            where.add("exists (select 1 from registration g where g.company_id = c.id and g.event_id = "
                    + where.bind("attendedEvent", filter.attendedEventId) + " and g.status = 'CHECKED_IN')");
        }
        if (filter.newAtEventId != null) {
            where.add("exists (select 1 from company_contact k where k.company_id = c.id and k.first_event_id = "
                    + where.bind("newAtEvent", filter.newAtEventId) + ")");
        }
        if (filter.opensReportDetail()) {
            scope.addWorksWith("c.id", where);
        }
    }

    /**
     * At a stage: the partner's credit there (partner_stage_credit, as the partner report counts
     * it). Otherwise: any credit in the programme, as the funnel's partner filter counts it.
     */
    private void addCredited(CompanyFilter filter, Period period, SqlConditions where) {
        String partner = where.bind("creditedPartner", filter.creditedPartnerId);
        if (filter.creditedStageId != null) {
            SqlConditions credit = where.alongside().add("pc.partner_id = " + partner);
            period.onMoments("pc.first_credited_at", credit, calendar);
            where.add("exists (select 1 from partner_stage_credit pc join funnel_stage s on s.id = "
                    + where.bind("creditedStage", filter.creditedStageId)
                    + " and s.programme_id = pc.programme_id and s.position = pc.position"
                    + " where pc.company_id = c.id" + credit.and() + ")");
            return;
        }
        if (filter.programmeId == null && filter.reachedStageId == null) {
            throw ApiException.invalidField("creditedPartnerId", FieldErrorCode.ONE_OF, "needs programmeId, reachedStageId or creditedStageId");
        }
        String programme = filter.programmeId != null ? where.bind("programme", filter.programmeId)
                : "(select programme_id from funnel_stage where id = " + where.bind("reachedStage", filter.reachedStageId) + ")";
        where.add("exists (select 1 from partner_stage_credit pc where pc.company_id = c.id and pc.position = 1"
                + " and pc.programme_id = " + programme + " and pc.partner_id = " + partner + ")");
    }
}
