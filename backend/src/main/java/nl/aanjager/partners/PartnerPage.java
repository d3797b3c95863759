package nl.aanjager.partners;

import java.util.List;
import nl.aanjager.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerPage")
public record PartnerPage(
        @Schema(required = true) List<PartnerResponse> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {

    static PartnerPage of(PageResult<Partner> result) {
        PageResult<PartnerResponse> mapped = result.map(PartnerResponse::from);
        return new PartnerPage(mapped.items(), mapped.total(), mapped.page(), mapped.size());
    }
}
