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
            @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "The person at the company to speak to, one the referring partner may see; the"
                    + " receiving partner then sees this person") Long contactId) {
    }

    @Schema(name = "ReferralResponseRequest", description = "The receiver's answer or closing note")
    public record ReferralAnswer(@Size(max = 2000) String note) {
    }

    @Schema(name = "Referral")
    public record ReferralResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long companyId,
            String companyName,
            @Schema(description = "Only when the caller may see the person") Long contactId,
            @Schema(description = "Only when the caller may see the person") String contactName,
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

        public static ReferralResponse from(Referral r, String companyName, String contactName) {
            return new ReferralResponse(r.id, r.companyId, companyName, contactName == null ? null : r.contactId,
                    contactName, r.fromPartnerId, r.toPartnerId, r.reason, r.status,
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
