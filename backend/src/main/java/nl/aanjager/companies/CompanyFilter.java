package nl.aanjager.companies;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
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

    @QueryParam("workedWithPartnerId")
    @Parameter(description = "Companies this partner works with (an activity, a referral either way, a contact it"
            + " entered, or a funnel credit). A partner may name only its own partner: another id is refused with 403")
    public Long workedWithPartnerId;

    /** The old name of workedWithPartnerId, refused (partnerId meant "credited to" in the reports). */
    @QueryParam("partnerId")
    @Parameter(hidden = true)
    public Long renamedPartnerId;

    // The filters below open the companies behind a number in a report. A partner's people
    // see such lists only for companies their own partner works with, and may name only their
    // own partner in creditedPartnerId and outcomePartnerId (another id is refused with 403).

    @QueryParam("reachedStageId")
    @Parameter(description = "Companies that reached this funnel stage (first entered within from/to when given)")
    public Long reachedStageId;

    @QueryParam("creditedPartnerId")
    @Parameter(description = "Funnel progress credited to this partner (a partner: its own only): with creditedStageId, credited at that stage"
            + " (first credited within from/to when given); otherwise any credit in the programme of programmeId"
            + " or reachedStageId")
    public Long creditedPartnerId;

    @QueryParam("creditedStageId")
    @Parameter(description = "With creditedPartnerId: the partner is credited at this stage (a record at it or later)")
    public Long creditedStageId;

    @QueryParam("need")
    @Parameter(description = "Companies that raised this need (first raised within from/to when given; with"
            + " programmeId, raised in that programme or without one, instead of funnel progress in it)")
    public String need;

    @QueryParam("indicator")
    @Parameter(description = "Companies with an outcome on this indicator (dated within from/to when given; with"
            + " programmeId, recorded for that programme, instead of funnel progress in it)")
    public String indicator;

    @QueryParam("outcomePartnerId")
    @Parameter(description = "With indicator: outcomes recorded by this partner (a partner: its own only)")
    public Long outcomePartnerId;

    @QueryParam("attendedEventId")
    @Parameter(description = "Companies that attended this event (checked in)")
    public Long attendedEventId;

    @QueryParam("newAtEventId")
    @Parameter(description = "Companies whose first contact with the network was this event")
    public Long newAtEventId;

    @QueryParam("from")
    @Parameter(description = "With reachedStageId, creditedStageId, need or indicator: first day of the period (inclusive)")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "With reachedStageId, creditedStageId, need or indicator: last day of the period (inclusive)")
    public LocalDate to;

    /** Whether a report filter narrows the list (these lists are scoped for partners). */
    public boolean opensReportDetail() {
        return reachedStageId != null || creditedPartnerId != null || need != null || indicator != null
                || attendedEventId != null || newAtEventId != null;
    }

    /** Whether programmeId narrows a need or an outcome instead of asking for funnel progress. */
    public boolean programmeScopesNeedOrOutcome() {
        return need != null || indicator != null;
    }
}
