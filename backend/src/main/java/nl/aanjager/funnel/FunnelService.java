package nl.aanjager.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.Company;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.funnel.FunnelDtos.ProgrammePosition;
import nl.aanjager.funnel.FunnelDtos.StagePosition;
import nl.aanjager.funnel.FunnelDtos.StageRecordRequest;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.programmes.FunnelStage;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.programmes.Programme;
import nl.aanjager.programmes.ProgrammeRepository;

/**
 * The one writer of stage records. Activities, check-in, import and manual entry call
 * {@link #record}; a company's stage is derived from the records that are not withdrawn.
 */
@ApplicationScoped
public class FunnelService {
    @Inject
    StageRecordRepository records;

    @Inject
    FunnelStageRepository stages;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CompanyRepository companies;

    @Inject
    PartnerRepository partners;

    @Inject
    Instance<StageCreditSource> creditSources;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** A request to record progress, from whichever feature caused it. */
    public record Progress(long companyId, long programmeId, long stageId, OffsetDateTime reachedAt, StageSource source,
            Long sourceId, Long creditedPartnerId) {
    }

    @Transactional
    public StageRecord record(Progress progress) {
        Company company = companies.findByIdOptional(progress.companyId())
                .orElseThrow(() -> ApiException.invalidField("companyId", FieldErrorCode.NOT_FOUND, "no such company"));
        if (company.mergedIntoId != null) {
            throw ApiException.invalidField("companyId", FieldErrorCode.MERGED, "was merged into company " + company.mergedIntoId);
        }
        if (stages.findInProgramme(progress.programmeId(), progress.stageId()).isEmpty()) {
            if (programmes.findByIdOptional(progress.programmeId()).isEmpty()) {
                throw ApiException.invalidField("programmeId", FieldErrorCode.NOT_FOUND, "no such programme");
            }
            throw ApiException.invalidField("stageId", FieldErrorCode.DOES_NOT_BELONG, "is not a stage of programme " + progress.programmeId());
        }
        StageRecord record = new StageRecord();
        record.companyId = progress.companyId();
        record.programmeId = progress.programmeId();
        record.stageId = progress.stageId();
        record.reachedAt = progress.reachedAt() == null ? OffsetDateTime.now() : progress.reachedAt();
        record.source = progress.source();
        record.sourceId = progress.sourceId();
        record.creditedPartnerId = progress.creditedPartnerId();
        record.recordedBy = scope.actor();
        record.recordedAt = OffsetDateTime.now();
        records.persistAndFlush(record);
        return record;
    }

    /**
     * A stage recorded by hand. Staff and admins may credit any partner, with or without a source
     * (audited). A partner credits only itself, and only through a source it owns (its own
     * activity, its own event's attendance): otherwise any partner could inflate its contribution
     * at companies it never worked with.
     */
    @Transactional
    public StageRecord recordByHand(StageRecordRequest request) {
        StageSource source = request.source() == null ? StageSource.MANUAL : request.source();
        if (source == StageSource.IMPORT) {
            throw ApiException.invalidField("source", FieldErrorCode.NOT_ALLOWED, "IMPORT is recorded by imports only");
        }
        if (source == StageSource.MANUAL && request.sourceId() != null) {
            throw ApiException.invalidField("sourceId", FieldErrorCode.ONE_OF, "goes with source ACTIVITY or EVENT_ATTENDANCE");
        }
        if (source != StageSource.MANUAL && request.sourceId() == null) {
            throw ApiException.invalidField("sourceId", FieldErrorCode.REQUIRED, "names the activity or the registration of the source");
        }
        Long credited = request.creditedPartnerId();
        if (scope.seesEverything()) {
            if (credited != null && partners.findByIdOptional(credited).isEmpty()) {
                throw ApiException.invalidField("creditedPartnerId", FieldErrorCode.NOT_FOUND, "no such partner");
            }
            if (source != StageSource.MANUAL) {
                ownersOf(source, request.sourceId(), request.companyId());
            }
        } else {
            long own = scope.ownPartnerId();
            if (credited != null && credited != own) {
                throw ApiException.forbiddenField("creditedPartnerId", FieldErrorCode.OWN_PARTNER_ONLY, "a partner credits its own partner only");
            }
            if (source == StageSource.MANUAL) {
                throw ApiException.forbiddenField("source", FieldErrorCode.NOT_ALLOWED, "a partner credits itself through a source it owns:"
                        + " its own activity (ACTIVITY) or its own event's attendance (EVENT_ATTENDANCE)");
            }
            if (!ownersOf(source, request.sourceId(), request.companyId()).contains(own)) {
                throw ApiException.forbiddenField("sourceId", FieldErrorCode.DOES_NOT_BELONG, source == StageSource.ACTIVITY
                        ? "is another partner's activity" : "is the attendance of an event your partner does not organise");
            }
            credited = own;
        }
        StageRecord record = record(new Progress(request.companyId(), request.programmeId(), request.stageId(),
                request.reachedAt(), source, request.sourceId(), credited));
        audit.record("stage-record.recorded", "stage_record", record.id, record.companyId, Changes.created(record));
        return record;
    }

    private Set<Long> ownersOf(StageSource source, long sourceId, long companyId) {
        return creditSources.stream().filter(candidate -> candidate.kind() == source).findFirst()
                .flatMap(candidate -> candidate.ownersAt(sourceId, companyId))
                .orElseThrow(() -> ApiException.invalidField("sourceId", FieldErrorCode.NOT_FOUND, source == StageSource.ACTIVITY
                        ? "no such activity at this company" : "no checked-in registration with this id at this company"));
    }

    /**
     * Event attendance, once per crediting partner (none: one uncredited record). No checks
     * here: the event's programme and stage and the registration's live company are held by
     * foreign keys and by merging, and this runs at the door, where every query counts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAttendance(long companyId, long programmeId, long stageId, OffsetDateTime at,
            long registrationId, java.util.Collection<Long> partnerIds) {
        java.util.Collection<Long> credited = partnerIds.isEmpty() ? java.util.Collections.singletonList(null)
                : partnerIds;
        for (Long partner : credited) {
            StageRecord record = new StageRecord();
            record.companyId = companyId;
            record.programmeId = programmeId;
            record.stageId = stageId;
            record.reachedAt = at;
            record.source = StageSource.EVENT_ATTENDANCE;
            record.sourceId = registrationId;
            record.creditedPartnerId = partner;
            record.recordedBy = scope.actor();
            record.recordedAt = OffsetDateTime.now();
            records.persist(record);
        }
    }

    /** Withdraws a record made in error; the derived stage follows. Withdrawing twice changes nothing. */
    @Transactional
    public Optional<StageRecord> withdraw(long id, String reason) {
        return records.findByIdOptional(id).map(record -> {
            if (!scope.seesEverything() && !Objects.equals(record.creditedPartnerId, scope.ownPartnerId())) {
                throw ApiException.notFound("Stage record", id);
            }
            if (record.withdrawnAt == null) {
                var before = Changes.snapshot(record);
                record.withdrawnAt = OffsetDateTime.now();
                record.withdrawnBy = scope.actor();
            record.withdrawnByName = scope.actorName().orElse(null);
                record.withdrawnByName = scope.actorName().orElse(null);
                record.withdrawalReason = reason;
                audit.recordUpdate("stage-record.withdrawn", "stage_record", id, record.companyId, before, record);
            }
            return record;
        });
    }

    /** Withdraws what a source (an activity, a check-in) credited, when that source is undone. */
    @Transactional
    public void withdrawFromSource(StageSource source, long sourceId, String reason) {
        for (StageRecord record : records.activeFromSource(source, sourceId)) {
            var before = Changes.snapshot(record);
            record.withdrawnAt = OffsetDateTime.now();
            record.withdrawnBy = scope.actor();
            record.withdrawnByName = scope.actorName().orElse(null);
            record.withdrawalReason = reason;
            audit.recordUpdate("stage-record.withdrawn", "stage_record", record.id, record.companyId, before, record);
        }
    }

    /** At one company every partner's records; across companies a partner lists only its own credits. */
    public List<StageRecord> search(Long companyId, Long programmeId, boolean includeWithdrawn) {
        Long creditedTo = companyId == null ? scope.partnerOfCaller().orElse(null) : null;
        return records.search(companyId, programmeId, creditedTo, includeWithdrawn);
    }

    /**
     * Where the company stands in every programme it has progress in. Reaching a stage implies
     * passing the ones before it, so a stage was first entered at the earliest record at it or
     * any later stage — out-of-order records give the same answer as ordered ones.
     */
    public List<ProgrammePosition> positions(long companyId) {
        Map<Long, List<StageRecord>> byProgramme = records.activeOfCompany(companyId).stream()
                .collect(Collectors.groupingBy(record -> record.programmeId));
        List<ProgrammePosition> result = new ArrayList<>();
        for (Map.Entry<Long, List<StageRecord>> entry : byProgramme.entrySet()) {
            Programme programme = programmes.findById(entry.getKey());
            List<FunnelStage> funnel = stages.ofProgramme(programme.id);
            Map<Long, Integer> positionOf = funnel.stream().collect(Collectors.toMap(s -> s.id, s -> s.position));
            List<StagePosition> positions = new ArrayList<>();
            OffsetDateTime[] entered = new OffsetDateTime[funnel.size()];
            boolean[] viaLaterStage = new boolean[funnel.size()];
            for (int i = 0; i < funnel.size(); i++) {
                int position = funnel.get(i).position;
                long stageId = funnel.get(i).id;
                entered[i] = entry.getValue().stream()
                        .filter(record -> positionOf.getOrDefault(record.stageId, 0) >= position)
                        .map(record -> record.reachedAt).min(Comparator.naturalOrder()).orElse(null);
                OffsetDateTime ownFirst = entry.getValue().stream().filter(record -> record.stageId == stageId)
                        .map(record -> record.reachedAt).min(Comparator.naturalOrder()).orElse(null);
                viaLaterStage[i] = entered[i] != null && (ownFirst == null || ownFirst.isAfter(entered[i]));
            }
            Long current = null;
            for (int i = 0; i < funnel.size(); i++) {
                FunnelStage stage = funnel.get(i);
                // a stage passed on the way to a later one was never a stage to stay in: no days to count
                Double daysBeforeNext = null;
                if (entered[i] != null && !viaLaterStage[i] && i + 1 < funnel.size() && entered[i + 1] != null) {
                    daysBeforeNext = Math.round(Duration.between(entered[i], entered[i + 1]).toMinutes() / 144.0) / 10.0;
                }
                if (entered[i] != null) {
                    current = stage.id;
                }
                positions.add(new StagePosition(stage.id, stage.code, stage.name, stage.position, entered[i] != null,
                        viaLaterStage[i], entered[i], daysBeforeNext));
            }
            result.add(new ProgrammePosition(programme.id, programme.name, current, positions));
        }
        result.sort(Comparator.comparing(ProgrammePosition::programmeName));
        return result;
    }
}
