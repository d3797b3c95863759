package nl.aanjager.ambassadors;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the ambassador endpoints. */
public final class AmbassadorDtos {
    private AmbassadorDtos() {
    }

    @Schema(name = "AmbassadorRequest")
    public record AmbassadorRequest(
            @NotNull Long contactId,
            @NotNull Long programmeId,
            @NotNull LocalDate termStart,
            LocalDate termEnd) {
    }

    @Schema(name = "Ambassador")
    public record AmbassadorResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long contactId,
            @Schema(description = "Only when the caller may see the person's data") String contactName,
            @Schema(required = true) long companyId,
            String companyName,
            @Schema(required = true) long programmeId,
            @Schema(required = true) LocalDate termStart,
            LocalDate termEnd,
            @Schema(required = true, description = "Appointed today") boolean current,
            @Schema(required = true) long version) {
    }
}
