package nl.aanjager.programmes;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class FunnelStageRepository implements PanacheRepository<FunnelStage> {

    /** The names of these stages by id, in one query (none for an empty list). */
    public Map<Long, String> namesById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream()
                .collect(Collectors.toMap(e -> e.id, e -> e.name));
    }

    /** The names of these stages by id as files show them (see {@link DefaultStages#label}). */
    public Map<Long, Object> labelsById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream()
                .collect(Collectors.toMap(e -> e.id, e -> DefaultStages.label(e.code, e.name)));
    }

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
