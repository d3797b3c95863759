package nl.aanjager.referrals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the referral endpoints. */
public final class ReferralDtos {
    private ReferralDtos() {
    }

    @Schema(name = "ReferralRequest")
    public record ReferralRequest(
            @NotNull Long companyId,
            @Schema(description = "Referring partner; partner callers may leave it out (their own)") Long fromPartnerId,
            @NotNull Long toPartnerId,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ReferralResponseRequest", description = "The receiver's answer or closing note")
    public record ReferralAnswer(@Size(max = 2000) String note) {
    }

    @Schema(name = "Referral")
    public record ReferralResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long companyId,
            String companyName,
            @Schema(required = true) long fromPartnerId,
            @Schema(required = true) long toPartnerId,
            @Schema(required = true) String reason,
            @Schema(required = true) ReferralStatus status,
            @Schema(required = true) String createdBy,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime respondedAt,
            String responseNote,
            OffsetDateTime completedAt,
            @Schema(required = true) long version) {

        public static ReferralResponse from(Referral r, String companyName) {
            return new ReferralResponse(r.id, r.companyId, companyName, r.fromPartnerId, r.toPartnerId, r.reason, r.status,
                    r.createdBy, r.createdAt, r.respondedAt, r.responseNote, r.completedAt, r.version);
        }
    }

    @Schema(name = "ReferralPage")
    public record ReferralPage(
            @Schema(required = true) List<ReferralResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }
}
