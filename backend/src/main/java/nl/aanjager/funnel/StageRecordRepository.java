package nl.aanjager.funnel;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StageRecordRepository implements PanacheRepository<StageRecord> {

    public List<StageRecord> search(Long companyId, Long programmeId, Long creditedPartnerId,
            boolean includeWithdrawn) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (companyId != null) {
            where.append(" and companyId = :company");
            parameters.and("company", companyId);
        }
        if (programmeId != null) {
            where.append(" and programmeId = :programme");
            parameters.and("programme", programmeId);
        }
        if (creditedPartnerId != null) {
            where.append(" and creditedPartnerId = :partner");
            parameters.and("partner", creditedPartnerId);
        }
        if (!includeWithdrawn) {
            where.append(" and withdrawnAt is null");
        }
        return list(where.toString(), Sort.descending("reachedAt").and("id", Sort.Direction.Descending), parameters);
    }

    public List<StageRecord> activeOfCompany(long companyId) {
        return list("companyId = ?1 and withdrawnAt is null", companyId);
    }

    public List<StageRecord> activeFromSource(StageSource source, long sourceId) {
        return list("source = ?1 and sourceId = ?2 and withdrawnAt is null", source, sourceId);
    }
}
