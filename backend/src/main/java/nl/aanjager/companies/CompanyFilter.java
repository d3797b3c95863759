package nl.aanjager.companies;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The list filters of GET /api/companies. */
public class CompanyFilter {
    @QueryParam("district")
    @Parameter(description = "City district (gebied), exact")
    public String district;

    @QueryParam("sector")
    @Parameter(description = "SBI code or its leading digits, e.g. 62 or 62.01")
    public String sector;

    @QueryParam("sizeClass")
    @Parameter(description = "MICRO, SMALL or MEDIUM")
    public String sizeClass;

    @QueryParam("programmeId")
    @Parameter(description = "Companies with funnel progress in this programme")
    public Long programmeId;

    @QueryParam("stageId")
    @Parameter(description = "With programmeId: companies whose current stage is this one")
    public Long stageId;

    @QueryParam("theme")
    @Parameter(description = "Companies with an activity on this theme")
    public String theme;

    @QueryParam("partnerId")
    @Parameter(description = "Companies this partner has worked with (activity, referral or stage credit)")
    public Long partnerId;
}
