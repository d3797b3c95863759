package nl.aanjager.programmes;

import nl.aanjager.audit.Changes;
import nl.aanjager.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.programmes.ProgrammeDtos.StageRequest;

/** A programme's funnel: ordered stages that admins add, rename, reorder and remove. */
@ApplicationScoped
public class FunnelStageService {
    @Inject
    AuditLog audit;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FunnelStageRepository stages;

    @Inject
    ProgrammeTargetRepository targets;

    @Inject
    jakarta.enterprise.event.Event<FunnelStagesChanged> changed;

    public List<FunnelStage> list(long programmeId) {
        requireProgramme(programmeId);
        return stages.ofProgramme(programmeId);
    }

    public Optional<FunnelStage> find(long programmeId, long stageId) {
        return stages.findInProgramme(programmeId, stageId);
    }

    @Transactional
    public FunnelStage add(long programmeId, StageRequest request) {
        requireProgramme(programmeId);
        rejectDuplicateCode(programmeId, request.code(), null);
        List<FunnelStage> existing = stages.ofProgramme(programmeId);
        FunnelStage stage = new FunnelStage();
        stage.programmeId = programmeId;
        stage.code = request.code();
        stage.name = request.name().trim();
        stage.position = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).position + 1;
        stages.persistAndFlush(stage);
        audit.record("stage.created", "funnel_stage", stage.id, null, Changes.created(stage));
        return stage;
    }

    @Transactional
    public Optional<FunnelStage> update(long programmeId, long stageId, long expectedVersion, StageRequest request) {
        return stages.findInProgramme(programmeId, stageId).map(stage -> {
            ETags.checkVersion(stage.version, OptionalLong.of(expectedVersion));
            rejectDuplicateCode(programmeId, request.code(), stageId);
            var before = Changes.snapshot(stage);
            stage.code = request.code();
            stage.name = request.name().trim();
            stages.flush();
            audit.recordUpdate("stage.updated", "funnel_stage", stageId, null, before, stage);
            return stage;
        });
    }

    /** Removes an unused stage and closes the gap it leaves in the order. */
    @Transactional
    public boolean delete(long programmeId, long stageId, OptionalLong expectedVersion) {
        Optional<FunnelStage> stage = stages.findInProgramme(programmeId, stageId);
        stage.ifPresent(found -> {
            ETags.checkVersion(found.version, expectedVersion);
            long usedBy = targets.countUsingStage(stageId);
            if (usedBy > 0) {
                throw ApiException.conflict(ProblemCode.STAGE_IN_USE, "Stage '" + found.name + "' is used by " + usedBy
                        + " target(s); change or remove those first", "name", found.name, "count", usedBy);
            }
            Changes gone = Changes.deleted(found);
            stages.delete(found);
            stages.flush();
            audit.record("stage.deleted", "funnel_stage", stageId, null, gone);
            List<FunnelStage> remaining = stages.ofProgramme(programmeId);
            for (int i = 0; i < remaining.size(); i++) {
                remaining.get(i).position = i + 1;
            }
            stages.flush();
            changed.fire(new FunnelStagesChanged(programmeId));
        });
        return stage.isPresent();
    }

    /** Puts the stages in the given order; the list must name every stage exactly once. */
    @Transactional
    public List<FunnelStage> reorder(long programmeId, List<Long> orderedIds) {
        requireProgramme(programmeId);
        List<FunnelStage> current = stages.ofProgramme(programmeId);
        Set<Long> currentIds = current.stream().map(stage -> stage.id).collect(Collectors.toSet());
        if (orderedIds.size() != current.size() || !currentIds.equals(new HashSet<>(orderedIds))) {
            throw ApiException.invalidField("stageIds", FieldErrorCode.INVALID, "must list each of the programme's stages exactly once: "
                    + current.stream().map(stage -> stage.id).toList());
        }
        List<Long> before = current.stream().sorted(java.util.Comparator.comparingInt(stage -> stage.position))
                .map(stage -> stage.id).toList();
        for (FunnelStage stage : current) {
            stage.position = orderedIds.indexOf(stage.id) + 1;
        }
        stages.flush();
        // the order is a property of the programme: its stage ids, first to last
        audit.record("stage.reordered", "programme", programmeId, null,
                Changes.of("stageOrder", before.toString(), orderedIds.toString()));
        changed.fire(new FunnelStagesChanged(programmeId));
        return stages.ofProgramme(programmeId);
    }

    private void requireProgramme(long programmeId) {
        if (programmes.findByIdOptional(programmeId).isEmpty()) {
            throw ApiException.notFound("Programme", programmeId);
        }
    }

    private void rejectDuplicateCode(long programmeId, String code, Long ownId) {
        stages.findByCode(programmeId, code)
                .filter(existing -> !existing.id.equals(ownId))
                .ifPresent(existing -> {
                    throw ApiException.conflict(ProblemCode.STAGE_CODE_EXISTS,
                            "This programme already has a stage with code '" + code + "'", "code", code);
                });
    }
}
