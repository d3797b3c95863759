package nl.aanjager.funnel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the funnel endpoints. */
public final class FunnelDtos {
    private FunnelDtos() {
    }

    @Schema(name = "StageRecordRequest", description = "Record by hand that a company reached a stage")
    public record StageRecordRequest(
            @NotNull Long companyId,
            @NotNull Long programmeId,
            @NotNull Long stageId,
            @Schema(description = "When it happened; now when left out") OffsetDateTime reachedAt,
            @Schema(description = "Partner to credit; a partner caller credits its own partner only")
            Long creditedPartnerId,
            @Schema(description = "Why the company reached the stage: MANUAL (the default; staff and admins only),"
                    + " ACTIVITY or EVENT_ATTENDANCE. A partner needs a source it owns: its own activity, or a"
                    + " checked-in registration at an event it organises. IMPORT is for imports only")
            StageSource source,
            @Schema(description = "With source ACTIVITY the activity's id, with EVENT_ATTENDANCE the registration's id;"
                    + " either at this company") Long sourceId) {
    }

    @Schema(name = "WithdrawalRequest")
    public record WithdrawalRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "StageRecord")
    public record StageRecordResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long companyId,
            @Schema(required = true) long programmeId,
            @Schema(required = true) long stageId,
            @Schema(required = true) OffsetDateTime reachedAt,
            @Schema(required = true) StageSource source,
            Long sourceId,
            Long creditedPartnerId,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) OffsetDateTime recordedAt,
            OffsetDateTime withdrawnAt,
            @Schema(description = "The account that withdrew the record") String withdrawnBy,
            @Schema(description = "Who withdrew the record, as people read them; absent for system work and records"
                    + " withdrawn before names were kept") String withdrawnByName,
            String withdrawalReason) {

        public static StageRecordResponse from(StageRecord r) {
            return new StageRecordResponse(r.id, r.companyId, r.programmeId, r.stageId, r.reachedAt, r.source,
                    r.sourceId, r.creditedPartnerId, r.recordedBy, r.recordedAt, r.withdrawnAt, r.withdrawnBy,
                    r.withdrawnByName, r.withdrawalReason);
        }
    }

    @Schema(name = "FunnelStagePosition", description = "One stage of a programme as this company went through it")
    public record StagePosition(
            @Schema(required = true) long stageId,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) int position,
            @Schema(required = true, description = "Reached directly or by reaching a later stage") boolean reached,
            @Schema(required = true, description = "First entered by reaching a later stage (it was passed on the way);"
                    + " a record at this stage itself, if any, is of a later date") boolean reachedViaLaterStage,
            @Schema(description = "When the company first entered this stage") OffsetDateTime firstEnteredAt,
            @Schema(description = "Days in this stage before first entering the next one") Double daysBeforeNext) {
    }

    @Schema(name = "ProgrammeFunnelPosition")
    public record ProgrammePosition(
            @Schema(required = true) long programmeId,
            @Schema(required = true) String programmeName,
            @Schema(description = "The highest stage reached; absent when none") Long currentStageId,
            @Schema(required = true) List<StagePosition> stages) {
    }
}
