package nl.aanjager.programmes;

import nl.aanjager.audit.Changes;
import nl.aanjager.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.programmes.ProgrammeDtos.TargetRequest;

/** Targets a programme commits to, each counted against one of its own funnel stages. */
@ApplicationScoped
public class ProgrammeTargetService {
    @Inject
    AuditLog audit;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FunnelStageRepository stages;

    @Inject
    ProgrammeTargetRepository targets;

    public List<ProgrammeTarget> list(long programmeId) {
        requireProgramme(programmeId);
        return targets.ofProgramme(programmeId);
    }

    public Optional<ProgrammeTarget> find(long programmeId, long targetId) {
        return targets.findInProgramme(programmeId, targetId);
    }

    @Transactional
    public ProgrammeTarget add(long programmeId, TargetRequest request) {
        requireProgramme(programmeId);
        ProgrammeTarget target = new ProgrammeTarget();
        target.programmeId = programmeId;
        apply(request, target);
        targets.persistAndFlush(target);
        audit.record("target.created", "programme_target", target.id, null, Changes.created(target));
        return target;
    }

    @Transactional
    public Optional<ProgrammeTarget> update(long programmeId, long targetId, long expectedVersion, TargetRequest request) {
        return targets.findInProgramme(programmeId, targetId).map(target -> {
            ETags.checkVersion(target.version, OptionalLong.of(expectedVersion));
            var before = Changes.snapshot(target);
            apply(request, target);
            targets.flush();
            audit.recordUpdate("target.updated", "programme_target", targetId, null, before, target);
            return target;
        });
    }

    @Transactional
    public boolean delete(long programmeId, long targetId, OptionalLong expectedVersion) {
        Optional<ProgrammeTarget> target = targets.findInProgramme(programmeId, targetId);
        target.ifPresent(found -> {
            ETags.checkVersion(found.version, expectedVersion);
            Changes gone = Changes.deleted(found);
            targets.delete(found);
            audit.record("target.deleted", "programme_target", targetId, null, gone);
        });
        return target.isPresent();
    }

    private void apply(TargetRequest request, ProgrammeTarget target) {
        if ((request.stageId() == null) == (request.indicator() == null)) {
            throw ApiException.invalidField("stageId", FieldErrorCode.ONE_OF, "give either a stage or an indicator");
        }
        if (request.stageId() != null && stages.findInProgramme(target.programmeId, request.stageId()).isEmpty()) {
            throw ApiException.invalidField("stageId", FieldErrorCode.DOES_NOT_BELONG, "is not a stage of this programme");
        }
        target.name = request.name().trim();
        target.stageId = request.stageId();
        target.indicator = request.indicator();
        target.targetCount = request.targetCount();
        target.deadline = request.deadline();
    }

    private void requireProgramme(long programmeId) {
        if (programmes.findByIdOptional(programmeId).isEmpty()) {
            throw ApiException.notFound("Programme", programmeId);
        }
    }
}
