package nl.aanjager.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client may set on a partner, on create and on update. */
@Schema(name = "PartnerRequest")
public record PartnerRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull PartnerKind kind,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{aanjager.format.web-address}") String website,
        @Size(max = 200) @Email String email,
        @Size(max = 2000) String description,
        @Schema(defaultValue = "true") Boolean active) {
}
