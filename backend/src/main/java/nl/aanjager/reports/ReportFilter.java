package nl.aanjager.reports;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import nl.aanjager.common.paging.RenamedParam;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.sql.Period;
import nl.aanjager.common.sql.SqlConditions;
import nl.aanjager.companies.CompanyConditions;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters every report shares; the period is inclusive and in the city's time. */
public class ReportFilter {
    @QueryParam("programmeId")
    public Long programmeId;

    @QueryParam("from")
    @Parameter(description = "First day of the period (inclusive)")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Last day of the period (inclusive)")
    public LocalDate to;

    @QueryParam("theme")
    @Parameter(description = "Companies with an activity on this theme")
    public String theme;

    @QueryParam("creditedPartnerId")
    @Parameter(description = "Companies whose funnel progress in the programme is credited to this partner")
    public Long creditedPartnerId;

    /** The old name of creditedPartnerId, refused (partnerId meant "works with" in the company list). */
    @QueryParam("partnerId")
    @Parameter(hidden = true)
    public Long renamedPartnerId;

    @QueryParam("district")
    public String district;

    @QueryParam("sector")
    @Parameter(description = "SBI code prefix, e.g. 25 or 62.01")
    public String sector;

    @QueryParam("sizeClass")
    public String sizeClass;

    @QueryParam("format")
    @Parameter(description = "json (default), csv or xlsx; the Accept header works too. Files have headers and words"
            + " in the language of Accept-Language (nl or en) and names where the JSON has ids")
    public String format;

    @QueryParam("dialect")
    @Parameter(description = "For csv: excel (default) opens in a Dutch Excel as it is (semicolons, decimal comma,"
            + " dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point,"
            + " ISO 8601)", schema = @Schema(type = SchemaType.STRING, enumeration = {"excel", "plain"}))
    public String dialect;

    /** This filter, once no parameter of an old name is in it. */
    ReportFilter checked() {
        RenamedParam.refuse("partnerId", renamedPartnerId, "creditedPartnerId");
        return this;
    }

    long requireProgramme() {
        if (programmeId == null) {
            throw ApiException.invalidField("programmeId", FieldErrorCode.REQUIRED, "is required for this report");
        }
        return programmeId;
    }

    /** The period; checked when the report reads it, so a report without one refuses nothing. */
    Period period() {
        return new Period(from, to);
    }

    /**
     * Conditions on the company (alias c) and, for the partner filter, its credited progress
     * in the programme.
     */
    SqlConditions companyConditions(SqlConditions where) {
        where.add("c.merged_into_id is null");
        CompanyConditions.add(district, sector, sizeClass, theme, where);
        if (creditedPartnerId != null) {
            where.add("exists (select 1 from stage_record r where r.company_id = c.id and r.programme_id = "
                    + where.bind("programme", requireProgramme()) + " and r.credited_partner_id = "
                    + where.bind("creditedPartner", creditedPartnerId) + " and r.withdrawn_at is null)");
        }
        return where;
    }

    /**
     * The same conditions on a report fact aliased {@code alias} (company_stage_entry,
     * company_need), which carries the company's district, SBI code, size class and themes and exists
     * only for live companies, so no join to company is needed.
     */
    SqlConditions factConditions(String alias, SqlConditions where) {
        CompanyConditions.addOnFact(alias, district, sector, sizeClass, theme, where);
        if (creditedPartnerId != null) {
            where.add("exists (select 1 from partner_stage_credit pc where pc.programme_id = "
                    + where.bind("programme", requireProgramme()) + " and pc.partner_id = "
                    + where.bind("creditedPartner", creditedPartnerId) + " and pc.position = 1 and pc.company_id = "
                    + alias + ".company_id)");
        }
        return where;
    }

    /** Whether anything about companies narrows the report, beyond the programme. */
    boolean narrowsCompanies() {
        return creditedPartnerId != null || java.util.stream.Stream.of(theme, district, sector, sizeClass)
                .anyMatch(value -> value != null && !value.isBlank());
    }
}
