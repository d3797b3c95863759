package nl.aanjager.partners;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partner")
public record PartnerResponse(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) PartnerKind kind,
        String website,
        String email,
        String description,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "Row version; also sent as ETag") long version) {

    static PartnerResponse from(Partner partner) {
        return new PartnerResponse(partner.id, partner.name, partner.kind, partner.website, partner.email,
                partner.description, partner.active, partner.version);
    }
}
