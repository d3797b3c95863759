package nl.aanjager.contacts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the contact endpoints. */
public final class ContactDtos {
    private ContactDtos() {
    }

    @Schema(name = "ContactRequest")
    public record ContactRequest(
            @NotNull Long companyId,
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "{aanjager.format.phone}") String phone,
            @Size(max = 120) String jobTitle,
            @Size(max = 300) @Schema(description = "What the person consented to, e.g. 'newsletter and event invitations'")
            String consentPurpose,
            OffsetDateTime consentGivenAt,
            @Size(max = 120) @Schema(description = "Where consent was given, e.g. 'registration form', 'verbal, advice session'")
            String consentSource,
            @Size(max = 20) @Schema(description = "Partners the person consented to be shared with: they see the person"
                    + " too. Needs consentPurpose and consentSource; replaced as a whole on update")
            List<@NotNull Long> sharedWithPartnerIds) {
    }

    @Schema(name = "Contact")
    public record ContactResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long companyId,
            String name,
            String email,
            String phone,
            String jobTitle,
            String consentPurpose,
            OffsetDateTime consentGivenAt,
            String consentSource,
            @Schema(required = true, description = "Partners the person consented to be shared with")
            List<Long> sharedWithPartnerIds,
            @Schema(required = true) boolean erased,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) long version) {

        public static ContactResponse from(Contact c) {
            return new ContactResponse(c.id, c.companyId, c.name, c.email, c.phone, c.jobTitle, c.consentPurpose,
                    c.consentGivenAt, c.consentSource, c.sharedWithPartnerIds.stream().sorted().toList(), c.erasedAt != null, c.createdAt, c.version);
        }
    }

    @Schema(name = "ContactPage")
    public record ContactPage(
            @Schema(required = true) List<ContactResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }
}
