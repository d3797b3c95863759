package nl.aanjager.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import nl.aanjager.companies.CompaniesMerged;
import nl.aanjager.programmes.FunnelStagesChanged;

/**
 * Keeps company_stage_entry — when each company first entered each stage of each programme —
 * equal to what the stage records say. A new record only ever moves an entry earlier or adds
 * one (an upsert); a withdrawal, a merge or a reordered funnel rewrites what it touched.
 */
@ApplicationScoped
public class FunnelEntries {
    private static final String ENTRIES_FROM_RECORDS = """
            insert into company_stage_entry (company_id, programme_id, position, stage_id, first_entered_at)
            select r.company_id, r.programme_id, s.position, s.id, min(r.reached_at)
            from stage_record r
            join funnel_stage reached on reached.id = r.stage_id
            join funnel_stage s on s.programme_id = r.programme_id and s.position <= reached.position
            where r.withdrawn_at is null and %s
            group by r.company_id, r.programme_id, s.position, s.id
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    StageRecordRepository records;

    /** The company reached the stage at that time: it entered it, and every stage before it, by then. */
    void reached(long companyId, long programmeId, long stageId, OffsetDateTime at) {
        entityManager.createNativeQuery("""
                insert into company_stage_entry (company_id, programme_id, position, stage_id, first_entered_at)
                select ?1, ?2, s.position, s.id, ?4 from funnel_stage s
                where s.programme_id = ?2 and s.position <= (select position from funnel_stage where id = ?3)
                on conflict (programme_id, position, company_id)
                do update set first_entered_at = least(company_stage_entry.first_entered_at, excluded.first_entered_at)
                """).setParameter(1, companyId).setParameter(2, programmeId).setParameter(3, stageId)
                .setParameter(4, at).executeUpdate();
    }

    /** Rewrites the entries of one company in one programme from its records. */
    void recompute(long companyId, long programmeId) {
        records.flush();
        entityManager.createNativeQuery("delete from company_stage_entry where company_id = ?1 and programme_id = ?2")
                .setParameter(1, companyId).setParameter(2, programmeId).executeUpdate();
        entityManager.createNativeQuery(ENTRIES_FROM_RECORDS.formatted("r.company_id = ?1 and r.programme_id = ?2"))
                .setParameter(1, companyId).setParameter(2, programmeId).executeUpdate();
    }

    /** Positions changed: every entry of the programme is rewritten. */
    void onStagesChanged(@Observes FunnelStagesChanged changed) {
        entityManager.createNativeQuery("delete from company_stage_entry where programme_id = ?1")
                .setParameter(1, changed.programmeId()).executeUpdate();
        entityManager.createNativeQuery(ENTRIES_FROM_RECORDS.formatted("r.programme_id = ?1"))
                .setParameter(1, changed.programmeId()).executeUpdate();
    }

    /** The duplicate's records move to the survivor, whose entries are then rewritten. */
    void onMerge(@Observes CompaniesMerged merged) {
        records.update("companyId = ?1 where companyId = ?2", merged.survivorId(), merged.duplicateId());
        entityManager.createNativeQuery("delete from company_stage_entry where company_id in (?1, ?2)")
                .setParameter(1, merged.survivorId()).setParameter(2, merged.duplicateId()).executeUpdate();
        entityManager.createNativeQuery(ENTRIES_FROM_RECORDS.formatted("r.company_id = ?1"))
                .setParameter(1, merged.survivorId()).executeUpdate();
    }
}
