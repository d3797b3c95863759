package nl.aanjager.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.common.sql.SqlValues;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * "What happened with this company, across all partners, newest first?" One SQL union
 * over activities, referrals, stage records and the audit trail of the company and of the
 * records merged into it, paged in the database. A partner sees referrals only where it is one
 * of the two partners, and other partners' confidential summaries not at all.
 */
@ApplicationScoped
public class CompanyTimelineQuery {
    private static final String TIMELINE = """
            with family as (select :company as id union select id from company where merged_into_id = :company)
            select * from (
              select (a.occurred_on::timestamp at time zone :zone) as at, 'ACTIVITY' as kind, a.id as ref_id,
                     a.partner_id, null::bigint as other_partner_id, a.type as label, a.summary as text,
                     a.programme_id, a.stage_id, a.created_by as actor, a.confidential, a.created_at as tiebreak,
                     null::bigint as event_id, null::varchar as person
                from activity a where a.company_id in (select id from family)
              union all
              select r.created_at, 'REFERRAL_SENT', r.id, r.from_partner_id, r.to_partner_id, null, r.reason,
                     null, null, r.created_by, false, r.created_at, null, null
                from referral r where r.company_id in (select id from family) and REFERRAL_PARTIES
              union all
              select r.responded_at, case r.status when 'DECLINED' then 'REFERRAL_DECLINED' else 'REFERRAL_ACCEPTED' end,
                     r.id, r.to_partner_id, r.from_partner_id, null, r.response_note, null, null, null, false, r.responded_at, null,
                     null
                from referral r where r.company_id in (select id from family) and r.responded_at is not null
                 and REFERRAL_PARTIES
              union all
              select r.completed_at, 'REFERRAL_DONE', r.id, r.to_partner_id, r.from_partner_id, null, r.response_note,
                     null, null, null, false, r.completed_at, null, null
                from referral r where r.company_id in (select id from family) and r.completed_at is not null
                 and REFERRAL_PARTIES
              union all
              select s.reached_at, 'STAGE_REACHED', s.id, s.credited_partner_id, null, fs.name, s.source,
                     s.programme_id, s.stage_id, s.recorded_by, false, s.recorded_at, null, null
                from stage_record s join funnel_stage fs on fs.id = s.stage_id
               where s.company_id in (select id from family)
              union all
              select s.withdrawn_at, 'STAGE_WITHDRAWN', s.id, s.credited_partner_id, null, fs.name, s.withdrawal_reason,
                     s.programme_id, s.stage_id, s.withdrawn_by, false, s.withdrawn_at, null, null
                from stage_record s join funnel_stage fs on fs.id = s.stage_id
               where s.company_id in (select id from family) and s.withdrawn_at is not null
              union all
              select g.registered_at, 'EVENT_REGISTERED', g.id, null, null, ev.title, g.status, ev.programme_id,
                     null, g.registered_by, false, g.registered_at, ev.id,
                     case when PERSON_VISIBLE then p.name end
                from registration g join event ev on ev.id = g.event_id left join contact p on p.id = g.contact_id
               where g.company_id in (select id from family) and not g.walk_in
              union all
              select g.checked_in_at, 'EVENT_CHECKED_IN', g.id, null, null, ev.title, null, ev.programme_id,
                     ev.stage_id, g.checked_in_by, false, g.checked_in_at, ev.id,
                     case when PERSON_VISIBLE then p.name end
                from registration g join event ev on ev.id = g.event_id left join contact p on p.id = g.contact_id
               where g.company_id in (select id from family) and g.checked_in_at is not null
              union all
              select e.at, 'CHANGE', e.id, null, null, e.action, e.detail, null, null, e.actor, false, e.at, null, null
                from audit_entry e
               where e.company_id in (select id from family)
                 and e.action not like 'activity.%' and e.action not like 'referral.%'
                 and e.action not like 'stage-record.%' and e.action not like 'registration.%'
                 and e.action not like 'check-in.%'
            ) items
            order by at desc, tiebreak desc, ref_id desc
            limit :limit offset :offset
            """.replace("REFERRAL_PARTIES",
            // a referral's reason and answer are the business of its two partners (and of staff)
            "(:everyone or r.from_partner_id = :viewer or r.to_partner_id = :viewer)");

    @Inject
    ProgrammeCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Inject
    AccessScope scope;

    public List<TimelineItem> timeline(long companyId, int page, int size) {
        // a person's name only where the caller may see that person (their partner entered or was shared it)
        Query query = entityManager.createNativeQuery(TIMELINE.replace("PERSON_VISIBLE",
                scope.personCondition("g.contact_id")));
        scope.bindPartner(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query
                .setParameter("company", companyId)
                .setParameter("zone", calendar.zoneName())
                .setParameter("everyone", scope.seesEverything())
                .setParameter("viewer", scope.partnerOfCaller().orElse(-1L))
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        return rows.stream().map(this::toItem).toList();
    }

    private TimelineItem toItem(Object[] row) {
        TimelineItem.Kind kind = TimelineItem.Kind.valueOf((String) row[1]);
        Long partnerId = row[3] == null ? null : ((Number) row[3]).longValue();
        boolean confidential = Boolean.TRUE.equals(row[10]);
        String text = (String) row[6];
        if (confidential && (partnerId == null || !scope.actsFor(partnerId))) {
            text = null;
        }
        return new TimelineItem(SqlValues.timestamp(row[0]), kind, ((Number) row[2]).longValue(), partnerId,
                row[4] == null ? null : ((Number) row[4]).longValue(), (String) row[5], text,
                row[7] == null ? null : ((Number) row[7]).longValue(),
                row[8] == null ? null : ((Number) row[8]).longValue(),
                row[12] == null ? null : ((Number) row[12]).longValue(), (String) row[13], confidential,
                (String) row[9]);
    }
}
