package nl.aanjager.programmes;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProgrammeTargetRepository implements PanacheRepository<ProgrammeTarget> {

    public List<ProgrammeTarget> ofProgramme(long programmeId) {
        return list("programmeId", Sort.by("deadline").and("id"), programmeId);
    }

    public Optional<ProgrammeTarget> findInProgramme(long programmeId, long targetId) {
        return find("programmeId = ?1 and id = ?2", programmeId, targetId).firstResultOptional();
    }

    public long countUsingStage(long stageId) {
        return count("stageId", stageId);
    }
}
