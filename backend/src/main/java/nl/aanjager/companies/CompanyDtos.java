package nl.aanjager.companies;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the company endpoints. */
public final class CompanyDtos {
    private CompanyDtos() {
    }

    @Schema(name = "CompanyRequest")
    public record CompanyRequest(
            @NotBlank @Pattern(regexp = "[0-9]{8}", message = "{aanjager.format.kvk-number}") String kvkNumber,
            @Pattern(regexp = "[0-9]{12}", message = "{aanjager.format.branch-number}") String branchNumber,
            @NotBlank @Size(max = 200) String name,
            @SbiCode @Schema(description = "SBI 2008 code with dots, such as 62 or 62.01: a code of GET /api/sbi-codes"
                    + " or the division, group or class above one", pattern = "[0-9]{2}(\\.[0-9]|\\.[0-9]{2}(\\.[0-9])?)?")
            String sbiCode,
            SizeClass sizeClass,
            @Min(0) @Max(249) Integer employees,
            @Size(max = 200) String street,
            @Size(max = 20) String houseNumber,
            @Pattern(regexp = "\\s*[1-9][0-9]{3}\\s?[a-zA-Z]{2}\\s*", message = "{aanjager.format.postcode}")
            String postcode,
            @Size(max = 100) String city,
            @Size(max = 100) String district,
            @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{aanjager.format.web-address}") String website,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags) {
    }

    @Schema(name = "Company")
    public record CompanyResponse(
            @Schema(required = true) long id,
            @Schema(description = "Absent for a company that registered on a public page without it") String kvkNumber,
            String branchNumber,
            @Schema(required = true) String name,
            String sbiCode,
            SizeClass sizeClass,
            Integer employees,
            String street,
            String houseNumber,
            String postcode,
            String city,
            String district,
            String website,
            @Schema(required = true) List<String> tags,
            @Schema(description = "Set when this record was merged into another company") Long mergedIntoId,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) long version) {

        public static CompanyResponse from(Company c) {
            return new CompanyResponse(c.id, c.kvkNumber, c.branchNumber, c.name, c.sbiCode, c.sizeClass, c.employees,
                    c.street, c.houseNumber, c.postcode, c.city, c.district, c.website, List.copyOf(c.tags),
                    c.mergedIntoId, c.createdAt, c.version);
        }
    }

    @Schema(name = "CompanyPage")
    public record CompanyPage(
            @Schema(required = true) List<CompanyResponse> items,
            @Schema(required = true, description = "Matches; the planner's estimate when totalExact is false") long total,
            @Schema(required = true, description = "False for the unfiltered list of a large register") boolean totalExact,
            @Schema(description = "Pass as after for the next page in name order; absent on the last page") String nextCursor,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }

    @Schema(name = "MergeRequest", description = "The duplicate to fold into the company in the path")
    public record MergeRequest(@NotNull Long duplicateId) {
    }

    @Schema(name = "LikelyDuplicate")
    public record LikelyDuplicate(
            @Schema(required = true) CompanyResponse company,
            @Schema(required = true) CompanyResponse duplicate,
            @Schema(required = true, description = "Name similarity, 0..1") double similarity) {
    }
}
