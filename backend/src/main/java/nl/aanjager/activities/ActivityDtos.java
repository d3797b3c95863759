package nl.aanjager.activities;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.aanjager.programmes.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.aanjager.programmes.Need;

/** Request and response bodies of the activity endpoints. */
public final class ActivityDtos {
    private ActivityDtos() {
    }

    @Schema(name = "ActivityRequest")
    public record ActivityRequest(
            @Schema(description = "The partner that held it; partner callers may leave it out (their own)") Long partnerId,
            @NotNull Long companyId,
            @Schema(description = "A person at the company whom the caller may see") Long contactId,
            @NotNull ActivityType type,
            @NotNull @PastOrPresent LocalDate occurredOn,
            @Size(max = 4000) String summary,
            Boolean confidential,
            Set<@NotNull Theme> themes,
            Set<@NotNull Need> needs,
            @Schema(description = "With stageId: the funnel stage this activity credits") Long programmeId,
            Long stageId) {
    }

    @Schema(name = "Activity")
    public record ActivityResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long partnerId,
            @Schema(required = true) long companyId,
            @Schema(description = "The company's name, so a list across companies reads as names") String companyName,
            @Schema(description = "Only when the caller may see the person") Long contactId,
            @Schema(description = "Only when the caller may see the person") String contactName,
            @Schema(required = true) ActivityType type,
            @Schema(required = true) LocalDate occurredOn,
            @Schema(description = "Absent when confidential and held by another partner") String summary,
            @Schema(required = true) boolean confidential,
            @Schema(required = true) List<Theme> themes,
            @Schema(required = true) List<Need> needs,
            Long programmeId,
            Long stageId,
            @Schema(required = true) String createdBy,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "ActivityPage")
    public record ActivityPage(
            @Schema(required = true) List<ActivityResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }
}
