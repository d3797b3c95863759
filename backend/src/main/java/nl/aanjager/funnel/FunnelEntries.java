package nl.aanjager.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.aanjager.companies.CompaniesMerged;
import nl.aanjager.programmes.FunnelStagesChanged;

/**
 * The funnel's side of merges and reordered funnels. The facts the reports read
 * (company_stage_entry, partner_stage_credit) are kept by database triggers on stage_record
 * (migration V6), so a new, withdrawn or moved record updates them whoever writes it; only a
 * change of stage positions, which touches no record, needs rewriting here.
 */
@ApplicationScoped
public class FunnelEntries {
    @Inject
    EntityManager entityManager;

    @Inject
    StageRecordRepository records;

    /** Positions changed: the facts of every company in the programme are rewritten. */
    void onStagesChanged(@Observes FunnelStagesChanged changed) {
        entityManager.createNativeQuery("""
                select count(refresh_company_funnel(k.company_id, k.programme_id))
                from (select distinct company_id, programme_id from stage_record where programme_id = ?1) k""")
                .setParameter(1, changed.programmeId()).getSingleResult();
    }

    /** The duplicate's records move to the survivor; the triggers rewrite both companies' facts. */
    void onMerge(@Observes CompaniesMerged merged) {
        records.update("companyId = ?1 where companyId = ?2", merged.survivorId(), merged.duplicateId());
    }
}
