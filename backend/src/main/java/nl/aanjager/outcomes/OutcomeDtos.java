package nl.aanjager.outcomes;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.aanjager.programmes.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OutcomeDtos {
    private OutcomeDtos() {
    }

    @Schema(name = "OutcomeRequest")
    public record OutcomeRequest(
            @NotNull Long companyId,
            @Schema(description = "Admin and staff name the partner; partner callers record for their own") Long partnerId,
            Long programmeId,
            @NotNull Indicator indicator,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value,
            @NotNull @PastOrPresent LocalDate occurredOn,
            @Size(max = 2000) @Schema(description = "What shows it: a link, a document reference, a note") String evidence) {
    }

    @Schema(name = "Outcome")
    public record OutcomeResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long companyId,
            @Schema(required = true) long partnerId,
            Long programmeId,
            @Schema(required = true) Indicator indicator,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true) LocalDate occurredOn,
            String evidence,
            @Schema(required = true) String createdBy,
            @Schema(required = true) OffsetDateTime createdAt) {

        static OutcomeResponse from(Outcome o) {
            return new OutcomeResponse(o.id, o.companyId, o.partnerId, o.programmeId, o.indicator, o.value,
                    o.occurredOn, o.evidence, o.createdBy, o.createdAt);
        }
    }
}
