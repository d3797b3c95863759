package nl.aanjager.programmes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.aanjager.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the programme endpoints; entities never go on the wire. */
public final class ProgrammeDtos {
    private ProgrammeDtos() {
    }

    @Schema(name = "ProgrammeRequest")
    public record ProgrammeRequest(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 2000) String description,
            @NotNull Set<@NotNull Theme> themes,
            @NotNull LocalDate startDate,
            LocalDate endDate) {
    }

    @Schema(name = "Programme")
    public record ProgrammeResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) List<Theme> themes,
            @Schema(required = true) LocalDate startDate,
            LocalDate endDate,
            @Schema(required = true) long version) {

        static ProgrammeResponse from(Programme programme) {
            return new ProgrammeResponse(programme.id, programme.name, programme.description,
                    programme.themes.stream().map(Theme::valueOf).toList(), programme.startDate, programme.endDate,
                    programme.version);
        }
    }

    @Schema(name = "ProgrammePage")
    public record ProgrammePage(
            @Schema(required = true) List<ProgrammeResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {

        static ProgrammePage of(PageResult<Programme> result) {
            PageResult<ProgrammeResponse> mapped = result.map(ProgrammeResponse::from);
            return new ProgrammePage(mapped.items(), mapped.total(), mapped.page(), mapped.size());
        }
    }

    @Schema(name = "StageRequest")
    public record StageRequest(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "{aanjager.format.stage-code}")
            String code,
            @NotBlank @Size(max = 80) String name) {
    }

    @Schema(name = "Stage")
    public record StageResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true, description = "1 for the first stage") int position,
            @Schema(required = true) long version) {

        static StageResponse from(FunnelStage stage) {
            return new StageResponse(stage.id, stage.code, stage.name, stage.position, stage.version);
        }
    }

    @Schema(name = "StageOrderRequest", description = "All of the programme's stage ids, first stage first")
    public record StageOrderRequest(@NotEmpty List<@NotNull Long> stageIds) {
    }

    @Schema(name = "TargetRequest", description = "Give either stageId (distinct companies reaching it) or indicator (its sum)")
    public record TargetRequest(
            @NotBlank @Size(max = 200) String name,
            Long stageId,
            Indicator indicator,
            @NotNull @Min(1) @Max(10_000_000) Integer targetCount,
            @NotNull LocalDate deadline) {
    }

    @Schema(name = "Target")
    public record TargetResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            Long stageId,
            Indicator indicator,
            @Schema(required = true) int targetCount,
            @Schema(required = true) LocalDate deadline,
            @Schema(required = true) long version) {

        static TargetResponse from(ProgrammeTarget target) {
            return new TargetResponse(target.id, target.name, target.stageId, target.indicator, target.targetCount,
                    target.deadline,
                    target.version);
        }
    }
}
