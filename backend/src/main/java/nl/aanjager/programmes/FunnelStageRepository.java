package nl.aanjager.programmes;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FunnelStageRepository implements PanacheRepository<FunnelStage> {

    public List<FunnelStage> ofProgramme(long programmeId) {
        return list("programmeId", Sort.by("position"), programmeId);
    }

    public Optional<FunnelStage> findInProgramme(long programmeId, long stageId) {
        return find("programmeId = ?1 and id = ?2", programmeId, stageId).firstResultOptional();
    }

    public Optional<FunnelStage> findByCode(long programmeId, String code) {
        return find("programmeId = ?1 and code = ?2", programmeId, code).firstResultOptional();
    }
}
